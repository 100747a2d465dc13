#!/bin/sh
# consumers.sh - `make consumers`: real consumers of each report format read
# fwlint's reports of the sample organisations and see every finding.
#
# For samples/contoso/broken.topo, samples/contoso/contoso.topo and a file
# that cannot be read, fwlint's own count of findings (from its JSON report, read by jq) is compared with
# what each consumer sees:
#
#   JUnit (-f junit --fail-on warning, so that every finding of a check is
#   a <failure>; errors that stop the run are <error>s):
#     python3-junitparser (Debian): test cases with a failure or an error;
#     junit-to-ctrf (npm): CTRF tests whose status is "failed".
#   SARIF (-f sarif):
#     @microsoft/sarif-multitool (npm): `validate` with the SARIF, GitHub
#     and GitHub Advanced Security rules finds no error or warning, and
#     `query` counts the results;
#     sarif-junit (npm): the JUnit test cases it makes of the results.
#   JSON (-f json): jq.
#   Code Quality (-f codequality): no consumer is packaged for Debian or npm
#     (GitLab reads it on its server; the npm packages about it write it);
#     jq counts the issues, and make schema validates them against
#     docs/codequality.schema.json.
#
# The npm packages are installed, at the versions below, into
# $FWLINT_CONSUMERS (default build/consumers) by `tests/consumers.sh
# --install` (make consumers does), which needs the npm registry; never into
# the source tree.  A consumer that is not installed is skipped with a
# message.  Not part of make check: it needs the network once.

set -u
cd "$(dirname "$0")/.." || exit 2

FWLINT=${FWLINT:-build/fwlint}
DIR=${FWLINT_CONSUMERS:-build/consumers}
NPM_PACKAGES="junit-to-ctrf@0.0.14 sarif-junit@1.1.4 @microsoft/sarif-multitool@5.7.0"
BIN=$DIR/node_modules/.bin

if [ "${1:-}" = --install ]; then
	if ! command -v npm >/dev/null 2>&1; then
		echo "consumers: npm not found (Debian: npm); the npm consumers will be skipped"
	else
		mkdir -p "$DIR" || exit 2
		# shellcheck disable=SC2086 # one word per package
		npm install --prefix "$DIR" --no-audit --no-fund --no-save \
			--loglevel=error $NPM_PACKAGES || exit 2
	fi
fi

pass=0
fail=0
skip=0
ok() {
	pass=$((pass + 1))
	echo "ok   $1"
}
bad() {
	fail=$((fail + 1))
	echo "FAIL $1"
}
skipped() {
	skip=$((skip + 1))
	echo "skip $1"
}

if ! command -v jq >/dev/null 2>&1; then
	echo "consumers: jq not found (Debian: jq): fwlint's own counts come from it" >&2
	exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fwlint-consumers.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM

. tests/python-with.sh
have_junitparser=false
if PY=$(python_with junitparser); then
	have_junitparser=true
	PYTHON=$PY
fi
if ! $have_junitparser; then
	skipped "python3-junitparser not installed (Debian: python3-junitparser)"
fi
for b in junit-to-ctrf sarif-junit sarif-multitool; do
	[ -x "$BIN/$b" ] || skipped "$b not installed in $DIR (tests/consumers.sh --install)"
done

# same WHAT WANT GOT
same() {
	if [ "$2" = "$3" ]; then
		ok "$1: $3"
	else
		bad "$1: $3, fwlint counts $2"
	fi
}

# The two sample organisations, and a file that cannot be read (exit 2: an
# error that stops the run).
for input in samples/contoso/broken.topo samples/contoso/contoso.topo no-such.rules; do
	case $input in
	*.topo) name=$(basename "$input" .topo); set -- -t "$input" ;;
	*) name=read-error; set -- "$tmp/$input" ;;
	esac
	"$FWLINT" "$@" -f json >"$tmp/$name.json" 2>/dev/null
	"$FWLINT" "$@" -f sarif >"$tmp/$name.sarif" 2>/dev/null
	"$FWLINT" "$@" -f codequality >"$tmp/$name.cq.json" 2>/dev/null
	"$FWLINT" "$@" -f junit --fail-on warning >"$tmp/$name.xml" 2>/dev/null

	# fwlint's own counts: findings of a check (errors and warnings),
	# errors that stopped the run, and those with a file.
	checks=$(jq '[.findings[] | select(.check != null and .level != "note")] | length' "$tmp/$name.json")
	stops=$(jq '[.findings[] | select(.check == null and .level == "error")] | length' "$tmp/$name.json")
	notes=$(jq '[.findings[] | select(.level == "note")] | length' "$tmp/$name.json")
	withfile=$(jq '[.findings[] | select(.file != null)] | length' "$tmp/$name.json")
	all=$(jq '.findings | length' "$tmp/$name.json")
	echo "---- $input: $checks findings of checks, $stops errors that stop the run, $notes notes"
	same "$name: jq reads the JSON report's summary (errors + warnings + notes)" "$all" \
		"$(jq '.summary.errors + .summary.warnings + .summary.notes' "$tmp/$name.json")"

	want=$((checks + stops))
	if $have_junitparser; then
		"$PYTHON" - "$tmp/$name.xml" >"$tmp/jp" <<'PY'
import sys
from junitparser import JUnitXml, Failure, Error
xml = JUnitXml.fromfile(sys.argv[1])
tests = bad = 0
for suite in xml:
    for case in suite:
        tests += 1
        if any(isinstance(r, (Failure, Error)) for r in case.result):
            bad += 1
print(tests, bad)
PY
		read -r jp_tests jp_bad <"$tmp/jp"
		same "$name: junitparser sees failing test cases" "$want" "$jp_bad"
	fi
	if [ -x "$BIN/junit-to-ctrf" ]; then
		"$BIN/junit-to-ctrf" "$tmp/$name.xml" -o "$tmp/$name.ctrf.json" >/dev/null 2>&1
		same "$name: junit-to-ctrf sees failed tests" "$want" \
			"$(jq '.results.summary.failed' "$tmp/$name.ctrf.json")"
		if $have_junitparser; then
			same "$name: junit-to-ctrf and junitparser see as many tests" "$jp_tests" \
				"$(jq '.results.summary.tests' "$tmp/$name.ctrf.json")"
		fi
	fi

	if [ -x "$BIN/sarif-multitool" ]; then
		# bin.js runs the tool through a shell: the lists are quoted
		# for it.
		"$BIN/sarif-multitool" validate "$tmp/$name.sarif" -o "$tmp/$name.valid.sarif" \
			--rule-kind '"Sarif;Gh;Ghas"' >/dev/null 2>&1
		if [ -r "$tmp/$name.valid.sarif" ]; then
			same "$name: sarif-multitool validate: errors and warnings" 0 \
				"$(jq '[.runs[].results[] | select(.level == "error" or .level == "warning")] | length' "$tmp/$name.valid.sarif")"
		else
			bad "$name: sarif-multitool validate wrote no log"
		fi
		"$BIN/sarif-multitool" query -e "\"RuleId != ''\"" "$tmp/$name.sarif" >"$tmp/q" 2>&1
		same "$name: sarif-multitool query sees results" "$checks" \
			"$(sed -n 's/^Found [0-9]* of \([0-9]*\) results.*/\1/p' "$tmp/q")"
	fi
	if [ -x "$BIN/sarif-junit" ]; then
		"$BIN/sarif-junit" -i "$tmp/$name.sarif" -o "$tmp/$name.sj.xml" >/dev/null 2>&1
		if [ -r "$tmp/$name.sj.xml" ]; then
			same "$name: sarif-junit makes test cases" "$checks" \
				"$(grep -c '<testcase ' "$tmp/$name.sj.xml")"
		else
			bad "$name: sarif-junit wrote nothing"
		fi
	fi

	same "$name: jq counts Code Quality issues (no real consumer: see the top)" "$withfile" \
		"$(jq 'length' "$tmp/$name.cq.json")"
done

echo "consumers: $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
