#!/bin/bash
# long.sh DIR HOURS TARGET... - the fuzz campaign (make fuzz-long): run each
# libFuzzer target DIR/fuzz-TARGET until it has had HOURS of CPU time in
# all, FUZZ_JOBS targets at a time, in chunks of at most FUZZ_CHUNK seconds.
#
# Unlike run.sh (make fuzz, a fresh corpus each time), a campaign keeps its
# state under DIR/long/TARGET/ and resumes where it stopped:
#
#   corpus/     the inputs that gave new coverage, kept between chunks and runs
#   cpu         CPU seconds (user + system) spent on the target so far
#   execs       inputs executed so far
#   chunks.tsv  one line per chunk: date, wall s, CPU s, execs, cov, ft, corpus, status
#   log         libFuzzer's output of the last chunk
#   seeds/ dict  what the chunks start from, made afresh by each run
#
# Each chunk starts from that corpus plus the seeds (seeds.sh) and the
# regression inputs of tests/fuzz/regress/TARGET/, with the target's
# dictionary; the CPU time is the chunk's own, measured by the shell (a
# machine shared with other work gives the fuzzer less CPU than wall time,
# and the campaign counts CPU).  The fuzzers run under nice, so that the
# machine stays usable.  A crash, leak, sanitizer report, timeout or
# running out of memory stops that target: the input is kept under
# DIR/long/crashes/TARGET/ and named in chunks.tsv and in the summary;
# once it is fixed (and the input added to tests/fuzz/regress/TARGET/ for
# make check), move the input away and run the campaign again.
#
# Summary, one line per target, then the total:
#
#   fuzz-long: pf        1.00 CPU-h  54321098 execs  cov 4321  ft 18765  corpus 2345  crashes 0  slow 0
#
#   FUZZ_JOBS      targets at once (default 2)
#   FUZZ_CHUNK     longest chunk, seconds of wall time (default 900)
#   FUZZ_TIMEOUT   seconds one input may take (default 15)
#   FUZZ_RSS_MB    memory limit of a chunk (default 2048)
#   FUZZ_NICE      nice level of the fuzzers (default 10)
set -uo pipefail
cd "$(dirname "$0")/../.."
if [ $# -lt 3 ]; then
    echo "usage: $0 DIR HOURS TARGET..." >&2
    exit 2
fi
dir=$1
hours=$2
shift 2
jobs=${FUZZ_JOBS:-2}
chunk=${FUZZ_CHUNK:-900}
timeout=${FUZZ_TIMEOUT:-15}
rss=${FUZZ_RSS_MB:-2048}
nicelevel=${FUZZ_NICE:-10}
case $hours in
'' | *[!0-9.]* | *.*.*)
    echo "fuzz-long: HOURS is a number of hours, not '$hours'" >&2
    exit 2
    ;;
esac
goal=$(awk -v h="$hours" 'BEGIN { printf "%d", h * 3600 }')

. tests/fuzz/targets.sh

# The value of a counter file (0 when absent).
counter() { [ -s "$1" ] && cat "$1" || echo 0; }

# One target to its goal: chunk after chunk.  Returns 1 on a finding.
campaign() {
    local t=$1 state="$dir/long/$1"
    local crashes="$dir/long/crashes/$1" seeds="$dir/long/$1/seeds"
    mkdir -p "$state/corpus" "$crashes"
    [ -f "$state/chunks.tsv" ] ||
        printf 'date\twall_s\tcpu_s\texecs\tcov\tft\tcorpus\tstatus\n' >"$state/chunks.tsv"
    # A slow-unit-* file is libFuzzer's note of an input slower than 10 s,
    # not a failure (a slower one is a timeout, which is).
    if [ -n "$(ls -A "$crashes" | grep -v '^slow-unit-')" ]; then
        echo "fuzz-long: $t: stopped: a finding is waiting under $crashes" >&2
        return 1
    fi
    rm -rf "$seeds"
    tests/fuzz/seeds.sh "$t" "$seeds" 2>"$state/seeds.log" || return 2
    local dict
    dict=$(dict_of "$t" "$state/dict")
    [ -d "tests/fuzz/regress/$t" ] && cp tests/fuzz/regress/"$t"/* "$seeds/" 2>/dev/null
    while :; do
        local cpu left
        cpu=$(counter "$state/cpu")
        left=$((goal - cpu))
        [ $left -gt 0 ] || return 0
        [ $left -gt "$chunk" ] && left=$chunk
        # A chunk shorter than a minute is not worth the start-up.
        [ $left -lt 60 ] && left=60
        # quiet_of: the target's own messages (fwlint's errors about the
        # input) go to /dev/null; libFuzzer's and the sanitizers' do not.
        # A copy of the target, so that rebuilding it during a chunk (make
        # fuzz-targets) does not pull it from under the running one.
        cp "$dir/fuzz-$t" "$state/fuzz-$t.run" || return 2
        local start=$SECONDS times status
        times=$( { TIMEFORMAT='%U %S'; time nice -n "$nicelevel" "$state/fuzz-$t.run" \
            -max_total_time="$left" -timeout="$timeout" -rss_limit_mb="$rss" \
            -max_len="$(max_len "$t")" $dict \
            -artifact_prefix="$crashes/" -print_final_stats=1 $(quiet_of "$t") \
            "$state/corpus" "$seeds" </dev/null >"$state/log" 2>&1; } 2>&1 )
        status=$?
        local wall=$((SECONDS - start))
        local used runs cov ft corp
        used=$(awk '{ printf "%d", $1 + $2 + 0.5 }' <<<"$times")
        read -r runs cov ft < <(log_stats "$state/log")
        [ "$runs" = "?" ] && runs=0
        corp=$(ls "$state/corpus" | wc -l)
        echo $((cpu + used)) >"$state/cpu"
        echo $(($(counter "$state/execs") + runs)) >"$state/execs"
        local verdict=ok
        if [ $status -ne 0 ]; then
            verdict="FAILED (exit $status): $(failure_of "$state/log")"
            cp "$state/log" "$crashes/log.$(date +%s)"
        fi
        printf '%s\t%d\t%d\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$wall" "$used" \
            "$runs" "$cov" "$ft" "$corp" "$verdict" >>"$state/chunks.tsv"
        if [ $status -ne 0 ]; then
            echo "fuzz-long: $t: $verdict" >&2
            return 1
        fi
    done
}

summary() {
    local t=$1 state="$dir/long/$1" last
    last=$(tail -n 1 "$state/chunks.tsv" 2>/dev/null)
    printf 'fuzz-long: %-9s %5s CPU-h  %10s execs  cov %5s  ft %6s  corpus %5s  crashes %s  slow %s\n' "$t" \
        "$(awk -v s="$(counter "$state/cpu")" 'BEGIN { printf "%.2f", s / 3600 }')" \
        "$(counter "$state/execs")" "$(cut -f5 <<<"$last")" "$(cut -f6 <<<"$last")" \
        "$(ls "$state/corpus" 2>/dev/null | wc -l)" \
        "$(find "$dir/long/crashes/$t" -type f ! -name 'log.*' ! -name 'slow-unit-*' 2>/dev/null | wc -l)" \
        "$(find "$dir/long/crashes/$t" -type f -name 'slow-unit-*' 2>/dev/null | wc -l)"
}

# The whole run in a function, called by the last line: bash has read all
# of it before it starts, so that editing this file while a campaign runs
# does not change the running one.
main() {
    local fail=0 running=0 t
    for t in "$@"; do
        if [ ! -x "$dir/fuzz-$t" ]; then
            echo "fuzz-long: $dir/fuzz-$t is not built (make fuzz-targets FUZZ=1 builds it)" >&2
            fail=1
            continue
        fi
        campaign "$t" &
        running=$((running + 1))
        if [ $running -ge "$jobs" ]; then
            wait -n || fail=1
            running=$((running - 1))
        fi
    done
    while [ $running -gt 0 ]; do
        wait -n || fail=1
        running=$((running - 1))
    done
    for t in "$@"; do
        summary "$t"
    done
    return $fail
}

main "$@"; exit $?
