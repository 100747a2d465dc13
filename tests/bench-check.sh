#!/bin/sh
# make bench-check: a slowdown is a failing test.  Counts the instructions
# of each phase of a full lint with callgrind (valgrind --tool=callgrind)
# and compares them with the committed baseline, bench/baseline.tsv; fails
# when a phase grows by more than 10%.  Instruction counts, unlike wall
# time, do not depend on what else the machine is doing: under valgrind
# (which runs the threads one at a time, in an order of its own) they are
# the same on every run of the same binary on the same input.
#
# The input is fixed: bench/gen.py 10000 (a 10,000-rule iptables-save dump
# and its topology, the same bytes on every run), written into the build
# folder at test time; nothing large is committed.  fwlint runs on it as
# `fwlint --no-config -q -t bench.topo`, from that folder, under
# `setarch -R` (no address randomisation) with an empty environment, so
# that nothing of the host or the checkout's path changes the count.
#
# A phase is the inclusive instruction count of a function of fwlint
# (bench/cgphases.py reads the profile; the counts are summed over every
# thread: the checks of a file run on a second one, src/cli/lint.c, and
# over-permissive words its findings on several, word_part in
# src/checks/excess.c), and "total" is the count of the whole run.  PHASES below lists them; each
# must be a function of the build (a function inlined at every call
# disappears from the profile, and the script then stops, naming it).
#
# Exit status: 0 no phase grew by more than BENCH_CHECK_LIMIT percent (or
# SKIP: valgrind is not installed, fwlint is a sanitizer build, which
# valgrind cannot run, or another compiler built it); 1 one did; 2 the test itself failed (no baseline,
# a phase missing from the profile, another input than the baseline's).
#
# Environment:
#   FWLINT               the binary (default ./build/fwlint; make sets it)
#   UPDATE=1             write the counts of this run as the new baseline
#                        (bench/baseline.tsv) instead of comparing: after a
#                        change that makes fwlint faster, or on purpose
#                        slower, run `make bench-check UPDATE=1` and commit
#                        bench/baseline.tsv with the change
#   BENCH_CHECK_LIMIT    allowed growth per phase in percent (default 10)
#   BENCH_CHECK_MIN      growth in instructions below which a phase never
#                        fails, however small it is (default 20000: about
#                        10 microseconds; it keeps the tiny topology checks,
#                        a few thousand instructions each, from failing on
#                        a change of a few dozen instructions)
#   BENCH_CHECK_RUNS     profiles to take (default 1); with more, the median
#                        of each phase is compared and the spread printed
#
# The baseline is of one compiler, C library and valgrind (its header says
# which).  A build by another compiler (name and version: clang, or another
# gcc release) is a SKIP: its code differs by more than 10% without any
# change to fwlint.  Another C library or valgrind: a note says so.
set -eu

cd "$(dirname "$0")/.."
ROOT=$PWD
FWLINT=${FWLINT:-$ROOT/build/fwlint}
BASELINE=$ROOT/bench/baseline.tsv
LIMIT=${BENCH_CHECK_LIMIT:-10}
MIN=${BENCH_CHECK_MIN:-20000}
RUNS=${BENCH_CHECK_RUNS:-1}
RULES=10000
PY=${PYTHON:-python3}
PHASES="topo_load topo_flows topo_paths fwload_open eval_new checks_run
check_flows check_over_permissive check_shadowed check_unresolved
check_rfc1006 check_versions check_port_clash check_dynamic_rpc
report_finish report_write_text word_part"

die() { printf 'bench-check: error: %s\n' "$*" >&2; exit 2; }

if ! command -v valgrind >/dev/null 2>&1; then
	echo "bench-check: SKIP: valgrind is not installed (apt-get install valgrind; tools/install-deps --test installs it)"
	exit 0
fi
command -v "$PY" >/dev/null 2>&1 || die "$PY not found (apt-get install python3)"
[ -x "$FWLINT" ] || die "FWLINT=$FWLINT is not an executable file (run 'make' first)"
case $FWLINT in /*) ;; *) FWLINT=$ROOT/$FWLINT ;; esac
if nm "$FWLINT" 2>/dev/null | grep -q '__asan_init\|__tsan_init\|__msan_init'; then
	echo "bench-check: SKIP: $FWLINT is a sanitizer build, which valgrind cannot run (and whose counts mean nothing)"
	exit 0
fi

# The compiler that built fwlint, as it signed the binary (.comment): its
# name and version, without the distribution's revision.  A clang build
# also carries gcc's signature (from the C library's start files).
comment=$(readelf -p .comment "$FWLINT" 2>/dev/null || true)
cc_version=$(echo "$comment" | sed -n 's/.*clang version \([0-9][0-9.]*\).*/clang \1/p' | head -n 1)
[ -n "$cc_version" ] ||
	cc_version=$(echo "$comment" | sed -n 's/.*GCC: .*) \([0-9][0-9.]*\).*/gcc \1/p' | head -n 1)
[ -n "$cc_version" ] || cc_version=unknown
# Another compiler (make B=build-clang CC=clang check) lays out other code:
# its counts differ by more than 10% without any change to fwlint (and
# valgrind 3.19 cannot read clang 14's DWARF 5).
if [ "${UPDATE:-0}" != 1 ] && [ -f "$BASELINE" ]; then
	base_cc=$(sed -n 's/^# compiler\t//p' "$BASELINE")
	if [ "$base_cc" != "$cc_version" ]; then
		echo "bench-check: SKIP: $FWLINT was built by $cc_version, the baseline by $base_cc: make bench-check UPDATE=1 takes one of its own (do not commit it)"
		exit 0
	fi
fi

WORK=$(dirname "$FWLINT")/bench-check
rm -rf "$WORK"
mkdir -p "$WORK"
timeout 120 "$PY" "$ROOT/bench/gen.py" "$WORK" "$RULES" || die "bench/gen.py failed"
input=$(cd "$WORK" && cat bench.rules bench.topo | sha256sum | cut -c1-16)

# No address randomisation where the kernel lets us turn it off (a
# container may refuse the personality call).
NORAND=
if setarch -R true 2>/dev/null; then NORAND="setarch -R"; fi

i=1
while [ "$i" -le "$RUNS" ]; do
	# shellcheck disable=SC2086
	(cd "$WORK" && env -i PATH=/usr/bin:/bin LC_ALL=C $NORAND \
		valgrind -q --tool=callgrind --callgrind-out-file="$WORK/callgrind.$i" \
		"$FWLINT" --no-config -q -t bench.topo >"$WORK/report.$i" 2>"$WORK/stderr.$i") &&
		status=0 || status=$?
	if [ "$status" -gt 1 ]; then
		cat "$WORK/stderr.$i" >&2
		die "fwlint under callgrind exited $status (0 or 1 expected)"
	fi
	if [ ! -s "$WORK/callgrind.$i" ]; then
		tail -n 5 "$WORK/stderr.$i" >&2
		die "valgrind wrote no profile of $FWLINT (its messages above; all of them in $WORK/stderr.$i)"
	fi
	# shellcheck disable=SC2086
	"$PY" "$ROOT/bench/cgphases.py" "$WORK/callgrind.$i" $PHASES >"$WORK/phases.$i" ||
		die "a phase of PHASES in tests/bench-check.sh is not a function of $FWLINT any more: rename it there (and in the baseline, UPDATE=1)"
	i=$((i + 1))
done

libc_version=$( (ldd --version 2>/dev/null || echo unknown) | head -n 1)
vg_version=$(valgrind --version)

# The median of each phase over the runs, and its spread (max - min).
"$PY" - "$RUNS" "$WORK" >"$WORK/phases" <<'EOF'
import statistics, sys
runs, work = int(sys.argv[1]), sys.argv[2]
counts = {}
order = []
for i in range(1, runs + 1):
    with open(f"{work}/phases.{i}") as f:
        for line in f:
            name, n = line.split()
            if name not in counts:
                counts[name] = []
                order.append(name)
            counts[name].append(int(n))
for name in order:
    v = counts[name]
    print(name, int(statistics.median(v)), max(v) - min(v))
EOF

if [ "${UPDATE:-0}" = 1 ]; then
	{
		echo "# bench-check baseline (tests/bench-check.sh): inclusive instruction"
		echo "# counts (callgrind Ir, every thread) of a full lint of bench/gen.py $RULES,"
		echo "# fwlint --no-config -q -t bench.topo.  Rewrite: make bench-check UPDATE=1"
		echo "# input	$input"
		echo "# compiler	$cc_version"
		echo "# libc	$libc_version"
		echo "# valgrind	$vg_version"
		printf 'phase\tinstructions\n'
		awk '{ printf "%s\t%s\n", $1, $2 }' "$WORK/phases"
	} >"$BASELINE.tmp"
	mv "$BASELINE.tmp" "$BASELINE"
	echo "bench-check: wrote $BASELINE ($RUNS run(s)); commit it with the change it measures"
	awk '{ printf "  %-24s %14s\n", $1, $2 }' "$WORK/phases"
	exit 0
fi

[ -f "$BASELINE" ] || die "no baseline $BASELINE: make bench-check UPDATE=1 writes one"
base_input=$(sed -n 's/^# input\t//p' "$BASELINE")
[ "$base_input" = "$input" ] ||
	die "the input is not the baseline's (bench/gen.py changed? input $input, baseline $base_input): make bench-check UPDATE=1 rewrites the baseline"
for what in libc valgrind; do
	case $what in
	libc) now=$libc_version ;;
	valgrind) now=$vg_version ;;
	esac
	then_=$(sed -n "s/^# $what\t//p" "$BASELINE")
	[ "$then_" = "$now" ] ||
		printf 'bench-check: note: the baseline was taken with another %s (%s; here %s): counts may differ without any change to fwlint\n' \
			"$what" "$then_" "$now"
done

awk -v limit="$LIMIT" -v min="$MIN" -v runs="$RUNS" '
	FNR == NR {
		if ($0 !~ /^#/ && $1 != "phase") base[$1] = $2
		next
	}
	{
		name = $1; now = $2; spread = $3
		order[++n] = name
		cur[name] = now; spr[name] = spread
	}
	END {
		printf "%-24s %14s %14s %9s  %s\n", "phase", "baseline", "now", "change", "verdict"
		bad = 0; better = 0; missing = 0
		for (i = 1; i <= n; i++) {
			name = order[i]
			if (!(name in base)) {
				printf "%-24s %14s %14d %9s  %s\n", name, "-", cur[name], "", "NOT IN BASELINE"
				missing++
				continue
			}
			b = base[name]; c = cur[name]
			pct = b > 0 ? 100 * (c - b) / b : (c > 0 ? 100 : 0)
			verdict = ""
			if (c - b > b * limit / 100 && c - b >= min) {
				verdict = "SLOWER (over " limit "%)"; bad++
			} else if (b - c > b * limit / 100 && b - c >= min) {
				verdict = "faster"; better++
			} else if (c > b * (1 + limit / 100)) {
				verdict = "(under " min " instructions: ignored)"
			}
			printf "%-24s %14d %14d %+8.1f%%  %s\n", name, b, c, pct, verdict
		}
		for (name in base)
			if (!(name in cur))
				printf "%-24s %14d %14s %9s  %s\n", name, base[name], "-", "", "(no longer measured)"
		if (runs > 1) {
			maxspread = 0
			for (i = 1; i <= n; i++) if (spr[order[i]] > maxspread) maxspread = spr[order[i]]
			printf "\nspread over %d runs (max - min, largest of any phase): %d instructions\n", runs, maxspread
		}
		if (better)
			printf "\n%d phase(s) more than %s%% faster: make bench-check UPDATE=1 and commit bench/baseline.tsv to keep that gain\n", better, limit
		if (missing) {
			printf "\nbench-check: FAIL: %d phase(s) not in the baseline: make bench-check UPDATE=1\n", missing
			exit 2
		}
		if (bad) {
			printf "\nbench-check: FAIL: %d phase(s) grew by more than %s%% (profiles in the build folder, bench-check/callgrind.*; callgrind_annotate --inclusive=yes shows where)\n", bad, limit
			exit 1
		}
		printf "\nbench-check: ok: no phase grew by more than %s%%\n", limit
	}' "$BASELINE" "$WORK/phases"
