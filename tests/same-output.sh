#!/bin/bash
# Two builds of fwlint say the same: a speed-up must not change one byte of
# a report (issue 14).  Runs OLD and NEW on every topology of the benchmark
# workloads (make bench writes them to bench/out, or BENCH_OUT) in every
# report format, and compares the reports byte for byte, and the exit
# statuses.  The end-to-end cases pin the output of the small inputs; this
# is for the large ones, where hash orders, thread schedules and batch
# boundaries would show.
#
#   tests/same-output.sh OLD_FWLINT NEW_FWLINT [TOPOLOGY...]
#
# Build OLD from an earlier commit in a worktree:
#   git worktree add /tmp/old COMMIT && make -C /tmp/old build/fwlint
#   tests/same-output.sh /tmp/old/build/fwlint build/fwlint
set -u
if [ $# -lt 2 ]; then
    echo "usage: $0 OLD_FWLINT NEW_FWLINT [TOPOLOGY...]" >&2
    exit 2
fi
old=$1
new=$2
shift 2
for b in "$old" "$new"; do
    if [ ! -x "$b" ]; then
        echo "same-output: $b is not an executable file" >&2
        exit 2
    fi
done
if [ $# -gt 0 ]; then
    topos=("$@")
else
    out=${BENCH_OUT:-$(dirname "$0")/../bench/out}
    topos=()
    for t in "$out"/*.topo "$out"/*/*.topo; do
        [ -f "$t" ] && topos+=("$t")
    done
    if [ ${#topos[@]} -eq 0 ]; then
        echo "same-output: no topology under $out: run 'make bench' first, or name them" >&2
        exit 2
    fi
fi
# A 1M-rule dump is larger than the bound of builds before --max-input-size
# (64 MiB); a build that has the option is given room.
big() { "$1" --help 2>/dev/null | grep -q -- --max-input-size && echo --max-input-size=1G; }
oldargs=$(big "$old")
newargs=$(big "$new")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
for t in "${topos[@]}"; do
    for f in text json sarif junit; do
        # shellcheck disable=SC2086
        "$old" $oldargs -t "$t" -f "$f" >"$tmp/old" 2>&1
        so=$?
        # shellcheck disable=SC2086
        "$new" $newargs -t "$t" -f "$f" >"$tmp/new" 2>&1
        sn=$?
        if [ "$so" != "$sn" ]; then
            echo "FAIL $t -f $f: exit status $so, now $sn"
            fail=$((fail + 1))
        elif ! cmp -s "$tmp/old" "$tmp/new"; then
            echo "FAIL $t -f $f: the reports differ:"
            diff "$tmp/old" "$tmp/new" | head -5 | cut -c1-200
            fail=$((fail + 1))
        else
            echo "ok   $t -f $f ($(wc -l <"$tmp/new") lines, exit $sn)"
            pass=$((pass + 1))
        fi
    done
done
echo "same-output: $pass same, $fail different"
[ "$fail" -eq 0 ]
