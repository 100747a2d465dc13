#!/bin/bash
# End-to-end tests: run the built binary on files under tests/e2e/cases/ and
# compare its exact output and exit status.
#
# A case is a folder holding:
#   cmd      the arguments to fwlint, one shell-quoted line, run from the folder
#   stdout   the exact expected standard output
#   stderr   the exact expected standard error (absent: must be empty)
#   status   the expected exit status
#
# UPDATE=1 tests/e2e/run.sh [CASE...] rewrites the expectations from what the
# binary does now: review the diff before committing it.
#
# E2E_WRAPPER runs the binary under a tool, e.g. "valgrind -q --leak-check=full
# --error-exitcode=99" (make check-valgrind): any report changes the exit status
# or the output, and the case fails.
set -u
cd "$(dirname "$0")/../.."
FWLINT=${FWLINT:-$PWD/build/fwlint}
if [ ! -x "$FWLINT" ]; then
    echo "e2e: $FWLINT is not built" >&2
    exit 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ $# -gt 0 ]; then
    cases=()
    for c in "$@"; do cases+=("tests/e2e/cases/$c/"); done
else
    cases=(tests/e2e/cases/*/)
fi

pass=0
fail=0
for dir in "${cases[@]}"; do
    name=$(basename "$dir")
    args=$(cat "$dir/cmd")
    (
        cd "$dir" || exit 99
        eval "set -- $args"
        # shellcheck disable=SC2086
        timeout 120 ${E2E_WRAPPER:-} "$FWLINT" "$@" >"$tmp/out" 2>"$tmp/err"
        echo $? >"$tmp/status"
    )
    got_status=$(cat "$tmp/status")
    if [ "${UPDATE:-}" = 1 ]; then
        cp "$tmp/out" "$dir/stdout"
        echo "$got_status" >"$dir/status"
        if [ -s "$tmp/err" ]; then cp "$tmp/err" "$dir/stderr"; else rm -f "$dir/stderr"; fi
    fi
    ok=1
    want_status=$(cat "$dir/status" 2>/dev/null || echo missing)
    if [ "$got_status" != "$want_status" ]; then
        echo "FAIL $name: exit status $got_status, expected $want_status"
        ok=0
    fi
    if ! diff -u "$dir/stdout" "$tmp/out" >"$tmp/diff"; then
        echo "FAIL $name: standard output differs"
        sed 's/^/    /' "$tmp/diff" | head -40
        ok=0
    fi
    want_err=/dev/null
    [ -f "$dir/stderr" ] && want_err="$dir/stderr"
    if ! diff -u "$want_err" "$tmp/err" >"$tmp/diff"; then
        echo "FAIL $name: standard error differs"
        sed 's/^/    /' "$tmp/diff" | head -40
        ok=0
    fi
    if [ $ok = 1 ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
    fi
done
echo "e2e: $pass passed, $fail failed"
[ "$fail" = 0 ]
