#!/bin/sh
# corpus.sh - run the built fwlint over the iptables and pf files of the
# shared corpus and compare with MANIFEST.tsv: an "accept" file must give
# no parse-error, a "reject" file at least one.  No topology is given, so
# only parse-error, shadowed-rule and unresolved are checked.
#
# iptables: every row must agree.  pf: at least 97% of the accept rows and
# 97% of the reject rows must (the pf front end's acceptance; the rows it
# misses are listed).  cisco: every accept row must parse (issue 4,
# acceptance 1), read as its folder says (cisco/ios/ with -I cisco,
# cisco/asa/ with -I asa); the unknown rows are run and counted, not
# judged.  If the binary has no pf or no Cisco front end yet, those rows
# are skipped with a note.
#
#   FWLINT         the binary (default: build/fwlint)
#   FWLINT_CORPUS  the corpus (default: ../shared/corpus from the repo root)
set -u

cd "$(dirname "$0")/.." || exit 2
FWLINT=${FWLINT:-build/fwlint}
CORPUS=${FWLINT_CORPUS:-../shared/corpus}

if [ ! -f "$CORPUS/MANIFEST.tsv" ]; then
	echo "corpus: skipped, $CORPUS/MANIFEST.tsv not found (set FWLINT_CORPUS)"
	exit 0
fi
if [ ! -x "$FWLINT" ]; then
	echo "corpus: $FWLINT is not built" >&2
	exit 2
fi

# Rows where fwlint deliberately disagrees with the manifest (see
# tests/unit/test_iptables_corpus.c, test_pf_corpus.c and
# test_cisco_corpus.c for the reasons):
# path -> expectation.
override() {
	case "$1" in
	iptables/real/batfish-grammar__unsupported_rule_spec_options) echo reject ;;
	cisco/ios/sample_01.ios | cisco/ios/sample_08.ios | cisco/ios/ios-inspect) echo reject ;;
	*) echo "$2" ;;
	esac
}

tab=$(printf '\t')
out=$(mktemp) || exit 2
trap 'rm -f "$out"' EXIT INT TERM

# A line that starts a statement only FreeBSD's pfctl has (not a macro of
# that name).
freebsd_pf='^[[:space:]]*((scrub|nat|rdr|binat|nat-anchor|rdr-anchor|binat-anchor|no[[:space:]]+(scrub|nat|rdr|binat))([[:space:]]|$)|altq[[:space:]]+on([[:space:]]|$))'

# run_rows PREFIX FORMAT: sets acc acc_ok rej rej_ok, prints each miss.
run_rows() {
	acc=0 acc_ok=0 rej=0 rej_ok=0
	while IFS="$tab" read -r path repo inrepo commit license expect; do
		case "$path" in "$1"/*) ;; *) continue ;; esac
		expect=$(override "$path" "$expect")
		case "$expect" in accept|reject) ;; *) continue ;; esac

		format=$2
		# pf: FreeBSD's dialect for a file with a FreeBSD-only
		# statement, as fwlint's detection picks it (fwlint(1), pf
		# dialects; src/frontend/pf/pf_detect.c)
		if [ "$2" = pf ] && grep -E "$freebsd_pf" "$CORPUS/$path" |
			grep -Evq '^[[:space:]]*[[:alnum:]_-]+[[:space:]]*='; then
			format=pf-freebsd
		fi
		"$FWLINT" -q -I "$format" "$CORPUS/$path" >"$out" 2>&1
		rc=$?
		if [ $rc -gt 1 ]; then
			echo "FAIL $path: fwlint exited with $rc"
			sed 's/^/    /' "$out" | head -5
			got=crash
		elif grep -q ': error: parse-error:' "$out"; then
			got=reject
		else
			got=accept
		fi
		if [ "$expect" = accept ]; then
			acc=$((acc + 1))
		else
			rej=$((rej + 1))
		fi
		if [ "$got" = "$expect" ]; then
			if [ "$expect" = accept ]; then
				acc_ok=$((acc_ok + 1))
			else
				rej_ok=$((rej_ok + 1))
			fi
		elif [ "$got" != crash ]; then
			echo "FAIL $path: expected $expect, got $got"
			grep ': error: parse-error:' "$out" | head -3 | sed 's/^/    /'
		fi
	done <"$CORPUS/MANIFEST.tsv"
}

status=0

# has_format FORMAT: does this binary read FORMAT at all?  (Until a front
# end is wired into src/cli/lint.c, -I FORMAT is refused with exit status 2.)
has_format() {
	empty=$(mktemp) || exit 2
	"$FWLINT" -q -I "$1" "$empty" >"$out" 2>&1
	probe=$?
	rm -f "$empty"
	[ $probe -le 1 ]
}

# run_cisco: the cisco rows; sets acc acc_ok (accept rows), rej rej_ok
# (accept rows the device refuses, see override) and unk unk_ok; prints
# each accept or reject row that fails.
run_cisco() {
	acc=0 acc_ok=0 rej=0 rej_ok=0 unk=0 unk_ok=0
	while IFS="$tab" read -r path repo inrepo commit license expect; do
		case "$path" in
		cisco/ios/*) format=cisco ;;
		cisco/asa/*) format=asa ;;
		*) continue ;;
		esac
		expect=$(override "$path" "$expect")
		"$FWLINT" -q -I "$format" "$CORPUS/$path" >"$out" 2>&1
		rc=$?
		if [ $rc -gt 1 ]; then
			got=crash
		elif grep -q ': error: parse-error:' "$out"; then
			got=reject
		else
			got=accept
		fi
		if [ "$expect" = reject ]; then
			rej=$((rej + 1))
			if [ "$got" = reject ]; then
				rej_ok=$((rej_ok + 1))
			else
				echo "FAIL $path: the device refuses it, fwlint says $got"
			fi
		elif [ "$expect" = accept ]; then
			acc=$((acc + 1))
			if [ "$got" = accept ]; then
				acc_ok=$((acc_ok + 1))
			elif [ "$got" = crash ]; then
				echo "FAIL $path: fwlint exited with $rc"
				sed 's/^/    /' "$out" | head -5
			else
				echo "FAIL $path: expected accept, got a parse-error"
				grep ': error: parse-error:' "$out" | head -3 | sed 's/^/    /'
			fi
		else
			unk=$((unk + 1))
			[ "$got" = accept ] && unk_ok=$((unk_ok + 1))
			if [ "$got" = crash ]; then
				echo "FAIL $path: fwlint exited with $rc (an unknown row may be refused, not crash)"
				sed 's/^/    /' "$out" | head -5
				unk_crash=1
			fi
		fi
	done <"$CORPUS/MANIFEST.tsv"
}

run_rows iptables iptables
pass=$((acc_ok + rej_ok))
fail=$((acc + rej - pass))
echo "corpus: $pass passed, $fail failed"
[ "$fail" -eq 0 ] || status=1

if ! has_format pf; then
	echo "corpus pf: skipped, $FWLINT has no pf front end: $(head -1 "$out")"
else
	run_rows pf pf
	echo "corpus pf: $acc_ok/$acc accepted, $rej_ok/$rej rejected"
	if [ $((acc_ok * 100)) -lt $((acc * 97)) ] || [ $((rej_ok * 100)) -lt $((rej * 97)) ]; then
		echo "corpus pf: below 97% of the accept or the reject rows"
		status=1
	fi
fi

if ! has_format cisco || ! has_format asa; then
	echo "corpus cisco: skipped, $FWLINT has no Cisco front end: $(head -1 "$out")"
else
	unk_crash=0
	run_cisco
	echo "corpus cisco: $acc_ok/$acc accept rows without parse-error;" \
		"$rej_ok/$rej rows the device refuses with one;" \
		"$unk unknown rows, $unk_ok of them without parse-error"
	[ "$acc_ok" -eq "$acc" ] || status=1
	[ "$rej_ok" -eq "$rej" ] || status=1
	[ "$unk_crash" -eq 0 ] || status=1
fi
exit $status
