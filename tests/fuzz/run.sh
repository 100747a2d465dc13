#!/bin/bash
# run.sh DIR TARGET... - run the libFuzzer targets DIR/fuzz-TARGET (built
# by make fuzz) one after the other, FUZZ_JOBS at a time, each for
# FUZZ_SECONDS, and print one summary line per target:
#
#   fuzz: pf         60 s  812345 runs  13539 exec/s  cov 4321  ft 18765  corpus 1234  ok
#
# (cov: coverage points, ft: features, from libFuzzer's last stats line).
# Each run starts from a fresh corpus under DIR/work/TARGET/ (new inputs go
# to corpus/, the seeds assembled by seeds.sh to seeds/; nothing is written
# under tests/), with the target's dictionary (targets.sh: tests/fuzz/TARGET.dict).  A
# crash, leak, sanitizer report, timeout (a slow input is a finding) or
# running out of memory fails the run: the input is kept under
# DIR/crashes/TARGET/ with its path printed, the log in DIR/work/TARGET/log,
# and the script exits 1.  Replay a crash without libFuzzer with
# build/fuzz/replay-TARGET FILE.
#
#   FUZZ_SECONDS   per target (default 60)
#   FUZZ_JOBS      targets run at once (default 1)
#   FUZZ_TIMEOUT   seconds one input may take under the sanitizers (default 15)
#   FUZZ_RSS_MB    memory limit of a run (default 2048)
#   FWLINT_CORPUS  the shared corpus for the seeds (default ../shared/corpus)
set -uo pipefail
cd "$(dirname "$0")/../.."
if [ $# -lt 2 ]; then
    echo "usage: $0 DIR TARGET..." >&2
    exit 2
fi
dir=$1
shift
seconds=${FUZZ_SECONDS:-60}
jobs=${FUZZ_JOBS:-1}
timeout=${FUZZ_TIMEOUT:-15}
rss=${FUZZ_RSS_MB:-2048}

. tests/fuzz/targets.sh

run_one() {
    local t=$1 work="$dir/work/$1" crashes="$dir/crashes/$1"
    rm -rf "$work"
    mkdir -p "$work/corpus" "$crashes"
    tests/fuzz/seeds.sh "$t" "$work/seeds" 2>"$work/seeds.log" || return 2
    local dict
    dict=$(dict_of "$t" "$work/dict")
    local start=$SECONDS
    # stdin from /dev/null: an input may name /dev/stdin as a file.
    # quiet_of: the target's own messages (fwlint's errors about the input)
    # go to /dev/null; libFuzzer's and the sanitizers' reports do not.
    "$dir/fuzz-$t" -max_total_time="$seconds" -timeout="$timeout" \
        -rss_limit_mb="$rss" -max_len="$(max_len "$t")" \
        $dict -artifact_prefix="$crashes/" \
        -print_final_stats=1 $(quiet_of "$t") "$work/corpus" "$work/seeds" \
        </dev/null >"$work/log" 2>&1
    local status=$?
    local took=$((SECONDS - start))
    local runs cov ft corp eps
    read -r runs cov ft < <(log_stats "$work/log")
    eps=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/log" | tail -n 1)
    # libFuzzer's corpus size (the seeds it kept and what it added)
    corp=$(grep -E '^#[0-9]+' "$work/log" | tail -n 1 | sed -n 's/.* corp: \([0-9]*\).*/\1/p')
    local verdict=ok
    if [ $status -ne 0 ]; then
        verdict="FAILED (exit $status): $(failure_of "$work/log"); log: $work/log"
    fi
    printf 'fuzz: %-9s %4s s  %9s runs  %6s exec/s  cov %5s  ft %6s  corpus %5s  %s\n' \
        "$t" "$took" "${runs:-?}" "${eps:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "$verdict" \
        | tee "$work/summary"
    grep -h 'corpus seeds skipped' "$work/seeds.log" | sed "s/^/fuzz: $t: /"
    [ $status -eq 0 ]
}

fail=0
running=0
for t in "$@"; do
    if [ ! -x "$dir/fuzz-$t" ]; then
        echo "fuzz: $dir/fuzz-$t is not built (make fuzz builds it)" >&2
        fail=1
        continue
    fi
    if [ "$jobs" -le 1 ]; then
        run_one "$t" || fail=1
    else
        run_one "$t" &
        running=$((running + 1))
        if [ $running -ge "$jobs" ]; then
            wait -n || fail=1
            running=$((running - 1))
        fi
    fi
done
while [ $running -gt 0 ]; do
    wait -n || fail=1
    running=$((running - 1))
done
exit $fail
