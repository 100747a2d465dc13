/* pset_example.c - pset_example: one packet of a set, chosen to be read.
 *
 * Each box offers its corner packet, nudged towards what an engineer
 * expects to see (TCP, a plain SYN, a NEW packet, an ephemeral source
 * port); the most readable of them, by a fixed ranking, is the example.
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

/* TCP, then UDP, then ICMP, then the rest: the protocols people read. */
static int proto_rank(uint8_t proto)
{
	switch (proto) {
	case PROTO_TCP: return 0;
	case PROTO_UDP: return 1;
	case PROTO_ICMP: return 2;
	default: return 3 + proto;
	}
}

static uint8_t readable_proto(const pbox *b)
{
	static const uint8_t pref[] = { PROTO_TCP, PROTO_UDP, PROTO_ICMP };
	for (size_t i = 0; i < sizeof pref; i++)
		if (b->proto_lo <= pref[i] && pref[i] <= b->proto_hi)
			return pref[i];
	return b->proto_lo;
}

static packet box_example(const pbox *b)
{
	packet p = {
	    .src = b->src_lo,
	    .dst = b->dst_lo,
	    .sport = b->sport_hi >= 1024 ? MAX(b->sport_lo, 1024) : b->sport_lo,
	    .dport = b->dport_lo,
	    .iif = b->iif_lo,
	    .oif = b->oif_lo,
	    .proto = readable_proto(b),
	};
	/* The mark fwlint does not know, if the box has it (a packet as it
	 * comes); the original direction, as a NEW packet has. */
	p.mark_known = b->mark_hi < MARK_UNKNOWN;
	p.mark = p.mark_known ? (uint32_t)b->mark_lo : 0;
	p.reply = !(b->dir & CTDIR_ORIGINAL);
	p.state = b->state & CT_NEW
		      ? CT_NEW
		      : (uint8_t)(1u << lowest_bit_index(b->state));
	if (p.proto == PROTO_TCP && (b->flags >> TCPF_SYN & 1))
		p.flags = TCPF_SYN;
	else if (p.proto == PROTO_TCP && (b->flags >> TCPF_ACK & 1))
		p.flags = TCPF_ACK;
	else
		p.flags = (uint8_t)lowest_bit_index(b->flags);
	return p;
}

/* How readable an example is, lower first: TCP, UDP, ICMP, then a
 * plain SYN (or ACK), a NEW packet, an ephemeral source port, then the
 * lowest values. */
static int packet_rank_cmp(const packet *a, const packet *b)
{
	int c;
#define RANK_FLAGS(p)                                                          \
	((p)->proto != PROTO_TCP  ? 0                                          \
	 : (p)->flags == TCPF_SYN ? 0                                          \
	 : (p)->flags == TCPF_ACK ? 1                                          \
				  : 2)
	if ((c = proto_rank(a->proto) - proto_rank(b->proto)))
		return c;
	if ((c = RANK_FLAGS(a) - RANK_FLAGS(b)))
		return c;
	if ((c = (a->state != CT_NEW) - (b->state != CT_NEW)))
		return c;
	if ((c = (a->sport < 1024) - (b->sport < 1024)))
		return c;
#undef RANK_FLAGS
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

bool pset_example(const pset *s, packet *out)
{
	if (!s->n)
		return false;
	*out = box_example(&s->box[0]);
	for (size_t i = 1; i < s->n; i++) {
		packet p = box_example(&s->box[i]);
		if (packet_rank_cmp(&p, out) < 0)
			*out = p;
	}
	return true;
}
