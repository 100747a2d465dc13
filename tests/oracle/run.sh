#!/bin/sh
# The kernel oracle: `fwlint trace` must agree with the real Linux netfilter.
#
# Three network namespaces, dual-stack (IPv4 and IPv6 on the same links),
# every one removed on exit:
#
#   client --c0==lan0--\            /--dmz0==s0-- server
#   (8+8 addrs on lo)   router (forwarding on)     (6+6 addrs on lo)
#          --c1==lan1--/            \--dmz1==s1--
#
# For each of ORACLE_RULESETS random iptables-save files and ORACLE_RULESETS6
# random ip6tables-save files (tests/oracle/oracle.py gen) loaded into the
# router, the client makes ORACLE_ATTEMPTS real TCP connection attempts (and
# some UDP datagrams and ICMP echo requests), each bound to a source address
# and port and, by a socket mark and policy routing, sent over one of its
# two links, so the router's ingress interface is lan0 or lan1 independently
# of the source.  A counting rule per attempt in the server's raw table tells
# whether the first packet arrived: that is ACCEPT.  One that did not arrive
# is REJECT when the client's socket got an error back (a TCP reset or an
# ICMP error, within ORACLE_WAIT seconds), DROP when it got nothing.  Then
# `$FWLINT trace FILE --in lan0|lan1 --out dmz0|dmz1 --state new PROTO
# SRC:SPORT DST:DPORT` must print that verdict, exit 0 for ACCEPT and 1
# otherwise, and for REJECT name a rule whose --reject-with gives the error
# the client got.  The server listens and answers (oracle.py serve), and
# the replies take the links the first packet took ("The way back"), so
# each connection completes or not as the kernel's rules say: `$FWLINT
# trace ... --connect` must say OPEN for a TCP connection the server
# accepted, a UDP datagram it answered or an echo that was answered, and
# CLOSED otherwise.  Every rule that `$FWLINT -q FILE` reports as
# shadowed-rule must have counted no packet in the router
# (iptables-save -c).  A file that the kernel refuses must be a parse-error
# for fwlint too.  The harness first proves itself, per family, on three
# rulesets with known outcomes, one of them with every --reject-with name.
#
# Last, the NAT mode (run_nat): ORACLE_NAT_RULESETS IPv4 and
# ORACLE_NAT_RULESETS6 IPv6 files with the tables raw, mangle, nat and
# filter (oracle.py gen-nat), attempts aimed at public addresses the router
# owns and DNATs, and where each first packet was delivered (a server's
# address, port and the source it saw, the router itself, or nowhere),
# observed with counting rules in the servers' raw tables and the router's
# security table, against `$FWLINT trace ... --local ROUTER-ADDRESSES`
# (tests/oracle/README.md, "The NAT mode").
#
# Environment:
#   FWLINT            the binary (default ./build/fwlint)
#   ORACLE_RULESETS   number of random IPv4 rulesets (default 30)
#   ORACLE_RULESETS6  number of random IPv6 rulesets (default 12)
#   ORACLE_ATTEMPTS   connection attempts per ruleset (default 25)
#   ORACLE_SEED       base seed (default 1); the same seed gives the same files
#   ORACLE_WAIT       seconds the client waits after sending a batch (default 1)
#   ORACLE_UDP        share of attempts that are a UDP datagram (default 0.2)
#   ORACLE_ICMP       share that are an ICMP echo request (default 0.08)
#   ORACLE_NAT_RULESETS  number of random IPv4 files with all four tables
#                     (raw, mangle, nat, filter) for the NAT mode, run last
#                     (default 40; ORACLE_ATTEMPTS attempts each, traced
#                     with fwlint trace --local ... and --connect)
#   ORACLE_NAT_RULESETS6 the same with ip6tables files (default 8)
#   ORACLE_NAT_CTSTATE 1: the NAT files also match --ctstate DNAT/SNAT
#                     (default 0)
#   ORACLE_RECORD     a file to which the NAT mode appends the kernel's
#                     outcome of every attempt (two runs with one seed must
#                     record the same lines)
#   ORACLE_IPTABLES   iptables (default: Debian's alternative, nf_tables based)
#                     or iptables-legacy; one variant is used for every
#                     namespace, never both (both would filter the packet);
#                     the IPv6 tool is the same variant of ip6tables
#
# Skips (exit 0, "oracle: skipped: ...") when not root or when network
# namespaces cannot be made.  Exits 1 on any disagreement, 2 on a setup error
# (IPv6 that does not work is one: set ORACLE_RULESETS6=0 to go without).
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
PY=${PYTHON:-python3}
ORACLE="$HERE/oracle.py"
RULESETS=${ORACLE_RULESETS:-30}
RULESETS6=${ORACLE_RULESETS6:-12}
NAT_RULESETS=${ORACLE_NAT_RULESETS:-40}
NAT_RULESETS6=${ORACLE_NAT_RULESETS6:-8}
NAT_CTSTATE=${ORACLE_NAT_CTSTATE:-0}
# the namespaces carry IPv6 when a mode uses it
V6=0
if [ "$RULESETS6" -gt 0 ] || [ "$NAT_RULESETS6" -gt 0 ]; then V6=1; fi
ATTEMPTS=${ORACLE_ATTEMPTS:-25}
SEED=${ORACLE_SEED:-1}
WAIT=${ORACLE_WAIT:-1}
UDP=${ORACLE_UDP:-0.2}
ICMP=${ORACLE_ICMP:-0.08}
IPT=${ORACLE_IPTABLES:-iptables}
IPT6=$(printf '%s' "$IPT" | sed 's/iptables/ip6tables/')
FWLINT=${FWLINT:-./build/fwlint}

say() { printf 'oracle: %s\n' "$*"; }
# oracle.py uses the standard library only: -S spares the start of site
# (its .pth files can take longer than the work)
ora() { "$PY" -S "$ORACLE" "$@"; }
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
for tool in ip timeout "$PY" "$IPT-restore" "$IPT-save" "$IPT6-restore" "$IPT6-save"; do
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
	nsx "$1" sh -c "echo '$3' > /proc/sys/$2"
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

# No duplicate address detection: an address must work at once, and DAD
# would hold it "tentative" for a second.  Set before the links exist, so
# that every link (and its link-local address) inherits it.
if [ "$V6" = 1 ]; then
	for ns in "$NS_C" "$NS_R" "$NS_S"; do
		nsx "$ns" test -e /proc/sys/net/ipv6/conf/default ||
			die "IPv6 is not available in a network namespace (set ORACLE_RULESETS6=0 to test IPv4 only)"
		for conf in all default; do
			sysctl_set "$ns" "net/ipv6/conf/$conf/accept_dad" 0
			sysctl_set "$ns" "net/ipv6/conf/$conf/disable_ipv6" 0
		done
	done
fi

# veth pairs made inside the namespaces: nothing appears on the host
ipn "$NS_R" link add lan0 type veth peer name c0 netns "$NS_C"
ipn "$NS_R" link add lan1 type veth peer name c1 netns "$NS_C"
ipn "$NS_R" link add dmz0 type veth peer name s0 netns "$NS_S"
ipn "$NS_R" link add dmz1 type veth peer name s1 netns "$NS_S"

# link  router-dev router-v4 router-v6  peer-ns peer-dev peer-v4 peer-v6
LINKS="lan0 10.255.0.1 fd00:255:0::1 $NS_C c0 10.255.0.2 fd00:255:0::2
lan1 10.255.1.1 fd00:255:1::1 $NS_C c1 10.255.1.2 fd00:255:1::2
dmz0 10.255.2.1 fd00:255:2::1 $NS_S s0 10.255.2.2 fd00:255:2::2
dmz1 10.255.3.1 fd00:255:3::1 $NS_S s1 10.255.3.2 fd00:255:3::2"
printf '%s\n' "$LINKS" | while read -r rdev r4 r6 pns pdev p4 p6; do
	ipn "$NS_R" addr add "$r4/30" dev "$rdev"
	ipn "$pns" addr add "$p4/30" dev "$pdev"
	if [ "$V6" = 1 ]; then
		ipn "$NS_R" -6 addr add "$r6/64" dev "$rdev" nodad
		ipn "$pns" -6 addr add "$p6/64" dev "$pdev" nodad
	fi
	ipn "$NS_R" link set "$rdev" up
	ipn "$pns" link set "$pdev" up
done
for ns in "$NS_C" "$NS_R" "$NS_S"; do
	ipn "$ns" link set lo up
done

# The client routes by socket mark (oracle.py MARKS): 10 over c0, 11 over
# c1.  Unmarked traffic (a ping below) takes c0.
ipn "$NS_C" route add default via 10.255.0.1 dev c0
ipn "$NS_C" route add default via 10.255.0.1 dev c0 table 10
ipn "$NS_C" route add default via 10.255.1.1 dev c1 table 11
ipn "$NS_C" rule add fwmark 10 lookup 10 pref 100
ipn "$NS_C" rule add fwmark 11 lookup 11 pref 101
ipn "$NS_S" route add default via 10.255.2.1 dev s0
# The way back: a connection's replies and its later packets must cross
# the router over the links its first packet took, as `fwlint trace
# --connect` assumes (a reply comes in where the opening went out, and
# leaves where it came in).  The server answers from a dmz1 address over
# s1 (a rule per address, below); the router marks each connection by the
# client link it came in on (mangle, CONNMARK: way_back) and routes its
# replies by that mark.
ipn "$NS_S" route add default via 10.255.3.1 dev s1 table 21
ipn "$NS_R" route add default via 10.255.0.2 dev lan0 table 10
ipn "$NS_R" route add default via 10.255.1.2 dev lan1 table 11
ipn "$NS_R" rule add fwmark 10 lookup 10 pref 100
ipn "$NS_R" rule add fwmark 11 lookup 11 pref 101
if [ "$V6" = 1 ]; then
	ipn "$NS_S" -6 route add default via fd00:255:3::1 dev s1 table 21
	ipn "$NS_R" -6 route add default via fd00:255:0::2 dev lan0 table 10
	ipn "$NS_R" -6 route add default via fd00:255:1::2 dev lan1 table 11
	ipn "$NS_R" -6 rule add fwmark 10 lookup 10 pref 100
	ipn "$NS_R" -6 rule add fwmark 11 lookup 11 pref 101
fi
if [ "$V6" = 1 ]; then
	ipn "$NS_C" -6 route add default via fd00:255:0::1 dev c0
	ipn "$NS_C" -6 route add default via fd00:255:0::1 dev c0 table 10
	ipn "$NS_C" -6 route add default via fd00:255:1::1 dev c1 table 11
	ipn "$NS_C" -6 rule add fwmark 10 lookup 10 pref 100
	ipn "$NS_C" -6 rule add fwmark 11 lookup 11 pref 101
	ipn "$NS_S" -6 route add default via fd00:255:2::1 dev s0
fi
for fam in 4 6; do
	if [ "$fam" = 6 ] && [ "$V6" = 0 ]; then continue; fi
	if [ "$fam" = 4 ]; then
		via_c=10.255.0.2 via_s0=10.255.2.2 via_s1=10.255.3.2 len=32
	else
		via_c=fd00:255:0::2 via_s0=fd00:255:2::2 via_s1=fd00:255:3::2 len=128
	fi
	ora plan "$fam" >"$WORK/plan"
	while read -r kind addr dev; do
		case $kind in
		client)
			ipn "$NS_C" "-$fam" addr add "$addr/$len" dev lo
			ipn "$NS_R" "-$fam" route add "$addr/$len" via "$via_c" dev lan0
			;;
		server)
			ipn "$NS_S" "-$fam" addr add "$addr/$len" dev lo
			case $dev in
			dmz0) ipn "$NS_R" "-$fam" route add "$addr/$len" via "$via_s0" dev dmz0 ;;
			dmz1)
				ipn "$NS_R" "-$fam" route add "$addr/$len" via "$via_s1" dev dmz1
				# its answers leave over s1 too (the way back)
				ipn "$NS_S" "-$fam" rule add from "$addr" lookup 21 pref 100
				;;
			*) die "bad plan line: $kind $addr $dev" ;;
			esac
			;;
		esac
	done <"$WORK/plan"
done
# A hairpin DNAT without SNAT brings the client's own source address back
# to the client namespace over c0, which IPv4 drops as a martian unless
# accept_local is on; the LAN server then answers the client directly,
# as a LAN host would.
if [ "$NAT_RULESETS" -gt 0 ]; then
	sysctl_set "$NS_C" net/ipv4/conf/c0/accept_local 1
fi

# The NAT mode's addresses (oracle.py NATPLANS): its clients sit behind one
# link each (the router routes each back over it, the client picks the link
# by source address), so replies take the way back without marks and the
# mangle table is the generated files'; the public addresses the router
# owns (DNAT turns them into server addresses); a second address on lan0
# and dmz0 after the first (REDIRECT and MASQUERADE take the first).
for fam in 4 6; do
	if [ "$fam" = 4 ]; then
		[ "$NAT_RULESETS" -gt 0 ] || continue
		len=32 nodad='' via0=10.255.0.2 via1=10.255.1.2
	else
		[ "$NAT_RULESETS6" -gt 0 ] || continue
		len=128 nodad=nodad via0=fd00:255:0::2 via1=fd00:255:1::2
	fi
	ora plan-nat "$fam" >"$WORK/plan"
	while read -r kind addr dev; do
		case $kind in
		client)
			ipn "$NS_C" "-$fam" addr add "$addr/$len" dev lo $nodad
			case $dev in
			lan0) via=$via0 tbl=10 ;;
			lan1) via=$via1 tbl=11 ;;
			*) die "bad plan line: $kind $addr $dev" ;;
			esac
			ipn "$NS_R" "-$fam" route add "$addr/$len" via "$via" dev "$dev"
			ipn "$NS_C" "-$fam" rule add from "$addr" lookup "$tbl" pref 90
			;;
		public) ipn "$NS_R" "-$fam" addr add "$addr/$len" dev lo $nodad ;;
		lanserver)
			# a server among the clients (a hairpin DNAT's target)
			ipn "$NS_C" "-$fam" addr add "$addr/$len" dev lo $nodad
			ipn "$NS_R" "-$fam" route add "$addr/$len" via "$via0" dev lan0
			ipn "$NS_C" "-$fam" rule add from "$addr" lookup 10 pref 90
			;;
		secondary) ipn "$NS_R" "-$fam" addr add "$addr" dev "$dev" $nodad ;;
		*) die "bad plan line: $kind $addr $dev" ;;
		esac
	done <"$WORK/plan"
done

# A client address arrives over lan1 although the router routes it back over
# lan0: reverse-path filtering would drop it before FORWARD.  Off everywhere
# (the effective value is the maximum of "all" and the interface's own).
# IPv6 has no rp_filter outside netfilter.
for ns in "$NS_C" "$NS_R" "$NS_S"; do
	for conf in all default lo c0 c1 lan0 lan1 dmz0 dmz1 s0 s1; do
		if nsx "$ns" test -e "/proc/sys/net/ipv4/conf/$conf"; then
			sysctl_set "$ns" "net/ipv4/conf/$conf/rp_filter" 0
		fi
	done
done
sysctl_set "$NS_R" net/ipv4/ip_forward 1
# A SYN with the SYN flag alone, as `fwlint trace --state new` assumes: no
# ECN negotiation (tcp_ecn 1 would add ECE and CWR)
sysctl_set "$NS_C" net/ipv4/tcp_ecn 0
# The REJECT answers are ICMP errors, which the kernel rate-limits per
# destination (icmp_ratelimit, ipv6 icmp/ratelimit) and in all
# (icmp_msgs_per_sec): a batch of them to one client would lose some and
# make a REJECT look like a DROP.  No limit in the router.
sysctl_set "$NS_R" net/ipv4/icmp_ratelimit 0
sysctl_set "$NS_R" net/ipv4/icmp_ratemask 0
if nsx "$NS_R" test -w /proc/sys/net/ipv4/icmp_msgs_per_sec; then
	sysctl_set "$NS_R" net/ipv4/icmp_msgs_per_sec 1000000
	sysctl_set "$NS_R" net/ipv4/icmp_msgs_burst 1000000
fi
if [ "$V6" = 1 ]; then
	sysctl_set "$NS_R" net/ipv6/conf/all/forwarding 1
	sysctl_set "$NS_R" net/ipv6/icmp/ratelimit 0
	if nsx "$NS_R" test -e /proc/sys/net/ipv6/icmp/ratemask; then
		sysctl_set "$NS_R" net/ipv6/icmp/ratemask ""
	fi
fi

# Warm the neighbour caches so that no first packet waits for ARP or
# neighbour discovery, and prove that the links work: an echo request to
# the router over every link must be answered.
for ns in "$NS_C" "$NS_S"; do
	sysctl_set "$ns" net/ipv4/ping_group_range "0 2147483647"
done
warm() { # NS DEV ADDR
	nsx "$1" "$PY" -S "$ORACLE" ping "$2" "$3" ||
		die "no answer from $3 over $2 in $1: the topology does not work"
}
warm "$NS_C" c0 10.255.0.1
warm "$NS_C" c1 10.255.1.1
warm "$NS_S" s0 10.255.2.1
warm "$NS_S" s1 10.255.3.1
if [ "$V6" = 1 ]; then
	warm "$NS_C" c0 fd00:255:0::1
	warm "$NS_C" c1 fd00:255:1::1
	warm "$NS_S" s0 fd00:255:2::1
	warm "$NS_S" s1 fd00:255:3::1
fi

# The server counts echo requests by their identifier with xt_u32
if [ "$ICMP" != 0 ]; then
	for t in "$IPT" "$IPT6"; do
		if [ "$t" = "$IPT6" ] && [ "$V6" = 0 ]; then continue; fi
		printf '*raw\n:PREROUTING ACCEPT [0:0]\n-A PREROUTING -m u32 --u32 "0=0"\nCOMMIT\n' |
			nsx "$NS_S" "$t-restore" 2>/dev/null ||
			die "$t cannot load an xt_u32 match (the kernel module?): set ORACLE_ICMP=0 to test without ICMP"
	done
fi

IPT_VERSION=$(nsx "$NS_R" "$IPT" --version 2>&1 || true)
LOOSE=$(nsx "$NS_R" cat /proc/sys/net/netfilter/nf_conntrack_tcp_loose 2>/dev/null || echo '?')

# ------------------------------------------------------------ one batch
# way_back FAM [RULES]: the router's marks for the way back (see "The way
# back" above), in a chain of its mangle table, unless they are there
# already: a ruleset with a *mangle table replaces them.
way_back() {
	if [ "$1" = 4 ]; then t=$IPT; else t=$IPT6; fi
	if [ -n "${2:-}" ] && ! grep -q '^\*mangle' "$2"; then
		return 0
	fi
	printf '%s\n' '*mangle' ':fwo-back - [0:0]' '-A PREROUTING -j fwo-back' \
		'-A fwo-back -i lan0 -m conntrack --ctdir ORIGINAL -j CONNMARK --set-mark 10' \
		'-A fwo-back -i lan1 -m conntrack --ctdir ORIGINAL -j CONNMARK --set-mark 11' \
		'-A fwo-back -m conntrack --ctdir REPLY -j CONNMARK --restore-mark' 'COMMIT' |
		nsx "$NS_R" "$t-restore" --noflush ||
		die "$t-restore cannot load the CONNMARK rules of the way back (kernel modules?)"
}

# kernel_batch FAM RULES PRE: load RULES into the router and PRE.counters
# into the server, start the server's listeners, send every attempt of
# PRE.att; the client's answers go to PRE.sent, the connections the server
# accepted to PRE.served, the server's counters to PRE.saved, the router's
# rule counters to PRE.router.
kernel_batch() {
	if [ "$1" = 4 ]; then t=$IPT; else t=$IPT6; fi
	# the server starts while the rules load
	rm -f "$3.ready" "$3.stop"
	nsx "$NS_S" "$PY" -S "$ORACLE" serve "$1" "$3.att" "$3.ready" "$3.stop" >"$3.served" &
	server=$!
	if ! nsx "$NS_R" "$t-restore" <"$2"; then
		KEEP=1
		die "$t-restore refused $2 (--test had taken it)"
	fi
	way_back "$1" "$2"
	nsx "$NS_S" "$t-restore" <"$3.counters" || die "$t-restore refused the server counters"
	n=0
	while [ ! -e "$3.ready" ]; do
		n=$((n + 1))
		[ "$n" -lt 200 ] || die "the server did not start listening for $3.att"
		sleep 0.05
	done
	nsx "$NS_C" "$PY" -S "$ORACLE" send "$1" "$3.att" "$WAIT" >"$3.sent" ||
		die "the client could not send $3.att"
	: >"$3.stop"
	wait "$server" || die "the server failed on $3.att"
	rm -f "$3.ready" "$3.stop"
	nsx "$NS_S" "$t-save" -c -t raw >"$3.saved" || die "$t-save failed in the server"
	nsx "$NS_R" "$t-save" -c -t filter >"$3.router" || die "$t-save failed in the router"
}

way_back 4
[ "$V6" = 0 ] || way_back 6

USED=$WORK/used
TALLY=$WORK/tally
: >"$USED"
: >"$TALLY"
FAILED=0
NRULESETS=0

run_family() { # FAM COUNT
	fam=$1
	if [ "$fam" = 4 ]; then t=$IPT; else t=$IPT6; fi
	# The harness proves itself first, on rulesets whose outcome is known.
	for name in open one reject; do
		pre=$WORK/sanity$fam-$name
		ora sanity "$fam" "$name" "$USED" "$pre"
		kernel_batch "$fam" "$pre.rules" "$pre"
		if ! ora selftest "$pre" >&2; then
			KEEP=1
			die "harness self-test '$name' (IPv$fam) failed: the kernel did not give exactly the expected outcomes (see $pre.*)"
		fi
		rm -f "$pre".*
	done

	i=1
	while [ "$i" -le "$2" ]; do
		pre=$WORK/$(printf 'v%srs%02d' "$fam" "$i")
		rules=$pre.rules
		try=0
		while :; do
			seed=$((SEED * 100000 + i * 100 + try))
			ora gen "$fam" "$seed" >"$rules"
			if nsx "$NS_R" "$t-restore" --test <"$rules" 2>"$WORK/refused"; then
				break
			fi
			say "note: $t-restore --test refused IPv$fam seed $seed, regenerating: $(head -n1 "$WORK/refused")"
			# what the kernel refuses, fwlint must refuse too
			if ! ora accepts "$fam" "$rules" "$FWLINT"; then
				FAILED=$((FAILED + 1))
				KEEP=1
				cp "$rules" "$pre-refused-$try.rules"
			fi
			try=$((try + 1))
			[ "$try" -lt 5 ] || die "the kernel refused 5 generated rulesets in a row (generator bug?)"
		done
		ora attempts "$fam" "$seed" "$ATTEMPTS" "$rules" "$USED" "$UDP" "$ICMP" "$pre"
		kernel_batch "$fam" "$rules" "$pre"
		if ora judge "$fam" "$rules" "$pre" "$FWLINT" "$TALLY"; then
			rm -f "$pre".*
		else
			KEEP=1
		fi
		NRULESETS=$((NRULESETS + 1))
		i=$((i + 1))
	done
}

# nat_batch FAM RULES PRE: the NAT mode's batch.  The router's file has
# all four tables (it replaces the way back of the mangle table, which the
# NAT clients do not need); listeners in the server (PRE.sbind) and in the
# router (PRE.rbind: a REDIRECT or an untranslated public address is
# delivered to the router itself); counting rules in the server's raw
# table (PRE.counters) and in the router's security table
# (PRE.rcounters), which INPUT traverses after filter and which no
# generated file holds.
nat_batch() {
	if [ "$1" = 4 ]; then t=$IPT; else t=$IPT6; fi
	rm -f "$3.ready" "$3.rready" "$3.cready" "$3.stop"
	nsx "$NS_S" "$PY" -S "$ORACLE" serve-binds "$1" "$3.att" "$3.sbind" "$3.ready" "$3.stop" >"$3.served" &
	server=$!
	nsx "$NS_R" "$PY" -S "$ORACLE" serve-binds "$1" "$3.att" "$3.rbind" "$3.rready" "$3.stop" >"$3.rserved" &
	rserver=$!
	cserver=
	if [ -s "$3.cbind" ]; then # the LAN server, when a DNAT names it
		nsx "$NS_C" "$PY" -S "$ORACLE" serve-binds "$1" "$3.att" "$3.cbind" "$3.cready" "$3.stop" >"$3.cserved" &
		cserver=$!
	else
		: >"$3.cready"
		: >"$3.cserved"
	fi
	if ! nsx "$NS_R" "$t-restore" <"$2"; then
		KEEP=1
		die "$t-restore refused $2 (--test had taken it)"
	fi
	nsx "$NS_R" "$t-restore" <"$3.rcounters" || die "$t-restore refused the router counters"
	nsx "$NS_S" "$t-restore" <"$3.counters" || die "$t-restore refused the server counters"
	nsx "$NS_C" "$t-restore" <"$3.counters" || die "$t-restore refused the LAN server counters"
	n=0
	while [ ! -e "$3.ready" ] || [ ! -e "$3.rready" ] || [ ! -e "$3.cready" ]; do
		n=$((n + 1))
		[ "$n" -lt 200 ] || die "the listeners did not start for $3.att"
		sleep 0.05
	done
	nsx "$NS_C" "$PY" -S "$ORACLE" send "$1" "$3.att" "$WAIT" >"$3.sent" ||
		die "the client could not send $3.att"
	: >"$3.stop"
	wait "$server" || die "the server failed on $3.att"
	wait "$rserver" || die "the router's listener failed on $3.att"
	[ -z "$cserver" ] || wait "$cserver" || die "the LAN server failed on $3.att"
	rm -f "$3.ready" "$3.rready" "$3.cready" "$3.stop"
	nsx "$NS_S" "$t-save" -c -t raw >"$3.saved" || die "$t-save failed in the server"
	nsx "$NS_R" "$t-save" -c -t security >"$3.rsaved" || die "$t-save failed in the router"
	nsx "$NS_C" "$t-save" -c -t raw >"$3.csaved" || die "$t-save failed in the client"
}

run_nat() { # FAM COUNT
	fam=$1
	if [ "$fam" = 4 ]; then t=$IPT; else t=$IPT6; fi
	pre=$WORK/sanity-nat$fam
	ora sanity-nat "$fam" "$USED" "$pre"
	nat_batch "$fam" "$pre.rules" "$pre"
	if ! ora selftest-nat "$pre" >&2; then
		KEEP=1
		die "harness self-test 'nat' (IPv$fam) failed: the kernel did not give exactly the expected outcomes (see $pre.*)"
	fi
	rm -f "$pre".*
	i=1
	while [ "$i" -le "$2" ]; do
		pre=$WORK/$(printf 'n%srs%02d' "$fam" "$i")
		rules=$pre.rules
		try=0
		while :; do
			seed=$((SEED * 100000 + 50000 + i * 100 + try))
			ora batch-nat "$fam" "$seed" "$NAT_CTSTATE" "$ATTEMPTS" "$USED" "$UDP" "$ICMP" "$pre"
			if nsx "$NS_R" "$t-restore" --test <"$rules" 2>"$WORK/refused"; then
				break
			fi
			say "note: $t-restore --test refused NAT IPv$fam seed $seed, regenerating: $(head -n1 "$WORK/refused")"
			try=$((try + 1))
			[ "$try" -lt 5 ] || die "the kernel refused 5 generated NAT rulesets in a row (generator bug?)"
		done
		nat_batch "$fam" "$rules" "$pre"
		if ora judge-nat "$fam" "$rules" "$pre" "$FWLINT" "$TALLY"; then
			rm -f "$pre".*
		else
			KEEP=1
		fi
		NRULESETS=$((NRULESETS + 1))
		i=$((i + 1))
	done
}

run_family 4 "$RULESETS"
[ "$RULESETS6" = 0 ] || run_family 6 "$RULESETS6"
NAT_START=$(date +%s)
[ "$NAT_RULESETS" = 0 ] || run_nat 4 "$NAT_RULESETS"
[ "$NAT_RULESETS6" = 0 ] || run_nat 6 "$NAT_RULESETS6"

if [ "$KEEP" = 1 ]; then
	rm -f "$WORK/refused" "$WORK/plan" "$USED"
fi
res=$(ora summary "$TALLY")
counts=${res%%|*}
rest=${res#*|}
PASS=${rest%%|*}
FAIL=$((${rest#*|} + FAILED))
END=$(date +%s)
say "$NRULESETS rulesets, $counts; in $((END - START))s (the NAT mode $((END - NAT_START))s); $IPT_VERSION; nf_conntrack_tcp_loose=$LOOSE"
say "$PASS passed, $FAIL failed"
[ "$FAIL" = 0 ] || exit 1
