#!/bin/sh
# report-schemas.sh - the SARIF, JSON and Code Quality reports of real runs
# keep the promises of fwlint(1), OUTPUT (run by junit-schema.sh, so by
# `make schema`).
#
# On the broken sample organisation (findings: exit 1) and on a file that
# cannot be read (exit 2): the SARIF report validates against the OASIS
# SARIF 2.1.0 schema (sarif-schema-2.1.0.json, from the corpus), the JSON
# report against docs/fwlint-report.schema.json, the Code Quality report
# against docs/codequality.schema.json; the three count the same findings;
# the same run twice gives the same bytes.
#
# Needs python3 with jsonschema (Debian: python3-jsonschema); skips with a
# message without it.  Environment: FWLINT (the binary), FWLINT_CORPUS (the
# corpus; default ../shared/corpus from the repository root).

set -u
cd "$(dirname "$0")/.." || exit 2

FWLINT=${FWLINT:-build/fwlint}
CORPUS=${FWLINT_CORPUS:-../shared/corpus}
SARIF_SCHEMA=$CORPUS/schemas/sarif-schema-2.1.0.json
SAMPLE=samples/contoso/broken.topo

. tests/python-with.sh
PY=$(python_with jsonschema)
if [ -z "$PY" ]; then
	echo "report-schemas: skipped: python3 jsonschema not found (Debian: python3-jsonschema)"
	exit 0
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

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fwlint-schemas.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM

# validate SCHEMA FILE: prints the first error, exits 1 when invalid.
validate() {
	"$PY" - "$1" "$2" <<'PY'
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
doc = json.load(open(sys.argv[2]))
cls = jsonschema.validators.validator_for(schema)
errors = sorted(cls(schema).iter_errors(doc), key=lambda e: list(e.path))
for e in errors[:3]:
    print("     %s: %s" % ("/".join(map(str, e.path)), e.message[:300]))
sys.exit(1 if errors else 0)
PY
}

# count FORMAT FILE: the findings a report holds, as fwlint counts them.
count() {
	"$PY" - "$1" "$2" <<'PY'
import json, sys
fmt, path = sys.argv[1], sys.argv[2]
d = json.load(open(path))
if fmt == "json":
    print(len(d["findings"]))
elif fmt == "json-file":
    print(sum(1 for f in d["findings"] if f["file"] is not None))
elif fmt == "sarif":
    run = d["runs"][0]
    print(len(run["results"]) +
          len(run["invocations"][0]["toolExecutionNotifications"]))
elif fmt == "codequality":
    print(len(d))
PY
}

# run NAME STATUS ARGS...: every format of one run.
run() {
	name=$1
	want=$2
	shift 2
	for fmt in sarif json codequality; do
		"$FWLINT" -f "$fmt" -o "$tmp/$name.$fmt" "$@" >/dev/null 2>"$tmp/stderr"
		status=$?
		if [ "$status" -ne "$want" ]; then
			bad "$name: fwlint -f $fmt exited $status, not $want"
			sed 's/^/     /' "$tmp/stderr"
			continue
		fi
		"$FWLINT" -f "$fmt" "$@" >"$tmp/$name.$fmt.again" 2>/dev/null
		if cmp -s "$tmp/$name.$fmt" "$tmp/$name.$fmt.again"; then
			ok "$name: -f $fmt gives the same bytes twice"
		else
			bad "$name: -f $fmt differs from one run to the next"
		fi
	done

	if [ ! -r "$SARIF_SCHEMA" ]; then
		echo "skip $name: no SARIF schema at $SARIF_SCHEMA (set FWLINT_CORPUS to the corpus)"
	elif validate "$SARIF_SCHEMA" "$tmp/$name.sarif"; then
		ok "$name: SARIF validates against $SARIF_SCHEMA"
	else
		bad "$name: SARIF does not validate against $SARIF_SCHEMA"
	fi
	if validate docs/fwlint-report.schema.json "$tmp/$name.json"; then
		ok "$name: JSON validates against docs/fwlint-report.schema.json"
	else
		bad "$name: JSON does not validate against docs/fwlint-report.schema.json"
	fi
	if validate docs/codequality.schema.json "$tmp/$name.codequality"; then
		ok "$name: Code Quality validates against docs/codequality.schema.json"
	else
		bad "$name: Code Quality does not validate against docs/codequality.schema.json"
	fi

	n_json=$(count json "$tmp/$name.json")
	n_file=$(count json-file "$tmp/$name.json")
	n_sarif=$(count sarif "$tmp/$name.sarif")
	n_cq=$(count codequality "$tmp/$name.codequality")
	if [ "$n_json" -gt 0 ] && [ "$n_sarif" = "$n_json" ]; then
		ok "$name: SARIF results and notifications = JSON findings ($n_json)"
	else
		bad "$name: SARIF holds $n_sarif, JSON $n_json findings"
	fi
	if [ "$n_cq" = "$n_file" ]; then
		ok "$name: Code Quality issues = JSON findings with a file ($n_file)"
	else
		bad "$name: Code Quality holds $n_cq issues, JSON $n_file findings with a file"
	fi
}

run sample 1 -t "$SAMPLE"
run read-error 2 "$tmp/no-such.rules"

echo "report-schemas: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
