#!/bin/sh
# junit-schema.sh - `make schema`: the JUnit report of a real run keeps the
# promises of fwlint(1), OUTPUT.
#
# Runs fwlint on the broken sample organisation (it has findings, so the exit
# status is 1), then checks the report with xmllint: it validates against the
# Jenkins JUnit schema (junit-10.xsd, from the corpus), the counts on <testsuites>
# are the sums over the suites and match the test cases, every failure's
# message begins with FILE:LINE:COL:, and classname+name pairs are unique
# (GitLab merges duplicates), one finding a testcase, and the failures are
# the findings that reach --fail-on.  Then report-schemas.sh checks the
# SARIF, JSON and Code Quality reports.
#
# Environment: FWLINT (the binary; make exports it), FWLINT_CORPUS (the
# corpus; default ../shared/corpus from the repository root).

set -u
cd "$(dirname "$0")/.." || exit 2

FWLINT=${FWLINT:-build/fwlint}
CORPUS=${FWLINT_CORPUS:-../shared/corpus}
SCHEMA=$CORPUS/schemas/junit-10.xsd
SAMPLE=samples/contoso/broken.topo

if [ ! -r "$SCHEMA" ]; then
	echo "schema: skipped: no JUnit schema at $SCHEMA (set FWLINT_CORPUS to the corpus)"
	exec tests/report-schemas.sh
fi
if ! command -v xmllint >/dev/null 2>&1; then
	echo "schema: xmllint not found (Debian: libxml2-utils)" >&2
	exit 2
fi

pass=0
fail=0
ok() {
	pass=$((pass + 1))
	echo "ok   $1"
}
bad() {
	fail=$((fail + 1))
	echo "FAIL $1"
}
summary() {
	echo "schema: $pass passed, $fail failed"
	# The SARIF, JSON and Code Quality reports (report-schemas.sh).
	tests/report-schemas.sh || fail=$((fail + 1))
	[ "$fail" -eq 0 ]
	exit $?
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fwlint-schema.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM

report=$tmp/out/report.xml
mkdir "$tmp/out" || exit 2

# xmllint --xpath prints an XPath value; an empty node set is an error (10)
# that means "no value" here.
xp() {
	xmllint --xpath "$1" "$report" 2>/dev/null
}

"$FWLINT" -t "$SAMPLE" -f junit -o "$report" >"$tmp/stdout" 2>"$tmp/stderr"
status=$?
if [ "$status" -eq 1 ]; then
	ok "fwlint -t $SAMPLE -f junit exits 1 (findings)"
else
	bad "fwlint -t $SAMPLE -f junit exited $status, not 1"
	sed 's/^/     /' "$tmp/stderr"
fi
if [ ! -s "$report" ]; then
	bad "no report at $report"
	summary
fi
if [ -s "$tmp/stdout" ]; then
	bad "-o FILE still wrote to stdout"
else
	ok "-o FILE writes nothing to stdout"
fi
# The atomic write leaves no temporary file next to the report.
left=$(ls -A "$tmp/out")
if [ "$left" = "report.xml" ]; then
	ok "no temporary file left beside the report"
else
	bad "files beside the report: $(echo "$left" | tr '\n' ' ')"
fi

if xmllint --noout --schema "$SCHEMA" "$report" >"$tmp/xmllint" 2>&1; then
	ok "validates against $SCHEMA"
else
	bad "does not validate against $SCHEMA"
	sed 's/^/     /' "$tmp/xmllint"
fi

# Counts: the totals are the sums over the suites and describe the cases.
for what in tests failures errors; do
	total=$(xp "number(/testsuites/@$what)")
	sum=$(xp "sum(/testsuites/testsuite/@$what)")
	if [ -n "$total" ] && [ "$total" != NaN ] && [ "$total" = "$sum" ]; then
		ok "testsuites/@$what = sum of testsuite/@$what ($total)"
	else
		bad "testsuites/@$what is '$total', the suites sum to '$sum'"
	fi
done
total=$(xp "number(/testsuites/@tests)")
cases=$(xp "count(//testcase)")
if [ "$cases" = "$total" ]; then
	ok "testsuites/@tests = number of testcases ($cases)"
else
	bad "testsuites/@tests is '$total' for $cases testcases"
fi
total=$(xp "number(/testsuites/@failures)")
failed=$(xp "count(//testcase[failure])")
if [ "$failed" = "$total" ]; then
	ok "testsuites/@failures = testcases with a failure ($failed)"
else
	bad "testsuites/@failures is '$total' for $failed failed testcases"
fi
nsuite=$(xp "count(/testsuites/testsuite)")
badsuites=$(xp "count(/testsuites/testsuite[count(testcase) != @tests or count(testcase[failure]) != @failures])")
if [ "$badsuites" = 0 ]; then
	ok "every testsuite's tests and failures match its testcases ($nsuite suites)"
else
	bad "$badsuites testsuites have tests or failures that do not match their testcases"
fi

# The broken sample must have findings, or the checks below prove nothing.
nfail=$(xp "count(//failure)")
if [ "${nfail:-0}" -gt 0 ] 2>/dev/null; then
	ok "$nfail failures"
else
	bad "no <failure> in the report of a broken sample"
fi

# message= begins with FILE:LINE:COL: (xmllint prints one attribute a line,
# message="...", with quotes and line breaks escaped).
xp "//failure/@message" >"$tmp/messages"
nomatch=$(grep -Ecv '^ *message="[^":]+:[0-9]+:[0-9]+: ' "$tmp/messages")
if [ "$nomatch" -eq 0 ]; then
	ok "every failure/@message begins with FILE:LINE:COL:"
else
	bad "$nomatch failure messages do not begin with FILE:LINE:COL:"
	grep -Ev '^ *message="[^":]+:[0-9]+:[0-9]+: ' "$tmp/messages" | head -5 |
		sed 's/^ */     /'
fi

# One finding a test case (converters such as junit-to-ctrf keep only the
# first <failure>), and the failures are the findings that reach --fail-on:
# as many as the JSON report says fail.
multi=$(xp "count(//testcase[count(failure) + count(error) > 1])")
if [ "$multi" = 0 ]; then
	ok "no testcase has more than one failure or error"
else
	bad "$multi testcases have more than one failure or error"
fi
errors=$(xp "count(//testcase[error])")
total=$(xp "number(/testsuites/@errors)")
if [ "$errors" = "$total" ]; then
	ok "testsuites/@errors = testcases with an error ($errors)"
else
	bad "testsuites/@errors is '$total' for $errors testcases with an error"
fi
if command -v jq >/dev/null 2>&1; then
	"$FWLINT" -t "$SAMPLE" -f json >"$tmp/report.json" 2>/dev/null
	failing=$(jq '[.findings[] | select(.fails)] | length' "$tmp/report.json")
	if [ "$failing" = "$nfail" ]; then
		ok "failures = findings that reach --fail-on in the JSON report ($failing)"
	else
		bad "$nfail failures, but the JSON report has $failing failing findings"
	fi
else
	echo "skip failures against the JSON report: jq not found (Debian: jq)"
fi

# classname+name unique across the document.
withclass=$(xp "count(//testcase[@classname])")
if [ "$withclass" = "$cases" ]; then
	ok "every testcase has a classname"
else
	bad "$((cases - withclass)) testcases lack a classname"
fi
xp "//testcase/@classname" | sed 's/^ *classname=//' >"$tmp/classnames"
xp "//testcase/@name" | sed 's/^ *name=//' >"$tmp/names"
paste -d ' ' "$tmp/classnames" "$tmp/names" | sort | uniq -d >"$tmp/dups"
if [ ! -s "$tmp/dups" ]; then
	ok "classname+name pairs are unique"
else
	bad "duplicate classname+name pairs:"
	head -5 "$tmp/dups" | sed 's/^/     /'
fi

summary
