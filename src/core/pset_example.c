/* pset_example.c - pset_example: one packet of a set, chosen to be read.
 *
 * Each box offers one packet, chosen field by field to be what an
 * engineer expects to see: TCP, a plain SYN, a NEW packet; host addresses
 * (a documentation address of RFC 5737 or RFC 3849 when the box holds
 * one, never a network's .0 or a broadcast .255 when the box holds
 * another address); a client's ephemeral source port (49152, the first of
 * the dynamic ports of RFC 6335 6, when the box holds it); a service's
 * destination port (one the caller prefers, else a common service port,
 * never 0 when the box holds another).  Of the boxes' packets, the one
 * that ranks first in a fixed order is the example: the set's box order
 * picks nothing but ties.
 *
 * Every field's value is taken inside the box's interval (or bit set), so
 * the example is always a member of the set.
 */
#include "pset.h"

#include "pset_int.h"

static int cmp_u128(u128 a, u128 b)
{
	return a < b ? -1 : a > b;
}

static unsigned lowest_bit_index(uint64_t v)
{
	unsigned i = 0;
	while (!(v >> i & 1))
		i++;
	return i;
}

/* TCP, then UDP, then ICMP (then ICMPv6, but for the lowest packet),
 * then the rest: the protocols people read. */
static int proto_rank(uint8_t proto, bool lowest)
{
	switch (proto) {
	case PROTO_TCP: return 0;
	case PROTO_UDP: return 1;
	case PROTO_ICMP: return 2;
	case PROTO_ICMPV6: return lowest ? 4 + proto : 3;
	default: return 4 + proto;
	}
}

static uint8_t readable_proto(const pbox *b, bool lowest)
{
	static const uint8_t pref[] = { PROTO_TCP, PROTO_UDP, PROTO_ICMP, PROTO_ICMPV6 };
	for (size_t i = 0; i < sizeof pref - lowest; i++)
		if (b->proto_lo <= pref[i] && pref[i] <= b->proto_hi)
			return pref[i];
	return b->proto_lo;
}

/* Protocols whose port fields are ports (pset.h). */
static bool has_ports(unsigned proto)
{
	return proto == PROTO_TCP || proto == PROTO_UDP || proto == 33 ||
	       proto == 132 || proto == 136;
}

/* ------------------------------------------------------------ addresses */

/* Documentation addresses (RFC 5737 TEST-NET-2, TEST-NET-3, TEST-NET-1;
 * RFC 3849): what a reader takes for "some host out there". */
static const u128 doc_addr[] = {
	PSET_V4_LO | 0xc6336407u, /* 198.51.100.7 */
	PSET_V4_LO | 0xcb007107u, /* 203.0.113.7 */
	PSET_V4_LO | 0xc0000207u, /* 192.0.2.7 */
	(u128)0x20010db8u << 96 | 7, /* 2001:db8::7 */
};

/* How plausible an address is as a host's (lower is better): a
 * documentation address (ranked by its place in doc_addr), a host
 * address, an odd one. */
#define NDOC ((int)(sizeof doc_addr / sizeof *doc_addr))
enum { ADDR_DOC = 0, ADDR_HOST = NDOC, ADDR_ODD };

/* The last octet (IPv4) or group (IPv6) is that of a network (0) or of an
 * IPv4 broadcast (255). */
static bool net_or_bcast(u128 a)
{
	if (addr_is_v4(a))
		return (a & 0xff) == 0 || (a & 0xff) == 0xff;
	return (a & 0xffff) == 0;
}

/* A host address in [lo, hi], not *avoid (when avoid is not NULL) when
 * another is possible; *rank says how plausible it is. */
static u128 host_in(u128 lo, u128 hi, const u128 *avoid, int *rank)
{
#define AVOID(x) (avoid && (x) == *avoid)
	for (size_t i = 0; i < sizeof doc_addr / sizeof *doc_addr; i++)
		if (lo <= doc_addr[i] && doc_addr[i] <= hi && !AVOID(doc_addr[i])) {
			*rank = ADDR_DOC + (int)i;
			return doc_addr[i];
		}
	u128 c = lo;
	if (addr_is_v4(lo)) {
		/* 0.0.0.0/8 is "this network" and 127.0.0.0/8 the loopback
		 * (RFC 1122 3.2.1.3): no host's address on a wire. */
		uint32_t v = (uint32_t)c;
		if (v >> 24 == 0 && hi >= (PSET_V4_LO | 0x01000001u))
			c = PSET_V4_LO | 0x01000000u;
		if ((uint32_t)c >> 24 == 127 && hi >= (PSET_V4_LO | 0x80000001u))
			c = PSET_V4_LO | 0x80000000u;
	}
	/* at most three steps: .255, .0, then avoid */
	for (int k = 0; k < 3 && c < hi && (net_or_bcast(c) || AVOID(c)); k++)
		c++;
#undef AVOID
	*rank = net_or_bcast(c) || (addr_is_v4(c) && (uint32_t)c >> 24 == 0)
		    ? ADDR_ODD : ADDR_HOST;
	return c;
}

/* [lo, hi] cut to one family: IPv4 (v4) or the rest; false when empty. */
static bool family_part(u128 *lo, u128 *hi, bool v4)
{
	if (v4) {
		if (*hi < PSET_V4_LO || *lo > PSET_V4_HI)
			return false;
		*lo = MAX(*lo, PSET_V4_LO);
		*hi = MIN(*hi, PSET_V4_HI);
		return true;
	}
	/* the non-IPv4 part: below or above the mapped range; prefer the
	 * part above (global unicast lives there) */
	if (*hi > PSET_V4_HI) {
		*lo = MAX(*lo, PSET_V4_HI + 1);
		return true;
	}
	if (*lo < PSET_V4_LO) {
		*hi = MIN(*hi, PSET_V4_LO - 1);
		return true;
	}
	return false;
}

/* ---------------------------------------------------------------- ports */

/* A client's source port: 49152 or 50000 (RFC 6335 6, the dynamic ports),
 * else the lowest >= 1024, else the highest privileged one (as rresvport
 * takes 1023 first). */
static uint16_t client_port(unsigned lo, unsigned hi)
{
	if (lo <= 49152 && 49152 <= hi)
		return 49152;
	if (lo <= 50000 && 50000 <= hi)
		return 50000;
	if (hi >= 1024)
		return (uint16_t)MAX(lo, 1024);
	return (uint16_t)hi;
}

/* Common service ports, best first: for TCP, SSH, telnet, DNS, HTTP,
 * HTTPS, SMB, RDP; for UDP (and the others), DNS, NTP, NetBIOS, SNMP,
 * IKE. */
static const uint16_t common_tcp[] = { 22, 23, 53, 80, 443, 445, 3389 };
static const uint16_t common_udp[] = { 53, 123, 137, 161, 500 };
#define NCOMMON_TCP (sizeof common_tcp / sizeof *common_tcp)
#define NCOMMON_UDP (sizeof common_udp / sizeof *common_udp)

/* A service's destination port in [lo, hi]: the first of the caller's
 * preferred ports (before or after the common ones, as the caller says),
 * a common one when the range reaches below 1024 (a range of ephemeral
 * ports is better shown by its first), else the lowest but 0.  *rank:
 * lower is better. */
static uint16_t service_port(unsigned proto, unsigned lo, unsigned hi,
			     const example_prefs *pref, int *rank)
{
	size_t np = pref ? pref->ndports : 0;
	const uint16_t *common = proto == PROTO_TCP ? common_tcp : common_udp;
	size_t nc = proto == PROTO_TCP ? NCOMMON_TCP : NCOMMON_UDP;
	bool after = pref && pref->after_common;
	size_t pi = np, ci = nc;
	for (size_t i = 0; i < np && pi == np; i++)
		if (lo <= pref->dports[i] && pref->dports[i] <= hi)
			pi = i;
	for (size_t i = 0; i < nc && ci == nc && lo < 1024; i++)
		if (lo <= common[i] && common[i] <= hi)
			ci = i;
	if (pi < np && (!after || ci == nc)) {
		*rank = (int)(after ? nc + pi : pi);
		return pref->dports[pi];
	}
	if (ci < nc) {
		*rank = (int)(after ? ci : np + ci);
		return common[ci];
	}
	unsigned p = lo == 0 && hi > 0 ? 1 : lo;
	*rank = (int)(np + nc) + (p == 0);
	return (uint16_t)p;
}

/* -------------------------------------------------------------- packets */

typedef struct cand {
	packet p;
	int dport_rank, src_rank, dst_rank;
	bool lowest;
} cand;

/* The box's corner packet (pset_example_lowest): the lowest value of every
 * field but the protocol, the state, the flags and an ephemeral source
 * port. */
static void box_lowest(const pbox *b, packet *p)
{
	p->src = b->src_lo;
	p->dst = b->dst_lo;
	p->sport = b->sport_hi >= 1024 ? MAX(b->sport_lo, 1024) : b->sport_lo;
	p->dport = b->dport_lo;
	p->reply = !(b->dir & CTDIR_ORIGINAL);
}

static cand box_example(const pbox *b, const example_prefs *pref, bool lowest)
{
	cand c = { .p = {
		.iif = b->iif_lo,
		.oif = b->oif_lo,
		.proto = readable_proto(b, lowest),
	}, .lowest = lowest };
	packet *p = &c.p;
	if (lowest) {
		box_lowest(b, p);
		goto rest;
	}

	/* Both addresses of one family: IPv4 when the box allows it. */
	u128 slo = b->src_lo, shi = b->src_hi, dlo = b->dst_lo, dhi = b->dst_hi;
	u128 s4lo = slo, s4hi = shi, d4lo = dlo, d4hi = dhi;
	u128 s6lo = slo, s6hi = shi, d6lo = dlo, d6hi = dhi;
	if (family_part(&s4lo, &s4hi, true) && family_part(&d4lo, &d4hi, true))
		slo = s4lo, shi = s4hi, dlo = d4lo, dhi = d4hi;
	else if (family_part(&s6lo, &s6hi, false) && family_part(&d6lo, &d6hi, false))
		slo = s6lo, shi = s6hi, dlo = d6lo, dhi = d6hi;
	p->src = host_in(slo, shi, NULL, &c.src_rank);
	p->dst = host_in(dlo, dhi, &p->src, &c.dst_rank);
	if (b->src_lo == b->src_hi) /* a single address is what it is */
		c.src_rank = ADDR_DOC;
	if (b->dst_lo == b->dst_hi)
		c.dst_rank = ADDR_DOC;

	p->reply = !(b->dir & CTDIR_ORIGINAL);
	if (has_ports(p->proto) && p->reply) {
		/* a reply: from the service's port back to the client's */
		p->sport = service_port(p->proto, b->sport_lo, b->sport_hi, pref, &c.dport_rank);
		p->dport = client_port(b->dport_lo, b->dport_hi);
	} else if (has_ports(p->proto)) {
		p->sport = client_port(b->sport_lo, b->sport_hi);
		p->dport = service_port(p->proto, b->dport_lo, b->dport_hi, pref, &c.dport_rank);
	} else if (p->proto == PROTO_ICMP || p->proto == PROTO_ICMPV6) {
		/* an echo request (RFC 792, RFC 4443 4.1) */
		unsigned echo = p->proto == PROTO_ICMP ? 8u << 8 : 128u << 8;
		p->sport = b->sport_lo;
		p->dport = b->dport_lo <= echo && echo <= b->dport_hi ? (uint16_t)echo
								      : b->dport_lo;
	} else {
		p->sport = b->sport_lo;
		p->dport = b->dport_lo;
	}

rest:
	/* The mark fwlint does not know, if the box has it (a packet as it
	 * comes); the original direction, as a NEW packet has. */
	p->mark_known = b->mark_hi < MARK_UNKNOWN;
	p->mark = p->mark_known ? (uint32_t)b->mark_lo : 0;
	p->state = b->state & CT_NEW
		      ? CT_NEW
		      : (uint8_t)(1u << lowest_bit_index(b->state));
	if (p->proto == PROTO_TCP && (b->flags >> TCPF_SYN & 1))
		p->flags = TCPF_SYN;
	else if (p->proto == PROTO_TCP && (b->flags >> TCPF_ACK & 1))
		p->flags = TCPF_ACK;
	else
		p->flags = (uint8_t)lowest_bit_index(b->flags);
	return c;
}

/* How readable an example is, lower first: TCP, UDP, ICMP; a plain SYN
 * (or ACK); a NEW packet; a preferred service port; an ephemeral source
 * port; host addresses; then the lowest values. */
static int cand_cmp(const cand *x, const cand *y)
{
	const packet *a = &x->p, *b = &y->p;
	int c;
#define RANK_FLAGS(p)                                                          \
	((p)->proto != PROTO_TCP  ? 0                                          \
	 : (p)->flags == TCPF_SYN ? 0                                          \
	 : (p)->flags == TCPF_ACK ? 1                                          \
				  : 2)
	if ((c = proto_rank(a->proto, x->lowest) - proto_rank(b->proto, y->lowest)))
		return c;
	if ((c = RANK_FLAGS(a) - RANK_FLAGS(b)))
		return c;
	if ((c = (a->state != CT_NEW) - (b->state != CT_NEW)))
		return c;
#undef RANK_FLAGS
	if ((c = x->dport_rank - y->dport_rank))
		return c;
	if (x->lowest) {
		if ((c = (a->sport < 1024) - (b->sport < 1024)))
			return c;
	} else if ((c = ((a->reply ? a->dport : a->sport) < 1024) -
			((b->reply ? b->dport : b->sport) < 1024))) {
		return c;
	}
	if ((c = x->src_rank - y->src_rank) || (c = x->dst_rank - y->dst_rank))
		return c;
	if ((c = cmp_u128(a->src, b->src)) || (c = cmp_u128(a->dst, b->dst)))
		return c;
	if ((c = (a->sport > b->sport) - (a->sport < b->sport)) ||
	    (c = (a->dport > b->dport) - (a->dport < b->dport)) ||
	    (c = (a->iif > b->iif) - (a->iif < b->iif)) ||
	    (c = (a->oif > b->oif) - (a->oif < b->oif)) ||
	    (c = (a->state > b->state) - (a->state < b->state)))
		return c;
	if ((c = (a->flags > b->flags) - (a->flags < b->flags)))
		return c;
	if ((c = (a->reply > b->reply) - (a->reply < b->reply)))
		return c;
	uint64_t am = packet_mark(a), bm = packet_mark(b);
	return (am < bm) - (am > bm); /* the unknown mark first */
}

static bool example(const pset *s, const example_prefs *pref, bool lowest, packet *out)
{
	if (!s->n)
		return false;
	cand best = box_example(&s->box[0], pref, lowest);
	for (size_t i = 1; i < s->n; i++) {
		cand c = box_example(&s->box[i], pref, lowest);
		if (cand_cmp(&c, &best) < 0)
			best = c;
	}
	*out = best.p;
	return true;
}

bool pset_example_pref(const pset *s, const example_prefs *pref, packet *out)
{
	return example(s, pref, false, out);
}

bool pset_example(const pset *s, packet *out)
{
	return example(s, NULL, false, out);
}

bool pset_example_lowest(const pset *s, packet *out)
{
	return example(s, NULL, true, out);
}
