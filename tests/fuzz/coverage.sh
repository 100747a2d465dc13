#!/bin/bash
# coverage.sh TARGET... - the source lines a fuzz campaign reached (make
# fuzz-coverage): builds the replay programs with gcc --coverage in
# build-cov/, replays each target's campaign corpus (build-fuzz/fuzz/long/
# TARGET/corpus, from make fuzz-long) and its seeds, and prints the share
# of the lines of src/ that ran, in all and by folder:
#
#   fuzz-coverage: trace      71.3% of src/ (9321 of 13066 lines)  frontend/iptables 80.1%  ...
#
# libFuzzer's own "cov" counts edges of its instrumented build, which
# readers cannot compare with anything; lines of the source they can.
set -uo pipefail
cd "$(dirname "$0")/../.."
[ $# -ge 1 ] || { echo "usage: $0 TARGET..." >&2; exit 2; }
B=build-cov
make -s B=$B OPT='-O0 -g' SANFLAGS=--coverage $(printf "$B/fuzz/replay-%s " "$@") || exit 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for t in "$@"; do
    find $B/obj -name '*.gcda' -delete
    corpus=build-fuzz/fuzz/long/$t/corpus
    tests/fuzz/seeds.sh "$t" "$tmp/seeds-$t" 2>/dev/null || exit 2
    inputs=("$tmp/seeds-$t")
    [ -d "$corpus" ] && inputs+=("$corpus")
    n=$(find "${inputs[@]}" -type f | wc -l)
    $B/fuzz/replay-$t "${inputs[@]}" >/dev/null 2>&1 </dev/null ||
        echo "fuzz-coverage: $t: the replay failed (exit $?): run make fuzz-regress" >&2
    find $B/obj/src -name '*.gcno' | LC_ALL=C sort | while read -r gcno; do
        src=${gcno#"$B"/obj/}
        (cd "$tmp" && gcov -n -o "$OLDPWD/$(dirname "$gcno")" "$OLDPWD/${src%.gcno}.c" 2>/dev/null)
    done | awk -v t="$t" -v n="$n" '
        /^File / { f = $2; gsub(/\047/, "", f); keep = (f ~ /^src\/.*\.c$/); sub(/^src\//, "", f); next }
        keep && /^Lines executed:/ {
            split($2, a, ":"); pct = a[2]; sub(/%/, "", pct); lines = $4
            dir = f; sub(/\/[^\/]*$/, "", dir)
            hit = pct * lines / 100
            H += hit; L += lines; dh[dir] += hit; dl[dir] += lines
        }
        END {
            printf "fuzz-coverage: %-9s %5.1f%% of src/ (%d of %d lines, %d inputs) ", t, 100 * H / L, H + 0.5, L, n
            m = 0
            for (d in dl) ds[++m] = d
            for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (ds[j] < ds[i]) { x = ds[i]; ds[i] = ds[j]; ds[j] = x }
            for (i = 1; i <= m; i++) printf " %s %.0f%%", ds[i], 100 * dh[ds[i]] / dl[ds[i]]
            printf "\n"
        }'
done
