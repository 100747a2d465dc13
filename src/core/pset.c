/* pset.c - the packet-set algebra: exact, finite unions of boxes.
 *
 * Why boxes.  Every condition a firewall rule can state (a protocol, a
 * prefix or address range, a port range, an interface or wildcard, a set of
 * conntrack states, a TCP flags mask) is an interval or a bit set on one
 * field, so a rule is one box, and a negated condition is at most two boxes.
 * Boxes are also what messages need: an example packet is a corner of a box
 * and a summary is a list of its intervals.  BDDs would make the "not yet
 * matched" set cheaper to update, but turning them back into port ranges and
 * prefixes is a separate problem; boxes keep the algebra, its tests and its
 * output in one readable shape.
 *
 * Representation.  A pset is an array of non-empty boxes whose union is the
 * set.  Boxes may overlap: nothing here needs them disjoint (difference and
 * intersection work box by box, subset is "a minus b is empty"), and keeping
 * them disjoint would cost a difference on every union.
 *
 * Difference.  a - b peels a field at a time (box_subtract): for each field,
 * the part of the current box below b's interval and the part above it are
 * pieces; the rest is narrowed to b's interval and goes on to the next field.
 * A bit-set field gives one piece (the bits b lacks).  So a - b is at most
 * 2 * 8 + 3 = 19 disjoint boxes, and only as many as the fields where b is
 * narrower than a: a rule's box cuts only along the fields it constrains.
 *
 * Field order, and why it bounds fragmentation.  The fields peeled first give
 * the wide pieces (whole in every later field); the last field's pieces are
 * narrow in every other one.  A run of rules that differ in one field (the
 * common case: many destinations, or many ports, under one protocol) then
 * cuts only the one piece that is whole in that field, and each rule adds a
 * constant number of boxes instead of multiplying them.  So the coarse fields
 * that rules share (protocol, state, direction, flags, mark, interfaces,
 * source port) come
 * first and the ones that vary most between rules (destination port,
 * addresses) come last.
 *
 * Merging.  Inserting a box drops it when an existing box contains it,
 * removes the existing boxes it contains, and merges it with a box that is
 * equal in every field but one where the two intervals touch or overlap (any
 * two bit sets merge).  A full scan per insert is quadratic when a set is
 * built from many boxes, so the operations merge new pieces against the
 * whole set only while it is small (MERGE_SCAN_LIMIT boxes) and against the
 * most recent boxes (MERGE_WINDOW) beyond that; pset_add_box always scans
 * the whole set.  pset_compact does the thorough job in O(n log n) per field
 * by sorting, for callers to use at checkpoints.
 *
 * The bound.  A set never grows past PSET_MAX_BOXES boxes: an operation that
 * would need more drops the extra pieces and sets overflow, and every result
 * computed from an overflowed set is overflowed too.  Such a set is a subset
 * of the exact answer; a check that sees it must say "too complex".
 *
 * Cost.  pset_subtract_box is linear in the boxes of its input (it copies
 * it); boxes that b misses are skipped by a few interval comparisons, the
 * destination address first because it is what separates most rules.
 * pset_remove_box is the in-place version for callers that keep one "not yet
 * matched" set and subtract rule after rule.
 *
 * Files.  This file holds the boxes and the set operations; pset_compact.c
 * the thorough merge by sorting (pset_compact); pset_example.c the choice of
 * a readable example packet (pset_example); pset_fmt.c the words: addresses,
 * packets and set summaries.  pset_int.h is what they share.
 */
#include "pset.h"

#include "pset_int.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

/* Up to this many boxes a new piece is merged against the whole set;
 * beyond it, against the last MERGE_WINDOW boxes only (see the top of the
 * file), which bounds an insert at max(MERGE_SCAN_LIMIT, MERGE_WINDOW) box
 * comparisons whatever the size of the set. */
#define MERGE_SCAN_LIMIT 1024
#define MERGE_WINDOW	 64

/* ---------------------------------------------------------------- flags */

uint64_t tcpflags_match(unsigned mask, unsigned comp)
{
	uint64_t set = 0;
	mask &= 0x3f;
	for (unsigned c = 0; c < 64; c++)
		if ((c & mask) == comp)
			set |= (uint64_t)1 << c;
	return set;
}

/* ---------------------------------------------------------------- boxes */

pbox pbox_full(void)
{
	return (pbox){
	    .src_lo = 0,
	    .src_hi = U128_MAX,
	    .dst_lo = 0,
	    .dst_hi = U128_MAX,
	    .flags = TCPFLAGS_ALL,
	    .mark_lo = 0,
	    .mark_hi = MARK_UNKNOWN,
	    .sport_lo = 0,
	    .sport_hi = UINT16_MAX,
	    .dport_lo = 0,
	    .dport_hi = UINT16_MAX,
	    .iif_lo = 0,
	    .iif_hi = UINT16_MAX,
	    .oif_lo = 0,
	    .oif_hi = UINT16_MAX,
	    .proto_lo = 0,
	    .proto_hi = UINT8_MAX,
	    .state = CT_ALL,
	    .dir = CTDIR_ALL,
	};
}

bool pbox_is_empty(const pbox *b)
{
	return b->src_lo > b->src_hi || b->dst_lo > b->dst_hi ||
	       b->sport_lo > b->sport_hi || b->dport_lo > b->dport_hi ||
	       b->iif_lo > b->iif_hi || b->oif_lo > b->oif_hi ||
	       b->proto_lo > b->proto_hi || (b->state & CT_ALL) == 0 ||
	       b->flags == 0 || b->mark_lo > b->mark_hi || (b->dir & CTDIR_ALL) == 0;
}

#define OVERLAP(a, b, lo, hi) ((a)->lo <= (b)->hi && (b)->lo <= (a)->hi)

/* The cheap test that lets a pass over a big set skip most boxes: the
 * destination first, since that is what separates most rules.  Inline: it
 * is the inner loop of every operation. */
static inline bool boxes_overlap(const pbox *a, const pbox *b)
{
	return OVERLAP(a, b, dst_lo, dst_hi) &&
	       OVERLAP(a, b, dport_lo, dport_hi) &&
	       OVERLAP(a, b, src_lo, src_hi) &&
	       OVERLAP(a, b, proto_lo, proto_hi) &&
	       OVERLAP(a, b, sport_lo, sport_hi) &&
	       OVERLAP(a, b, iif_lo, iif_hi) && OVERLAP(a, b, oif_lo, oif_hi) &&
	       (a->state & b->state) && (a->flags & b->flags) &&
	       OVERLAP(a, b, mark_lo, mark_hi) && (a->dir & b->dir);
}

bool pbox_intersects(const pbox *a, const pbox *b)
{
	return boxes_overlap(a, b);
}

#define WITHIN(o, i, lo, hi) ((o)->lo <= (i)->lo && (i)->hi <= (o)->hi)

bool pbox_contains(const pbox *outer, const pbox *inner)
{
	return WITHIN(outer, inner, dst_lo, dst_hi) &&
	       WITHIN(outer, inner, dport_lo, dport_hi) &&
	       WITHIN(outer, inner, src_lo, src_hi) &&
	       WITHIN(outer, inner, proto_lo, proto_hi) &&
	       WITHIN(outer, inner, sport_lo, sport_hi) &&
	       WITHIN(outer, inner, iif_lo, iif_hi) &&
	       WITHIN(outer, inner, oif_lo, oif_hi) &&
	       (inner->state & ~outer->state) == 0 &&
	       (inner->flags & ~outer->flags) == 0 &&
	       WITHIN(outer, inner, mark_lo, mark_hi) &&
	       (inner->dir & ~outer->dir) == 0;
}


bool pbox_intersect(const pbox *a, const pbox *b, pbox *out)
{
	if (!boxes_overlap(a, b))
		return false;
	out->src_lo = MAX(a->src_lo, b->src_lo);
	out->src_hi = MIN(a->src_hi, b->src_hi);
	out->dst_lo = MAX(a->dst_lo, b->dst_lo);
	out->dst_hi = MIN(a->dst_hi, b->dst_hi);
	out->sport_lo = MAX(a->sport_lo, b->sport_lo);
	out->sport_hi = MIN(a->sport_hi, b->sport_hi);
	out->dport_lo = MAX(a->dport_lo, b->dport_lo);
	out->dport_hi = MIN(a->dport_hi, b->dport_hi);
	out->iif_lo = MAX(a->iif_lo, b->iif_lo);
	out->iif_hi = MIN(a->iif_hi, b->iif_hi);
	out->oif_lo = MAX(a->oif_lo, b->oif_lo);
	out->oif_hi = MIN(a->oif_hi, b->oif_hi);
	out->proto_lo = MAX(a->proto_lo, b->proto_lo);
	out->proto_hi = MIN(a->proto_hi, b->proto_hi);
	out->state = a->state & b->state;
	out->flags = a->flags & b->flags;
	out->mark_lo = MAX(a->mark_lo, b->mark_lo);
	out->mark_hi = MIN(a->mark_hi, b->mark_hi);
	out->dir = a->dir & b->dir;
	return true;
}

#define IN(b, v, lo, hi) ((b)->lo <= (v) && (v) <= (b)->hi)

bool pbox_contains_packet(const pbox *b, const packet *p)
{
	return IN(b, p->dst, dst_lo, dst_hi) &&
	       IN(b, p->dport, dport_lo, dport_hi) &&
	       IN(b, p->src, src_lo, src_hi) &&
	       IN(b, p->proto, proto_lo, proto_hi) &&
	       IN(b, p->sport, sport_lo, sport_hi) &&
	       IN(b, p->iif, iif_lo, iif_hi) && IN(b, p->oif, oif_lo, oif_hi) &&
	       (p->state & b->state) && (p->state & (p->state - 1)) == 0 &&
	       p->flags < 64 && (b->flags >> p->flags & 1) &&
	       IN(b, packet_mark(p), mark_lo, mark_hi) &&
	       (b->dir >> p->reply & 1);
}

pbox pbox_of_packet(const packet *p)
{
	pbox b = pbox_full();
	b.proto_lo = b.proto_hi = p->proto;
	b.src_lo = b.src_hi = p->src;
	b.dst_lo = b.dst_hi = p->dst;
	b.sport_lo = b.sport_hi = p->sport;
	b.dport_lo = b.dport_hi = p->dport;
	b.iif_lo = b.iif_hi = p->iif;
	b.oif_lo = b.oif_hi = p->oif;
	b.state = p->state;
	if (p->proto == PROTO_TCP)
		b.flags = (uint64_t)1 << p->flags;
	b.dir = p->reply ? CTDIR_REPLY : CTDIR_ORIGINAL;
	if (p->mark_known)
		b.mark_lo = b.mark_hi = p->mark;
	return b;
}

/* a - b as at most 19 disjoint boxes in out[]; a and b must intersect.
 * Peels the fields in enum field order (see the top of the file). */
static size_t box_subtract(const pbox *a, const pbox *b, pbox *out)
{
	pbox cur = *a;
	size_t n = 0;

/* The parts of cur below and above b on one interval field, then narrow
 * cur to b there.  cur and b overlap on every field, so b.lo - 1 and
 * b.hi + 1 stay in range exactly when they are used. */
#define PEEL(lo, hi)                                                           \
	do {                                                                   \
		if (cur.lo < b->lo) {                                          \
			out[n] = cur;                                          \
			out[n++].hi = b->lo - 1;                               \
			cur.lo = b->lo;                                        \
		}                                                              \
		if (cur.hi > b->hi) {                                          \
			out[n] = cur;                                          \
			out[n++].lo = b->hi + 1;                               \
			cur.hi = b->hi;                                        \
		}                                                              \
	} while (0)
#define PEEL_BITS(bits)                                                        \
	do {                                                                   \
		if (cur.bits & ~b->bits) {                                     \
			out[n] = cur;                                          \
			out[n++].bits = cur.bits & ~b->bits;                   \
			cur.bits &= b->bits;                                   \
		}                                                              \
	} while (0)

	PEEL(proto_lo, proto_hi);
	PEEL_BITS(state);
	PEEL_BITS(dir);
	PEEL_BITS(flags);
	PEEL(mark_lo, mark_hi);
	PEEL(iif_lo, iif_hi);
	PEEL(oif_lo, oif_hi);
	PEEL(sport_lo, sport_hi);
	PEEL(dport_lo, dport_hi);
	PEEL(src_lo, src_hi);
	PEEL(dst_lo, dst_hi);
#undef PEEL
#undef PEEL_BITS
	return n;
}

/* ----------------------------------------------------------------- sets */

pset pset_empty(void)
{
	return (pset){0};
}

pset pset_full(void)
{
	pbox full = pbox_full();
	return pset_from_box(&full);
}

pset pset_from_box(const pbox *b)
{
	pset s = pset_empty();
	pset_add_box(&s, b);
	return s;
}

pset pset_clone(const pset *s)
{
	pset c = pset_empty();
	c.overflow = s->overflow;
	if (s->n) {
		c.box = xmalloc(s->n * sizeof(*c.box));
		memcpy(c.box, s->box, s->n * sizeof(*c.box));
		c.n = c.cap = s->n;
	}
	return c;
}

void pset_free(pset *s)
{
	free(s->box);
	*s = pset_empty();
}

static void append_box(pset *s, const pbox *b)
{
	if (s->n >= PSET_MAX_BOXES) {
		s->overflow = true;
		return;
	}
	s->box = xgrow(s->box, &s->cap, s->n + 1, sizeof(*s->box));
	s->box[s->n++] = *b;
}

static void remove_at(pset *s, size_t i)
{
	s->box[i] = s->box[--s->n];
}

/* Where a merging insert into s starts looking (see MERGE_SCAN_LIMIT). */
static size_t merge_from(const pset *s)
{
	return s->n <= MERGE_SCAN_LIMIT ? 0 : s->n - MERGE_WINDOW;
}

/* s |= b (pset_int.h): merging b with the whole set (whole_set) or with
 * the boxes merge_from() allows. */
void pset_insert(pset *s, const pbox *b, bool whole_set)
{
	if (pbox_is_empty(b))
		return;
	pbox cur = *b;
restart:
	for (size_t i = whole_set ? 0 : merge_from(s); i < s->n; i++) {
		pbox *e = &s->box[i];
		int f = differing_field(&cur, e);
		if (f == -1)
			return;
		if (f == -2) {
			/* Most candidates end here, after the first test. */
			if (pbox_contains(e, &cur))
				return;
			if (pbox_contains(&cur, e))
				remove_at(s, i--);
			continue;
		}
		u128 clo, chi, elo, ehi;
		field_get(&cur, f, &clo, &chi);
		field_get(e, f, &elo, &ehi);
		bool bits = field_is_bits(f);
		if (bits ? (clo & ~elo) == 0 : elo <= clo && chi <= ehi)
			return;
		if (bits ? (elo & ~clo) == 0 : clo <= elo && ehi <= chi) {
			remove_at(s, i--);
			continue;
		}
		if (bits)
			field_set(&cur, f, clo | elo, clo | elo);
		else if (touch(clo, chi, elo, ehi))
			field_set(&cur, f, MIN(clo, elo), MAX(chi, ehi));
		else
			continue;
		/* cur grew: it may now contain or touch boxes that were
		 * already passed.  Each restart removes a box. */
		remove_at(s, i);
		goto restart;
	}
	append_box(s, &cur);
}

void pset_add_box(pset *s, const pbox *b)
{
	pset_insert(s, b, true);
}

void pset_add_disjoint(pset *s, const pbox *b)
{
	if (!pbox_is_empty(b))
		append_box(s, b);
}

static bool pbox_same(const pbox *a, const pbox *b)
{
	return a->src_lo == b->src_lo && a->src_hi == b->src_hi && a->dst_lo == b->dst_lo &&
	       a->dst_hi == b->dst_hi && a->flags == b->flags && a->sport_lo == b->sport_lo &&
	       a->sport_hi == b->sport_hi && a->dport_lo == b->dport_lo &&
	       a->dport_hi == b->dport_hi && a->iif_lo == b->iif_lo && a->iif_hi == b->iif_hi &&
	       a->oif_lo == b->oif_lo && a->oif_hi == b->oif_hi && a->proto_lo == b->proto_lo &&
	       a->proto_hi == b->proto_hi && a->state == b->state && a->mark_lo == b->mark_lo &&
	       a->mark_hi == b->mark_hi && a->dir == b->dir;
}

bool pset_same_boxes(const pset *a, const pset *b)
{
	if (a->n != b->n || a->overflow != b->overflow)
		return false;
	for (size_t i = 0; i < a->n; i++)
		if (!pbox_same(&a->box[i], &b->box[i]))
			return false;
	return true;
}

void pset_add_set(pset *to, const pset *from)
{
	to->overflow |= from->overflow;
	/* The same boxes: the union is what is there (several names for
	 * one set of packets, as unresolved rules give). */
	if (to->n > 0 && to->n == from->n && pset_same_boxes(to, from))
		return;
	for (size_t i = 0; i < from->n; i++)
		pset_insert(to, &from->box[i], false);
}

void pset_absorb(pset *to, pset *from)
{
	pset_add_set(to, from);
	pset_free(from);
}

bool pset_is_empty(const pset *s)
{
	return s->n == 0;
}

bool pset_intersects(const pset *a, const pset *b)
{
	for (size_t i = 0; i < a->n; i++)
		for (size_t j = 0; j < b->n; j++)
			if (boxes_overlap(&a->box[i], &b->box[j]))
				return true;
	return false;
}

bool pset_contains_packet(const pset *s, const packet *p)
{
	for (size_t i = 0; i < s->n; i++)
		if (pbox_contains_packet(&s->box[i], p))
			return true;
	return false;
}

/* s -= b in place: boxes that b misses stay where they are, the pieces of
 * those it cuts go to the end. */
void pset_remove_box(pset *s, const pbox *b)
{
	pbox *pieces = NULL;
	size_t npieces = 0, cap = 0, kept = 0;

	for (size_t i = 0; i < s->n; i++) {
		if (!boxes_overlap(&s->box[i], b)) {
			if (kept != i) /* boxes are big: skip the self-copy */
				s->box[kept] = s->box[i];
			kept++;
			continue;
		}
		pieces =
		    xgrow(pieces, &cap, npieces + 2 * F_COUNT, sizeof(*pieces));
		npieces += box_subtract(&s->box[i], b, pieces + npieces);
	}
	s->n = kept;
	for (size_t i = 0; i < npieces; i++)
		pset_insert(s, &pieces[i], false);
	free(pieces);
}

pset pset_subtract_box(const pset *a, const pbox *b)
{
	pset r = pset_clone(a);
	pset_remove_box(&r, b);
	return r;
}

pset pset_subtract(const pset *a, const pset *b)
{
	pset r = pset_clone(a);
	r.overflow |= b->overflow;
	for (size_t j = 0; j < b->n && r.n; j++)
		pset_remove_box(&r, &b->box[j]);
	return r;
}

pset pset_intersect_box(const pset *a, const pbox *b)
{
	pset r = pset_empty();
	r.overflow = a->overflow;
	pbox x;
	for (size_t i = 0; i < a->n; i++)
		if (pbox_intersect(&a->box[i], b, &x))
			pset_insert(&r, &x, false);
	return r;
}

pset pset_intersect(const pset *a, const pset *b)
{
	pset r = pset_empty();
	r.overflow = a->overflow || b->overflow;
	pbox x;
	for (size_t i = 0; i < a->n; i++)
		for (size_t j = 0; j < b->n; j++)
			if (pbox_intersect(&a->box[i], &b->box[j], &x))
				pset_insert(&r, &x, false);
	return r;
}

pset pset_union(const pset *a, const pset *b)
{
	pset r = pset_clone(a);
	pset_add_set(&r, b);
	return r;
}

pset pset_complement(const pset *a)
{
	pset full = pset_full();
	pset r = pset_subtract(&full, a);
	pset_free(&full);
	return r;
}

/* b minus every box of s is empty.  An overflowed remainder is not a
 * proof of anything, so it answers "not covered". */
static bool box_covered(const pbox *b, const pset *s)
{
	for (size_t j = 0; j < s->n; j++)
		if (pbox_contains(&s->box[j], b))
			return true;
	pset rest = pset_from_box(b);
	for (size_t j = 0; j < s->n && rest.n; j++)
		pset_remove_box(&rest, &s->box[j]);
	bool covered = rest.n == 0 && !rest.overflow;
	pset_free(&rest);
	return covered;
}

bool pset_subset(const pset *a, const pset *b)
{
	for (size_t i = 0; i < a->n; i++)
		if (!box_covered(&a->box[i], b))
			return false;
	return true;
}

bool pset_equal(const pset *a, const pset *b)
{
	return pset_subset(a, b) && pset_subset(b, a);
}
