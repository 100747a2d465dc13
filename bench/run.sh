#!/bin/sh
# make bench: fwlint against a deterministic 100,000-rule iptables-save dump
# and its topology, beside iptables-legacy-restore --test on the same file;
# and fwlint against a deterministic pf.conf whose macros and lists expand
# to 50,000 rules, with a topology of the same style (bench/gen_pf.py);
# and fwlint against a deterministic 2 MB IOS running-config with 20,000
# ACL entries and its topology (bench/gen_cisco.py).
#
# Builds nothing (make bench depends on build/fwlint).  Environment:
#   FWLINT          the binary (default ./build/fwlint)
#   BENCH_RUNS      runs per tool (default 5); the median wall time is shown
#   BENCH_RULES     rules in the dump (default 100000)
#   BENCH_PF_RULES  rules the pf.conf expands to (default 50000)
#   BENCH_CISCO_ENTRIES  ACL entries in the IOS running-config (default 20000)
#   BENCH_TIMEOUT   seconds allowed per run (default 300)
#   BENCH_OUT       output folder (default bench/out, gitignored)
# Peak memory is the largest ru_maxrss of the runs (GNU time's %M when
# /usr/bin/time is GNU time, else os.wait4 from Python: see bench/measure.py).
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
PY=${PYTHON:-python3}
FWLINT=${FWLINT:-./build/fwlint}
RUNS=${BENCH_RUNS:-5}
RULES=${BENCH_RULES:-100000}
PF_RULES=${BENCH_PF_RULES:-50000}
CISCO_ENTRIES=${BENCH_CISCO_ENTRIES:-20000}
TIMEOUT=${BENCH_TIMEOUT:-300}
OUT=${BENCH_OUT:-$HERE/out}

die() { printf 'bench: error: %s\n' "$*" >&2; exit 2; }

command -v "$PY" >/dev/null 2>&1 || die "$PY not found (apt-get install python3)"
[ -x "$FWLINT" ] || die "FWLINT=$FWLINT is not an executable file (run 'make' first, or set FWLINT)"

mkdir -p "$OUT"
timeout 300 "$PY" "$HERE/gen.py" "$OUT" "$RULES" || die "bench/gen.py failed"
sum=$(cd "$OUT" && sha256sum bench.rules bench.topo | cut -c1-12 | tr '\n' ' ')
printf 'bench: %s rules in %s/bench.rules, topology %s/bench.topo (sha256 %s)\n' \
	"$RULES" "$OUT" "$OUT" "${sum% }"
timeout 300 "$PY" "$HERE/gen_pf.py" "$OUT" "$PF_RULES" || die "bench/gen_pf.py failed"
sum=$(cd "$OUT" && sha256sum bench_pf.conf bench_pf.topo | cut -c1-12 | tr '\n' ' ')
printf 'bench: %s pf rules after expansion in %s/bench_pf.conf, topology %s/bench_pf.topo (sha256 %s)\n' \
	"$PF_RULES" "$OUT" "$OUT" "${sum% }"
timeout 300 "$PY" "$HERE/gen_cisco.py" "$OUT" "$CISCO_ENTRIES" || die "bench/gen_cisco.py failed"
sum=$(cd "$OUT" && sha256sum bench_cisco.cfg bench_cisco.topo | cut -c1-12 | tr '\n' ' ')
size=$(wc -c <"$OUT/bench_cisco.cfg")
printf 'bench: %s ACL entries in %s/bench_cisco.cfg (%s bytes), topology %s/bench_cisco.topo (sha256 %s)\n' \
	"$CISCO_ENTRIES" "$OUT" "${size## }" "$OUT" "${sum% }"
printf 'bench: %s runs each\n\n' "$RUNS"

row() { # LABEL "MEDIAN RSS_KIB CODES METHOD"
	# shellcheck disable=SC2086
	set -- "$1" $2
	awk -v l="$1" -v w="$2" -v r="$3" -v m="$5" -v c="$4" \
		'BEGIN { printf "%-44s %9.3f s %9.1f MiB   %-8s %s\n", l, w, r / 1024, m, c }'
}
printf '%-44s %11s %13s   %-8s %s\n' "command" "median wall" "peak RSS" "rss via" "exit statuses"

# fwlint exits 0 or 1 by its findings; 2 is an error.
res=$("$PY" "$HERE/measure.py" "$RUNS" "$TIMEOUT" 0,1 - -- \
	"$FWLINT" -q -t "$OUT/bench.topo") || die "fwlint failed on the benchmark (exit status 2 or a timeout)"
row "fwlint -q -t bench.topo" "$res"

if [ "$(id -u)" != 0 ]; then
	printf '%-44s skipped: needs root\n' "iptables-legacy-restore --test bench.rules"
elif ! command -v iptables-legacy-restore >/dev/null 2>&1; then
	printf '%-44s skipped: not installed (apt-get install iptables)\n' "iptables-legacy-restore --test bench.rules"
else
	# --test parses the file and builds the table blob in user space but
	# commits nothing: the running firewall is not touched.
	if res=$("$PY" "$HERE/measure.py" "$RUNS" "$TIMEOUT" 0 "$OUT/bench.rules" -- \
		iptables-legacy-restore --test); then
		row "iptables-legacy-restore --test bench.rules" "$res"
	else
		printf '%-44s skipped: it failed here (no ip_tables support in this kernel?)\n' \
			"iptables-legacy-restore --test bench.rules"
	fi
fi

# pf: only once the pf front end is wired into fwlint (until then -I pf
# is refused with exit status 2).
probe=$(mktemp) || die "mktemp failed"
if ! "$FWLINT" -q -I pf "$probe" >/dev/null 2>&1; then
	rm -f "$probe"
	printf '%-44s skipped: this fwlint has no pf front end\n' "fwlint -q -t bench_pf.topo"
else
	rm -f "$probe"
	res=$("$PY" "$HERE/measure.py" "$RUNS" "$TIMEOUT" 0,1 - -- \
		"$FWLINT" -q -t "$OUT/bench_pf.topo") || die "fwlint failed on the pf benchmark (exit status 2 or a timeout)"
	row "fwlint -q -t bench_pf.topo" "$res"
fi

# Cisco IOS: only once the Cisco front end is wired into fwlint (until then
# -I cisco is refused with exit status 2).
probe=$(mktemp) || die "mktemp failed"
if ! "$FWLINT" -q -I cisco "$probe" >/dev/null 2>&1; then
	rm -f "$probe"
	printf '%-44s skipped: this fwlint has no Cisco front end\n' "fwlint -q -t bench_cisco.topo"
else
	rm -f "$probe"
	res=$("$PY" "$HERE/measure.py" "$RUNS" "$TIMEOUT" 0,1 - -- \
		"$FWLINT" -q -t "$OUT/bench_cisco.topo") || die "fwlint failed on the Cisco benchmark (exit status 2 or a timeout)"
	row "fwlint -q -t bench_cisco.topo" "$res"
	res=$("$PY" "$HERE/measure.py" "$RUNS" "$TIMEOUT" 0,1 - -- \
		"$FWLINT" -q -I cisco "$OUT/bench_cisco.cfg") || die "fwlint failed on the Cisco file alone (exit status 2 or a timeout)"
	row "fwlint -q -I cisco bench_cisco.cfg" "$res"
fi
