#!/bin/sh
# Capirca-generated configurations as fwlint's input (see README.md).
#
#   tests/capirca/run.sh            lint every file of out/ (no parse-error
#                                   allowed) and run the traces of traces.tsv
#   tests/capirca/run.sh --regen    regenerate out/ with Capirca's aclgen
#                                   (needs python3-capirca; not run by CI)
#
# FWLINT names the binary (default: build/fwlint of this tree).
# CAPIRCA_TRACE=connect traces whole connections (fwlint trace --connect)
# instead of first packets: the one switch between the two, see traces.tsv.
# Prints "capirca: N files, M traces: P passed, F failed"; exits 1 on a
# failure.
set -u

here=$(cd "$(dirname "$0")" && pwd)
FWLINT=${FWLINT:-$here/../../build/fwlint}
mode=${CAPIRCA_TRACE:-packet}

# The platforms of fwlint that Capirca renders, by the suffix Capirca gives
# their files: packetfilter .pf, speedway .ipt, cisco .acl, ciscoasa .asa,
# iptables none.
format_of() {
	case ${1##*/} in
	*.pf) echo pf ;;
	*.ipt) echo iptables ;;
	*.acl) echo cisco ;;
	*.asa) echo asa ;;
	*.*) echo "" ;;
	*) echo iptables ;;
	esac
}

if [ "${1:-}" = "--regen" ]; then
	command -v aclgen >/dev/null 2>&1 || {
		echo "capirca: aclgen not found (apt-get install python3-capirca)" >&2
		exit 2
	}
	tmp=$(mktemp -d) || exit 2
	(cd "$here" && aclgen --base_directory=. --definitions_directory=def \
		--output_directory="$tmp") || { rm -rf "$tmp"; exit 1; }
	rm -f "$here"/out/*
	for f in "$tmp"/*; do
		[ -n "$(format_of "$f")" ] && cp "$f" "$here/out/"
	done
	rm -rf "$tmp"
	ls "$here/out"
	exit 0
fi

case $mode in
packet | connect) ;;
*) echo "capirca: CAPIRCA_TRACE is packet or connect, not $mode" >&2; exit 2 ;;
esac
[ -x "$FWLINT" ] || { echo "capirca: $FWLINT is not executable" >&2; exit 2; }

nfiles=0 ntraces=0 pass=0 fail=0 skip=0
out=$(mktemp) || exit 2
err=$(mktemp) || { rm -f "$out"; exit 2; }
trap 'rm -f "$out" "$err"' EXIT

for f in "$here"/out/*; do
	fmt=$(format_of "$f")
	[ -n "$fmt" ] || continue
	nfiles=$((nfiles + 1))
	"$FWLINT" -I "$fmt" -q --fail-on never "$f" >"$out" 2>&1
	rc=$?
	if [ $rc -ne 0 ] || grep -q 'parse-error' "$out"; then
		fail=$((fail + 1))
		echo "FAIL lint -I $fmt out/${f##*/} (exit $rc):"
		grep 'parse-error' "$out" | sed 's/^/    /' | head -20
		[ $rc -ne 0 ] && sed 's/^/    /' "$out" | head -5
	else
		pass=$((pass + 1))
	fi
done

tab=$(printf '\t')
while IFS="$tab" read -r file opts flow expect why; do
	case $file in '' | '#'*) continue ;; esac
	[ "$opts" = "-" ] && opts=""
	fmt=$(format_of "$file")
	if [ "$mode" = connect ]; then
		case " $opts " in *" --state "*) skip=$((skip + 1)); continue ;; esac
		case $expect in
		*/*) expect=${expect#*/} ;;
		ACCEPT) expect=OPEN ;;
		*) expect=CLOSED ;;
		esac
		connect=--connect
	else
		expect=${expect%%/*}
		connect=
	fi
	ntraces=$((ntraces + 1))
	# shellcheck disable=SC2086 # opts and flow are word lists
	"$FWLINT" trace -I "$fmt" "$here/out/$file" $opts $connect $flow \
		>"$out" 2>"$err"
	lines=$(wc -l <"$out" | tr -d ' ')
	if [ "$lines" -eq 0 ]; then
		# trace printed no verdict: parse errors or a usage error
		if grep -q 'parse-error' "$err"; then got=parse-error; else got=error; fi
	elif [ "$mode" = connect ]; then
		got=$(tail -n 1 "$out" | cut -d' ' -f1)
	elif [ "$lines" -eq 1 ]; then
		got=$(cut -d' ' -f1 "$out")
	else
		got="$lines outcomes"
	fi
	if [ "$got" = "$expect" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL trace -I $fmt out/$file $opts $connect $flow: want $expect, got $got ($why)"
		cat "$out" "$err" | sed 's/^/    /' | head -4
	fi
done <"$here/traces.tsv"

msg="capirca: $nfiles files, $ntraces traces: $pass passed, $fail failed"
[ $skip -gt 0 ] && msg="$msg, $skip skipped"
echo "$msg"
[ $fail -eq 0 ]
