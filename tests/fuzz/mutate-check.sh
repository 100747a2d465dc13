#!/bin/bash
# mutate-check.sh - make check's run of the structure-aware fuzz target
# (fuzz_mutate.c) through its own driver, for MUTATE_SECONDS (default 15)
# from the seeds in tests/fuzz/mutate-seeds/, with MUTATE_SEED (default 1):
# on every input, fwlint's verdicts against the brute-force first-match
# scan of model.c, shadowed-rule against that scan, and the reports parsed.
# Then the reports of the first inputs with findings, kept by the target
# (FUZZ_MUTATE_DUMP), are validated against their schemas:
# docs/fwlint-report.schema.json (JSON), the OASIS SARIF 2.1.0 schema and
# the Jenkins JUnit schema from the corpus (skipped, with a note, without
# the corpus; python3-jsonschema and xmllint needed, else skipped).
#
#   tests/fuzz/mutate-check.sh DIR     DIR holds mutate-run (build/fuzz)
#
# A failed property prints the packet and both answers; the input is kept
# as mutate-failed.rules in the current folder (replay it with
# DIR/replay-mutate FILE).
set -uo pipefail
cd "$(dirname "$0")/../.."
dir=${1:-build/fuzz}
seconds=${MUTATE_SECONDS:-15}
seed=${MUTATE_SEED:-1}
CORPUS=${FWLINT_CORPUS:-../shared/corpus}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/dump"

if ! FUZZ_MUTATE_DUMP="$tmp/dump" MUTATE_FAILED="$PWD/mutate-failed.rules" \
    "$dir/mutate-run" "$seconds" "$seed" tests/fuzz/mutate-seeds >"$tmp/out" 2>"$tmp/err"; then
    echo "FAIL mutate: a property failed (input kept in mutate-failed.rules):"
    tail -n 20 "$tmp/err" | sed 's/^/    /'
    exit 1
fi
cat "$tmp/out"
n=$(ls "$tmp/dump" | grep -c '\.json$')
if [ "$n" -eq 0 ]; then
    echo "FAIL mutate: no input had findings: the reports were not checked"
    exit 1
fi

. tests/python-with.sh
PY=$(python_with jsonschema)
fail=0
if [ -z "$PY" ]; then
    echo "mutate: schemas skipped: python3 jsonschema not found (Debian: python3-jsonschema)"
else
    sarif=$CORPUS/schemas/sarif-schema-2.1.0.json
    [ -f "$sarif" ] || { echo "mutate: SARIF schema skipped: $sarif not found (set FWLINT_CORPUS)"; sarif=''; }
    "$PY" - "$tmp/dump" docs/fwlint-report.schema.json "$sarif" <<'PY' || fail=1
import glob, json, sys
import jsonschema
dump, json_schema, sarif_schema = sys.argv[1], sys.argv[2], sys.argv[3]
checks = [("json", json_schema)] + ([("sarif", sarif_schema)] if sarif_schema else [])
bad = 0
for ext, schema_path in checks:
    schema = json.load(open(schema_path))
    cls = jsonschema.validators.validator_for(schema)
    v = cls(schema)
    files = sorted(glob.glob(f"{dump}/*.{ext}"))
    invalid = 0
    for f in files:
        errs = list(v.iter_errors(json.load(open(f))))
        if errs:
            invalid += 1
            print(f"FAIL mutate: the {ext} report of {f[:-len(ext)]}rules: {errs[0].message[:300]}")
    if not invalid:
        print(f"mutate: {len(files)} {ext.upper()} reports valid against {schema_path.split('/')[-1]}")
    bad += invalid
sys.exit(1 if bad else 0)
PY
fi
xsd=$CORPUS/schemas/junit-10.xsd
if ! command -v xmllint >/dev/null 2>&1; then
    echo "mutate: JUnit schema skipped: xmllint not found (Debian: libxml2-utils)"
elif [ ! -f "$xsd" ]; then
    echo "mutate: JUnit schema skipped: $xsd not found (set FWLINT_CORPUS)"
elif xmllint --noout --schema "$xsd" "$tmp"/dump/*.xml 2>"$tmp/xml"; then
    echo "mutate: $n JUnit reports valid against junit-10.xsd"
else
    echo "FAIL mutate: a JUnit report is not valid against junit-10.xsd:"
    grep -v ' validates$' "$tmp/xml" | head -5 | sed 's/^/    /'
    fail=1
fi
exit $fail
