# targets.sh - sourced by run.sh and long.sh: what each fuzz target is
# given besides its corpus.

# The largest input each target makes: configurations and topologies are
# written by hand or generated; a few KiB reach every construct, and larger
# inputs only make each run slower.
max_len() {
    case $1 in
    pipeline | trace | mutate) echo 8192 ;;
    *) echo 4096 ;;
    esac
}

# dict_of TARGET FILE: write the target's dictionary to FILE and print
# the libFuzzer option that names it; nothing for the structure-aware
# target (mutate), whose mutator writes whole rules.  The trace target
# reads a command line and a file of any format: its own words and those
# of the three grammars.
dict_of() {
    case $1 in
    mutate) return 0 ;;
    trace) cat tests/fuzz/trace.dict tests/fuzz/iptables.dict tests/fuzz/pf.dict \
        tests/fuzz/cisco.dict >"$2" ;;
    *) cp "tests/fuzz/$1.dict" "$2" ;;
    esac
    echo "-dict=$2"
}

# log_stats LOG: "RUNS COV FT" of a libFuzzer log (its final stats and
# last status line "#N ... cov: C ft: F ..."); "?" for what it lacks.
log_stats() {
    local last runs cov ft
    last=$(grep -E '^#[0-9]+' "$1" | tail -n 1)
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$1" | tail -n 1)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    echo "${runs:-?} ${cov:-?} ${ft:-?}"
}

# failure_of LOG: what made the run fail, and the input libFuzzer kept:
# "WHAT; input: FILE" (a crash, leak, sanitizer report, timeout or running
# out of memory).
failure_of() {
    local what art
    what=$(grep -m 1 -oE 'ERROR: (libFuzzer|AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer): [a-z -]+|runtime error: .*|ALARM: working on the last Unit for [0-9]+ seconds|out-of-memory \(used: [0-9]+Mb; exceeds: [0-9]+Mb\)' "$1")
    art=$(sed -n 's/.*Test unit written to \(.*\)/\1/p' "$1" | tail -n 1)
    echo "${what:-see the log}; input: ${art:-none written}"
}

# quiet_of TARGET: the libFuzzer option that sends the target's own
# messages (fwlint's errors about the input) to /dev/null, while
# libFuzzer's and the sanitizers' reports stay; nothing for the mutate
# target, whose only message is the property that failed.
quiet_of() {
    case $1 in
    mutate) ;;
    *) echo "-close_fd_mask=2" ;;
    esac
}
