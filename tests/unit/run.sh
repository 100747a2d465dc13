#!/bin/sh
# run.sh - `make unit`: the Criterion tests, and a failure when none ran.
#
# Criterion finds its tests by reading the running program through
# /proc/self/exe: where /proc is not mounted (a bare chroot) it runs none
# and exits 0, which must not pass for a green test suite.
#
# Usage: tests/unit/run.sh UNIT-TESTS-BINARY [CRITERION ARGS...]
set -u
bin=$1
shift
out=$(mktemp) || exit 2
trap 'rm -f "$out"' EXIT
"$bin" "$@" >"$out" 2>&1
status=$?
cat "$out"
tested=$(sed -n 's/.*Synthesis: Tested: \([0-9][0-9]*\).*/\1/p' "$out" | tail -n 1)
if [ "$status" = 0 ] && [ "${tested:-0}" = 0 ]; then
    echo "unit: Criterion ran no test (it finds them through /proc/self/exe: is /proc mounted?)" >&2
    exit 1
fi
exit "$status"
