#!/bin/sh
# The kernel oracle: `fwlint trace` must agree with the real Linux netfilter.
#
# Three network namespaces, every one removed on exit:
#
#   client --c0==lan0--\            /--dmz0==s0-- server
#   (8 addrs on lo)     router (ip_forward=1)      (6 addrs on lo)
#          --c1==lan1--/            \--dmz1==s1--
#
# For each of ORACLE_RULESETS random iptables-save files (tests/oracle/oracle.py
# gen) loaded into the router, the client makes ORACLE_ATTEMPTS real TCP
# connection attempts (and some UDP datagrams), each bound to a source address
# and port and, with SO_BINDTODEVICE, to one of its two links, so the router's
# ingress interface is lan0 or lan1 independently of the source.  A counting
# rule per attempt in the server's raw table tells whether the SYN (or the
# datagram) arrived: that is the router's verdict on a NEW connection.
# Connection success is not used: the ruleset may well drop the replies.
# Then `$FWLINT trace FILE --in lan0|lan1 --out dmz0|dmz1 --state new tcp|udp
# SRC:SPORT DST:DPORT` must exit 0 exactly when it arrived, 1 otherwise.
# The harness first proves itself on two rulesets with known outcomes.
#
# Environment:
#   FWLINT            the binary (default ./build/fwlint)
#   ORACLE_RULESETS   number of random rulesets (default 30)
#   ORACLE_ATTEMPTS   connection attempts per ruleset (default 25)
#   ORACLE_SEED       base seed (default 1); the same seed gives the same files
#   ORACLE_WAIT       seconds the client waits after sending a batch (default 1)
#   ORACLE_UDP        share of attempts that are a UDP datagram instead of a
#                     TCP connect (default 0.2; SYN-only: 0)
#   ORACLE_IPTABLES   iptables (default: Debian's alternative, nf_tables based)
#                     or iptables-legacy; one variant is used for every
#                     namespace, never both (both would filter the packet)
#
# Skips (exit 0, "oracle: skipped: ...") when not root or when network
# namespaces cannot be made.  Exits 1 on any disagreement, 2 on a setup error.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
PY=${PYTHON:-python3}
ORACLE="$HERE/oracle.py"
RULESETS=${ORACLE_RULESETS:-30}
ATTEMPTS=${ORACLE_ATTEMPTS:-25}
SEED=${ORACLE_SEED:-1}
WAIT=${ORACLE_WAIT:-1}
UDP=${ORACLE_UDP:-0.2}
IPT=${ORACLE_IPTABLES:-iptables}
FWLINT=${FWLINT:-./build/fwlint}

say() { printf 'oracle: %s\n' "$*"; }
die() { printf 'oracle: error: %s\n' "$*" >&2; exit 2; }

if [ "$(id -u)" != 0 ]; then
	say "skipped: not root (network namespaces and iptables need root)"
	exit 0
fi
case $FWLINT in
/*) ;;
*) FWLINT=$(pwd)/$FWLINT ;;
esac
[ -x "$FWLINT" ] || die "FWLINT=$FWLINT is not an executable file (run 'make' first, or set FWLINT)"
for tool in ip timeout "$PY" "$IPT-restore" "$IPT-save"; do
	command -v "$tool" >/dev/null 2>&1 || die "$tool not found (apt-get install iproute2 coreutils python3 iptables)"
done

START=$(date +%s)
TAG=$$
NS_C=fwo-c-$TAG
NS_R=fwo-r-$TAG
NS_S=fwo-s-$TAG
WORK=$(mktemp -d "${TMPDIR:-/tmp}/fwlint-oracle.XXXXXX")
KEEP=0

cleanup() {
	rc=$?
	trap - EXIT INT TERM
	for ns in "$NS_C" "$NS_R" "$NS_S"; do
		if [ -e "/run/netns/$ns" ] || [ -e "/var/run/netns/$ns" ]; then
			timeout 20 ip netns del "$ns" 2>/dev/null ||
				printf 'oracle: warning: could not remove namespace %s\n' "$ns" >&2
		fi
	done
	if [ "$KEEP" = 1 ]; then
		say "failing rulesets kept in $WORK"
	else
		rm -rf "$WORK"
	fi
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Run a command in a namespace, never for more than 20 seconds.
nsx() {
	ns=$1
	shift
	timeout 20 ip netns exec "$ns" "$@"
}
ipn() {
	timeout 20 ip -n "$@"
}
sysctl_set() { # NS KEY VALUE   (no dependency on procps' sysctl)
	nsx "$1" sh -c "echo $3 > /proc/sys/$2"
}

# ------------------------------------------------------------ topology
# Namespaces may be unusable although we are root (a chroot, a container
# without CAP_SYS_ADMIN): then skip, saying why.
probe_netns() {
	for ns in "$NS_C" "$NS_R" "$NS_S"; do
		timeout 20 ip netns add "$ns" || return 1
	done
	nsx "$NS_R" true
}
if ! err=$(probe_netns 2>&1); then
	say "skipped: network namespaces are not usable here: $(printf '%s' "$err" | tr '\n' ' ' | cut -c1-200)"
	exit 0
fi

# veth pairs made inside the namespaces: nothing appears on the host
ipn "$NS_R" link add lan0 type veth peer name c0 netns "$NS_C"
ipn "$NS_R" link add lan1 type veth peer name c1 netns "$NS_C"
ipn "$NS_R" link add dmz0 type veth peer name s0 netns "$NS_S"
ipn "$NS_R" link add dmz1 type veth peer name s1 netns "$NS_S"

ipn "$NS_R" addr add 10.255.0.1/30 dev lan0
ipn "$NS_R" addr add 10.255.1.1/30 dev lan1
ipn "$NS_R" addr add 10.255.2.1/30 dev dmz0
ipn "$NS_R" addr add 10.255.3.1/30 dev dmz1
ipn "$NS_C" addr add 10.255.0.2/30 dev c0
ipn "$NS_C" addr add 10.255.1.2/30 dev c1
ipn "$NS_S" addr add 10.255.2.2/30 dev s0
ipn "$NS_S" addr add 10.255.3.2/30 dev s1
for ns in "$NS_C" "$NS_R" "$NS_S"; do
	ipn "$ns" link set lo up
done
for dev in lan0 lan1 dmz0 dmz1; do ipn "$NS_R" link set "$dev" up; done
for dev in c0 c1; do ipn "$NS_C" link set "$dev" up; done
for dev in s0 s1; do ipn "$NS_S" link set "$dev" up; done

# The client has a default route over each link; SO_BINDTODEVICE picks one.
ipn "$NS_C" route add default via 10.255.0.1 dev c0 metric 10
ipn "$NS_C" route add default via 10.255.1.1 dev c1 metric 20
ipn "$NS_S" route add default via 10.255.2.1 dev s0
"$PY" "$ORACLE" plan >"$WORK/plan"
while read -r kind addr dev; do
	case $kind in
	client)
		ipn "$NS_C" addr add "$addr/32" dev lo
		ipn "$NS_R" route add "$addr/32" via 10.255.0.2 dev lan0
		;;
	server)
		ipn "$NS_S" addr add "$addr/32" dev lo
		case $dev in
		dmz0) ipn "$NS_R" route add "$addr/32" via 10.255.2.2 dev dmz0 ;;
		dmz1) ipn "$NS_R" route add "$addr/32" via 10.255.3.2 dev dmz1 ;;
		*) die "bad plan line: $kind $addr $dev" ;;
		esac
		;;
	esac
done <"$WORK/plan"

# A client address arrives over lan1 although the router routes it back over
# lan0: reverse-path filtering would drop it before FORWARD.  Off everywhere
# (the effective value is the maximum of "all" and the interface's own).
for ns in "$NS_C" "$NS_R" "$NS_S"; do
	for conf in all default lo c0 c1 lan0 lan1 dmz0 dmz1 s0 s1; do
		if nsx "$ns" test -e "/proc/sys/net/ipv4/conf/$conf"; then
			sysctl_set "$ns" "net/ipv4/conf/$conf/rp_filter" 0
		fi
	done
done
sysctl_set "$NS_R" net/ipv4/ip_forward 1

# Warm the neighbour caches so that no first SYN waits for ARP.
for a in 10.255.0.1 10.255.1.1; do
	nsx "$NS_C" ping -c1 -W2 "$a" >/dev/null 2>&1 || true
done
for a in 10.255.2.1 10.255.3.1; do
	nsx "$NS_S" ping -c1 -W2 "$a" >/dev/null 2>&1 || true
done

IPT_VERSION=$(nsx "$NS_R" "$IPT" --version 2>&1 || true)
LOOSE=$(nsx "$NS_R" cat /proc/sys/net/netfilter/nf_conntrack_tcp_loose 2>/dev/null || echo '?')

# ------------------------------------------------------------ one batch
# kernel_batch RULES ATT OUT: load RULES into the router, send every attempt
# of ATT, write "IDX 0|1" (did the SYN reach the server) to OUT.
kernel_batch() {
	nsx "$NS_R" "$IPT-restore" <"$1" || die "$IPT-restore refused $1"
	"$PY" "$ORACLE" counters "$2" >"$WORK/counters"
	nsx "$NS_S" "$IPT-restore" <"$WORK/counters" || die "$IPT-restore refused the server counters"
	nsx "$NS_C" "$PY" "$ORACLE" send "$2" "$WAIT" || die "the client could not send $2"
	nsx "$NS_S" "$IPT-save" -c -t raw >"$WORK/saved" || die "$IPT-save failed in the server"
	"$PY" "$ORACLE" delivered "$2" <"$WORK/saved" >"$3" || die "cannot read the server counters"
}

USED=$WORK/used
: >"$USED"

# The harness proves itself first, on rulesets whose outcome is known.
for name in open one; do
	"$PY" "$ORACLE" sanity "$name" "$USED" "$WORK/sanity-$name.rules" \
		"$WORK/sanity-$name.att" "$WORK/sanity-$name.expect"
	kernel_batch "$WORK/sanity-$name.rules" "$WORK/sanity-$name.att" "$WORK/sanity-$name.kernel"
	if ! cmp -s "$WORK/sanity-$name.expect" "$WORK/sanity-$name.kernel"; then
		KEEP=1
		diff "$WORK/sanity-$name.expect" "$WORK/sanity-$name.kernel" >&2 || true
		die "harness self-test '$name' failed: the kernel did not deliver exactly the expected SYNs (see $WORK)"
	fi
done

# ------------------------------------------------------------ the oracle
PASS=0
FAIL=0
DELIVERED=0
NTCP=0
NUDP=0
i=1
while [ "$i" -le "$RULESETS" ]; do
	rs=$(printf 'rs%02d' "$i")
	rules=$WORK/$rs.rules
	try=0
	while :; do
		seed=$((SEED * 100000 + i * 100 + try))
		"$PY" "$ORACLE" gen "$seed" >"$rules"
		if nsx "$NS_R" "$IPT-restore" --test <"$rules" 2>"$WORK/refused"; then
			break
		fi
		say "note: $IPT-restore --test refused seed $seed, regenerating: $(head -n1 "$WORK/refused")"
		try=$((try + 1))
		[ "$try" -lt 5 ] || die "the kernel refused 5 generated rulesets in a row (generator bug?)"
	done
	"$PY" "$ORACLE" attempts "$seed" "$ATTEMPTS" "$rules" "$USED" "$UDP" >"$WORK/$rs.att"
	kernel_batch "$rules" "$WORK/$rs.att" "$WORK/$rs.kernel"

	bad=0
	while read -r idx proto src sport dst dport _cdev rin rout; do
		kern=$(sed -n "$((idx + 1))p" "$WORK/$rs.kernel")
		[ "${kern%% *}" = "$idx" ] || die "internal: attempt $idx out of step in $rs"
		kern=${kern#* }
		DELIVERED=$((DELIVERED + kern))
		case $proto in tcp) NTCP=$((NTCP + 1)) ;; *) NUDP=$((NUDP + 1)) ;; esac
		st=0
		out=$(timeout 10 "$FWLINT" trace "$rules" --in "$rin" --out "$rout" \
			--state new "$proto" "$src:$sport" "$dst:$dport" 2>&1 </dev/null) || st=$?
		want=$((1 - kern))
		if [ "$st" = "$want" ]; then
			PASS=$((PASS + 1))
		else
			FAIL=$((FAIL + 1))
			bad=1
			if [ "$kern" = 1 ]; then k="the packet arrived (ACCEPT)"; else k="it did not arrive (DROP/REJECT)"; fi
			say "MISMATCH $rules attempt $idx: $proto $src:$sport -> $dst:$dport in $rin out $rout: kernel: $k; fwlint exit $st: $out"
			say "  reproduce: $FWLINT trace $rules --in $rin --out $rout --state new $proto $src:$sport $dst:$dport"
		fi
	done <"$WORK/$rs.att"
	if [ "$bad" = 0 ]; then
		rm -f "$rules" "$WORK/$rs.att" "$WORK/$rs.kernel"
	else
		KEEP=1
	fi
	i=$((i + 1))
done

if [ "$KEEP" = 1 ]; then
	rm -f "$WORK/counters" "$WORK/saved" "$WORK/refused" "$WORK/plan" "$USED" "$WORK"/sanity-*
fi
say "$RULESETS rulesets, $((PASS + FAIL)) attempts ($NTCP TCP connects, $NUDP UDP datagrams; $DELIVERED let through by the kernel) in $(($(date +%s) - START))s; $IPT_VERSION; nf_conntrack_tcp_loose=$LOOSE"
say "$PASS passed, $FAIL failed"
[ "$FAIL" = 0 ] || exit 1
