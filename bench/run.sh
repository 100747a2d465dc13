#!/bin/sh
# make bench: the workloads of issue 14, fwlint beside the firewall's own
# loaders, one table (bench/README says more).
#
#   iptables 10k / 100k / 1M  bench/gen.py: an iptables-save dump of that
#                      many rules and its topology, a full lint
#                      (fwlint -q -t bench.topo); 10k is the reference of
#                      the time per rule at 1M
#   50 fw x 2k, 200 srv  bench/gen_multi.py: one topology of 50 iptables
#                      firewalls of 2,000 rules each and 200 Exchange servers
#   pf 50k             bench/gen_pf.py: a pf.conf of 50,000 rules after
#                      expansion, and its topology
#   cisco 20k          bench/gen_cisco.py: an IOS running-config of 20,000
#                      ACL entries, and its topology
#
# Beside fwlint, on the iptables inputs: iptables-legacy-restore --test and
# iptables-nft-restore --test (each file of the 50 in turn for the
# many-firewalls row), run interleaved with fwlint, round by round
# (bench/measure.py).  --test parses the file and builds the tables in user
# space but commits nothing; still, they run in a scratch network namespace
# (ip netns), removed on exit, so nothing of the host's firewall can be
# touched.  They need root: without it, or without ip netns, their columns
# say why they were skipped.  They must accept every generated file (exit
# 0): a failure is reported under the table and makes the bench fail.
#
# The table: medians of the rounds (wall seconds), fwlint's peak RSS (MiB),
# the loaders' medians and peaks, the ratios fwlint/loader of the same
# rounds, and the goals of issue 14 with whether this run met them.  The
# full output of fwlint's first run on each workload is kept as
# OUT/KEY.out (compare it with cmp after a change: it must not move).
#
# The inputs are generated once into OUT and kept while the generators and
# sizes stay the same (OUT/KEY/.stamp); the 1M-rule dump is 90 MB.
#
# Builds nothing (make bench depends on build/fwlint).  Environment:
#   FWLINT          the binary (default ./build/fwlint)
#   BENCH_RUNS      rounds per workload (default 5)
#   BENCH_BUDGET    seconds per workload: no new round starts that would end
#                   after it (default 60; at least one round runs), so a
#                   slow workload gets fewer rounds: the table says how many
#   BENCH_BIG_RUNS  rounds of the 1M-rule workload (default 3), and
#   BENCH_BIG_BUDGET  its budget (default 90)
#   BENCH_RULES     rules of the main dump (default 100000)
#   BENCH_SMALL_RULES, BENCH_BIG_RULES  the others (10000, 1000000)
#   BENCH_MULTI     firewalls, rules each and servers (default "50 2000 200")
#   BENCH_PF_RULES  rules the pf.conf expands to (default 50000)
#   BENCH_CISCO_ENTRIES  ACL entries in the IOS running-config (default 20000)
#   BENCH_ONLY      the workloads to run, by key (default
#                   "ipt10k ipt100k ipt1m multi pf cisco")
#   BENCH_TIMEOUT   seconds allowed per run (default 300)
#   BENCH_OUT       output folder (default bench/out, gitignored)
# Peak memory is the largest ru_maxrss of the runs (GNU time's %M when
# /usr/bin/time is GNU time, else os.wait4 from Python: see bench/measure.py).
# Exit status: 0, or 1 when fwlint or a loader failed on an input (other
# than fwlint refusing the 1M-rule dump for its input limit), 2 on a
# usage or setup error.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
PY=${PYTHON:-python3}
FWLINT=${FWLINT:-./build/fwlint}
RUNS=${BENCH_RUNS:-5}
BUDGET=${BENCH_BUDGET:-60}
BIG_RUNS=${BENCH_BIG_RUNS:-3}
BIG_BUDGET=${BENCH_BIG_BUDGET:-90}
RULES=${BENCH_RULES:-100000}
SMALL_RULES=${BENCH_SMALL_RULES:-10000}
BIG_RULES=${BENCH_BIG_RULES:-1000000}
MULTI=${BENCH_MULTI:-50 2000 200}
PF_RULES=${BENCH_PF_RULES:-50000}
CISCO_ENTRIES=${BENCH_CISCO_ENTRIES:-20000}
ONLY=${BENCH_ONLY:-ipt10k ipt100k ipt1m multi pf cisco}
TIMEOUT=${BENCH_TIMEOUT:-300}
OUT=${BENCH_OUT:-$HERE/out}

die() { printf 'bench: error: %s\n' "$*" >&2; exit 2; }

command -v "$PY" >/dev/null 2>&1 || die "$PY not found (apt-get install python3)"
[ -x "$FWLINT" ] || die "FWLINT=$FWLINT is not an executable file (run 'make' first, or set FWLINT)"
case $FWLINT in /*) ;; *) FWLINT=$(cd "$(dirname "$FWLINT")" && pwd)/$(basename "$FWLINT") ;; esac
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
case $OUT in *[[:space:]]*) die "BENCH_OUT=$OUT: a folder whose path has no spaces, please" ;; esac

# A size as the table shows it: 10000 -> 10k, 1000000 -> 1M.
human() {
	awk -v n="$1" 'BEGIN {
		if (n % 1000000 == 0) printf "%dM", n / 1000000
		else if (n % 1000 == 0) printf "%dk", n / 1000
		else printf "%d", n }'
}

wanted() { case " $ONLY " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

# gen KEY GENERATOR ARGS...: generate into OUT/KEY unless the stamp says
# the same generators made it with the same arguments.
gen() {
	key=$1 script=$2
	shift 2
	dir=$OUT/$key
	want="$(cat "$HERE"/gen*.py | sha256sum | cut -c1-16) $script $*"
	if [ -f "$dir/.stamp" ] && [ "$(cat "$dir/.stamp")" = "$want" ]; then
		return 0
	fi
	rm -rf "$dir"
	mkdir -p "$dir"
	printf 'bench: generating %s (%s %s)\n' "$key" "$script" "$*"
	timeout 900 "$PY" "$HERE/$script" "$dir" "$@" || die "bench/$script failed"
	echo "$want" >"$dir/.stamp"
}

# ---------------------------------------------------------------- loaders
# A scratch network namespace for iptables-*-restore --test, removed on
# exit whatever happens.
NS=
NSEXEC=
loaders_off=
if [ "$(id -u)" != 0 ]; then
	loaders_off="needs root"
elif ! command -v ip >/dev/null 2>&1; then
	loaders_off="no ip command (apt-get install iproute2) for a scratch network namespace"
else
	NS=fwlint-bench-$$
	if ip netns add "$NS" 2>/dev/null; then
		trap 'ip netns del "$NS" 2>/dev/null || true' EXIT
		trap 'exit 130' INT TERM HUP
		NSEXEC="ip netns exec $NS"
	else
		NS=
		loaders_off="cannot create a scratch network namespace (ip netns add)"
	fi
fi
legacy_off=$loaders_off
nft_off=$loaders_off
if [ -z "$loaders_off" ]; then
	command -v iptables-legacy-restore >/dev/null 2>&1 ||
		legacy_off="not installed (apt-get install iptables)"
	command -v iptables-nft-restore >/dev/null 2>&1 ||
		nft_off="not installed (apt-get install iptables)"
fi

# fwlint's option for the input limit, once it has one (issue 14).
BIG_OPT=
if "$FWLINT" --help 2>/dev/null | grep -q -- '--max-input-size'; then
	BIG_OPT="--max-input-size 256M"
fi

RESULTS=$OUT/results.tsv
: >"$RESULTS"
notes=$OUT/notes.txt
: >"$notes"

# measure KEY LABEL GOAL ROUNDS BUDGET TOPO [LOADER_INPUT...]
# fwlint on TOPO, and the two loaders on each LOADER_INPUT in turn (none:
# no loader columns), interleaved; appends the results to RESULTS.
measure() {
	key=$1 label=$2 goal=$3 rounds=$4 budget=$5 topo=$6
	shift 6
	inputs="$*"
	extra=
	if [ "$key" = ipt1m ]; then extra=$BIG_OPT; fi
	# shellcheck disable=SC2086
	set -- fwlint 0,1 - "$OUT/$key.out" "$FWLINT" $extra -q -t "$topo"
	if [ -n "$inputs" ]; then
		for tool in legacy nft; do
			eval "off=\$${tool}_off"
			if [ -n "$off" ]; then
				printf '%s\t%s\t%s\t%s\tskip %s\n' "$key" "$label" "$goal" "$tool" "$off" >>"$RESULTS"
				continue
			fi
			# shellcheck disable=SC2086,SC2016
			set -- "$@" --- "$tool" 0 - - sh -c \
				'l=$1; shift; for f; do "$l" --test <"$f" || exit $?; done' \
				sh "iptables-$tool-restore" $inputs
		done
	fi
	res=$($NSEXEC "$PY" "$HERE/measure.py" "$rounds" "$budget" "$TIMEOUT" -- "$@") ||
		die "bench/measure.py failed on $key"
	echo "$res" | while read -r tool status rest; do
		if [ "$status" = fail ]; then
			code=${rest%% *}
			msg=${rest#* }
			if [ "$tool" = fwlint ] && [ "$key" = ipt1m ] && [ "$code" = 2 ] &&
				echo "$msg" | grep -qi 'larger than\|input limit\|max-input-size'; then
				status=refused
				echo "$label: fwlint refused the input: $msg" >>"$notes"
			else
				echo "$label: $tool failed (exit $code): $msg" >>"$notes"
				echo 1 >"$OUT/.failed"
			fi
		fi
		printf '%s\t%s\t%s\t%s\t%s %s\n' "$key" "$label" "$goal" "$tool" "$status" "$rest" >>"$RESULTS"
	done
}

rm -f "$OUT/.failed"
# shellcheck disable=SC2086
set -- $MULTI
MULTI_FW=$1 MULTI_RULES=$2 MULTI_SERVERS=$3

wanted ipt10k && gen ipt10k gen.py "$SMALL_RULES"
wanted ipt100k && gen ipt100k gen.py "$RULES"
wanted ipt1m && gen ipt1m gen.py "$BIG_RULES"
wanted multi && gen multi gen_multi.py "$MULTI_FW" "$MULTI_RULES" "$MULTI_SERVERS"
wanted pf && gen pf gen_pf.py "$PF_RULES"
wanted cisco && gen cisco gen_cisco.py "$CISCO_ENTRIES"

printf 'bench: inputs in %s (sha256 of each workload'"'"'s files: OUT/KEY/.sha256)\n' "$OUT"
for key in $ONLY; do
	(cd "$OUT/$key" && find . -type f ! -name '.*' | LC_ALL=C sort | xargs sha256sum >.sha256)
done
if [ -n "$NS" ]; then
	printf 'bench: iptables loaders in the scratch network namespace %s\n' "$NS"
else
	printf 'bench: iptables loaders skipped: %s\n' "$loaders_off"
fi
[ -n "$BIG_OPT" ] && printf 'bench: fwlint %s on the %s dump\n' "$BIG_OPT" "$(human "$BIG_RULES")"
printf 'bench: up to %s rounds per workload within %s s (%s rounds within %s s for %s rules), fwlint and the loaders interleaved\n\n' \
	"$RUNS" "$BUDGET" "$BIG_RUNS" "$BIG_BUDGET" "$(human "$BIG_RULES")"

s=$(human "$SMALL_RULES") m=$(human "$RULES") b=$(human "$BIG_RULES")
wanted ipt10k && measure ipt10k "iptables $s" "-" "$RUNS" "$BUDGET" \
	"$OUT/ipt10k/bench.topo" "$OUT/ipt10k/bench.rules"
wanted ipt100k && measure ipt100k "iptables $m" "<=0.5x legacy, <=40MiB" "$RUNS" "$BUDGET" \
	"$OUT/ipt100k/bench.topo" "$OUT/ipt100k/bench.rules"
wanted ipt1m && measure ipt1m "iptables $b" "<=1.0x legacy, <=400MiB, per rule <=1.2x $s" \
	"$BIG_RUNS" "$BIG_BUDGET" "$OUT/ipt1m/bench.topo" "$OUT/ipt1m/bench.rules"
# shellcheck disable=SC2046
wanted multi && measure multi "$MULTI_FW fw x $(human "$MULTI_RULES"), $MULTI_SERVERS srv" "<=0.5s" \
	"$RUNS" "$BUDGET" "$OUT/multi/bench_multi.topo" $(LC_ALL=C ls "$OUT"/multi/multi/*.rules)
wanted pf && measure pf "pf $(human "$PF_RULES") expanded" "<=0.2s, <=48MiB" "$RUNS" "$BUDGET" \
	"$OUT/pf/bench_pf.topo"
wanted cisco && measure cisco "cisco $(human "$CISCO_ENTRIES")" "<=0.25s" "$RUNS" "$BUDGET" \
	"$OUT/cisco/bench_cisco.topo"

"$PY" "$HERE/table.py" "$RESULTS"
if [ -s "$notes" ]; then
	echo
	cat "$notes"
fi
case " $ONLY " in *" ipt1m "*) [ "$BIG_RUNS" -lt "$RUNS" ] &&
	printf '(%s rules: at most %s rounds, to keep make bench within minutes)\n' "$(human "$BIG_RULES")" "$BIG_RUNS" ;; esac
[ -n "$legacy_off$nft_off" ] && printf 'loaders: legacy %s; nft %s\n' "${legacy_off:-ran}" "${nft_off:-ran}"
if [ -f "$OUT/.failed" ]; then
	rm -f "$OUT/.failed"
	exit 1
fi
exit 0
