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
