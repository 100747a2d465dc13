#!/bin/bash
# regress.sh DIR TARGET... - make check's replay of the fuzz targets: for
# each TARGET, DIR/replay-TARGET runs every input under
# tests/fuzz/regress/TARGET/ (inputs that once crashed it, named after the
# bug) and the target's seeds from tests/ and samples/ (seeds.sh).  Any
# crash, sanitizer report or leak fails; the log names the input.
set -uo pipefail
cd "$(dirname "$0")/../.."
dir=$1
shift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
for t in "$@"; do
    seeds="$tmp/seeds-$t"
    tests/fuzz/seeds.sh "$t" "$seeds" tests >/dev/null || exit 2
    inputs=("$seeds")
    [ -d "tests/fuzz/regress/$t" ] && inputs+=("tests/fuzz/regress/$t")
    if REPLAY_VERBOSE=1 "$dir/replay-$t" "${inputs[@]}" >"$tmp/out" 2>"$tmp/log" </dev/null; then
        echo "fuzz-regress: $t: $(sed -n 's/^replay: //p' "$tmp/out")"
    else
        echo "FAIL fuzz-regress: $t (exit status $?); the last inputs and the report:"
        tail -n 40 "$tmp/log" | sed 's/^/    /'
        fail=1
    fi
done
exit $fail
