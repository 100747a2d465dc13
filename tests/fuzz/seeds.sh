#!/bin/bash
# seeds.sh TARGET DIR [tests|all] - put the seed inputs of a fuzz target
# into DIR (made if needed): the files of its format under tests/ and
# samples/, and with "all" (the default) those of ../shared/corpus too
# (MANIFEST.tsv says which file is which format; skipped with a note when
# the corpus is absent).  Each seed is named after where it comes from.
#
#   iptables   *.rules that are iptables-save dumps; corpus iptables/
#   pf         *.conf, pf test data; corpus pf/
#   cisco      *.cfg *.asa *.acl; corpus cisco/
#   topology   *.topo; and the sample topologies, then "%%" and
#              rulesets/exchange.rules (fuzz_topology.c)
#   pipeline   each end-to-end topology with its firewall files renamed
#              "fw", then "%%" and the first of those files; every corpus
#              file after a topology whose firewall names it
#   mutate     tests/fuzz/mutate-seeds/ (rulesets in the part of
#              iptables-save, pf.conf and IOS that tests/fuzz/model.c reads)
#   trace      each end-to-end "trace" case: its command line without the
#              file, "%%", the file, and with -t the topology as "TOPO"
#              ("%%", the topology naming its firewall's file "fw"); each
#              Capirca trace (tests/capirca/traces.tsv) the same way
#
#   FWLINT_CORPUS   the corpus (default: ../shared/corpus)
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ $# -lt 2 ]; then
    echo "usage: $0 TARGET DIR [tests|all]" >&2
    exit 2
fi
target=$1
out=$2
which=${3:-all}
CORPUS=${FWLINT_CORPUS:-../shared/corpus}
SEP='%%'
mkdir -p "$out"

# seed name: the path with / as _
name() { printf '%s' "$1" | tr '/' '_'; }

# Files under tests/ and samples/ whose name ends in one of the patterns.
test_files() {
    find tests samples -type f \( "$@" \) -not -path 'tests/fuzz/*' | LC_ALL=C sort
}

# Corpus files whose manifest path starts with $1.
corpus_files() {
    [ -f "$CORPUS/MANIFEST.tsv" ] || return 0
    awk -F'\t' -v p="$1" 'NR > 1 && index($1, p) == 1 { print $1 }' "$CORPUS/MANIFEST.tsv"
}

# A ruleset (need/port lines) is not an iptables dump.
is_ruleset() { grep -qE '^(need|port) ' "$1"; }

# The topology the corpus files get in the pipeline: a router between three
# zones, its interfaces named as that kind of firewall names them (FORMAT
# IF1 IF2 IF3).
generic_topology() {
    cat <<TOPO
exchange 5.5;
zone internet any;
zone dmz 192.0.2.0/24;
zone corp 10.1.0.0/16;
site S { server EX 192.0.2.10 { directory-port 4000; store-port 4001; mta-port 4002; } }
clients mapi from corp to EX;
smtp in from internet to EX;
smtp out from EX to internet;
firewall fw {
    file "fw" format $1;
    interface $2 zone internet;
    interface $3 zone dmz;
    interface $4 zone corp;
}
TOPO
}

corpus_note() {
    if [ "$which" = all ] && [ ! -f "$CORPUS/MANIFEST.tsv" ]; then
        echo "seeds: $CORPUS/MANIFEST.tsv not found, corpus seeds skipped (set FWLINT_CORPUS)" >&2
    fi
}

copy_corpus() { # PREFIX
    [ "$which" = all ] || return 0
    corpus_files "$1" | while read -r f; do
        cp "$CORPUS/$f" "$out/corpus_$(name "$f")"
    done
}

corpus_note
case $target in
iptables)
    test_files -name '*.rules' | while read -r f; do
        is_ruleset "$f" || cp "$f" "$out/$(name "$f")"
    done
    copy_corpus iptables/
    ;;
pf)
    test_files -name '*.conf' -o -path 'tests/unit/data/pf/*' | while read -r f; do
        cp "$f" "$out/$(name "$f")"
    done
    copy_corpus pf/
    ;;
cisco)
    test_files -name '*.cfg' -o -name '*.asa' -o -name '*.acl' | while read -r f; do
        cp "$f" "$out/$(name "$f")"
    done
    copy_corpus cisco/
    ;;
topology)
    test_files -name '*.topo' | while read -r f; do
        cp "$f" "$out/$(name "$f")"
    done
    for f in samples/contoso/contoso.topo tests/unit/data/topo/example.topo; do
        { cat "$f"; printf '\n%s\n' "$SEP"; cat rulesets/exchange.rules; } \
            >"$out/$(name "$f")+exchange.rules"
    done
    ;;
pipeline)
    test_files -name '*.topo' | while read -r t; do
        dir=$(dirname "$t")
        fw=$(sed -n 's/.*file *"\([^"]*\)".*/\1/p' "$t" | head -n 1)
        [ -n "$fw" ] && [ -f "$dir/$fw" ] || continue
        { sed 's/file *"[^"]*"/file "fw"/' "$t"; printf '%s\n' "$SEP"; cat "$dir/$fw"; } \
            >"$out/$(name "$t")+$(name "$fw")"
    done
    if [ "$which" = all ]; then
        while read -r prefix topology; do
            corpus_files "$prefix" | while read -r f; do
                # Large files make slow runs; the grammar targets have them.
                [ "$(wc -c <"$CORPUS/$f")" -le 16384 ] || continue
                # shellcheck disable=SC2086
                { generic_topology $topology; printf '%s\n' "$SEP"; cat "$CORPUS/$f"; } \
                    >"$out/corpus_$(name "$f")"
            done
        done <<KINDS
iptables/ iptables eth0 eth1 eth2
pf/ pf em0 em1 em2
cisco/ios/ cisco GigabitEthernet0/0 GigabitEthernet0/1 GigabitEthernet0/2
cisco/asa/ asa outside dmz inside
KINDS
    fi
    ;;
mutate)
    cp tests/fuzz/mutate-seeds/* "$out/"
    ;;
trace)
    for cmd in tests/e2e/cases/*/cmd; do
        case=$(dirname "$cmd")
        read -r -a words <"$cmd"
        [ "${words[0]:-}" = trace ] || continue
        # The operands: the first word that is neither an option nor the
        # argument of one is the file.
        file='' topo='' args=()
        skip=0
        for w in "${words[@]:1}"; do
            if [ $skip = 1 ]; then
                skip=0
                if [ "$prev" = -t ] || [ "$prev" = --topology ]; then
                    topo=$w
                    w=TOPO
                fi
            elif [ -z "$file" ] && [ "${w#-}" = "$w" ]; then
                file=$w
                continue
            else
                case $w in
                -I | -t | --topology | --in | --out | --host | --acl | --state | --flags | --local)
                    skip=1 ;;
                esac
            fi
            prev=$w
            args+=("$w")
        done
        [ -n "$file" ] && [ -f "$case/$file" ] || continue
        {
            printf '%s\n%s\n' "${args[*]}" "$SEP"
            cat "$case/$file"
            if [ -n "$topo" ] && [ -f "$case/$topo" ]; then
                printf '%s\n' "$SEP"
                sed 's/file *"[^"]*"/file "fw"/' "$case/$topo"
            fi
        } >"$out/$(name "$case")"
    done
    while IFS=$'\t' read -r file opts flow _; do
        case $file in '' | '#'*) continue ;; esac
        f=tests/capirca/out/$file
        [ -f "$f" ] || continue
        case $file in
        *.pf) fmt=pf ;; *.acl) fmt=cisco ;; *.asa) fmt=asa ;; *) fmt=iptables ;;
        esac
        [ "$opts" = - ] && opts=''
        n=$((${n:-0} + 1))
        { printf -- '-I %s %s %s\n%s\n' "$fmt" "$opts" "$flow" "$SEP"; cat "$f"; } \
            >"$out/capirca_${n}_$file"
    done <tests/capirca/traces.tsv
    ;;
*)
    echo "seeds: unknown target '$target'" >&2
    exit 2
    ;;
esac
