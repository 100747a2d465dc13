#!/bin/sh
# corpus.sh - run the built fwlint over the iptables files of the shared
# corpus and compare with MANIFEST.tsv: an "accept" file must give no
# parse-error, a "reject" file at least one.  No topology is given, so only
# parse-error, shadowed-rule and unresolved are checked.
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
# tests/unit/test_iptables_corpus.c for the reasons): path -> expectation.
override() {
	case "$1" in
	iptables/real/batfish-grammar__unsupported_rule_spec_options) echo reject ;;
	*) echo "$2" ;;
	esac
}

pass=0
fail=0
tab=$(printf '\t')
out=$(mktemp) || exit 2
trap 'rm -f "$out"' EXIT INT TERM

while IFS="$tab" read -r path repo inrepo commit license expect; do
	case "$path" in iptables/*) ;; *) continue ;; esac
	expect=$(override "$path" "$expect")
	case "$expect" in accept|reject) ;; *) continue ;; esac

	"$FWLINT" -q -I iptables "$CORPUS/$path" >"$out" 2>&1
	status=$?
	if [ $status -gt 1 ]; then
		echo "FAIL $path: fwlint exited with $status"
		sed 's/^/    /' "$out" | head -5
		fail=$((fail + 1))
		continue
	fi
	if grep -q ': error: parse-error:' "$out"; then
		got=reject
	else
		got=accept
	fi
	if [ "$got" = "$expect" ]; then
		pass=$((pass + 1))
	else
		echo "FAIL $path: expected $expect, got $got"
		grep ': error: parse-error:' "$out" | head -3 | sed 's/^/    /'
		fail=$((fail + 1))
	fi
done <"$CORPUS/MANIFEST.tsv"

echo "corpus: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
