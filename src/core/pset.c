/* pset.c - the packet-set algebra: exact, finite unions of boxes.
 *
 * Why boxes.  Every condition a firewall rule can state (a protocol, a
 * prefix or address range, a port range, an interface or wildcard, a set of
 * conntrack states, a TCP flags mask) is an interval or a bit set on one
 * field, so a rule is one box, and a negated condition is at most two boxes.
 * Boxes are also what messages need: an example packet is a corner of a box
 * and a summary is a list of its intervals.  BDDs would make the "not yet
 * matched" set cheaper to update, but turning them back into port ranges and
 * prefixes is a separate problem (see ALGEBRA.md); boxes keep the algebra,
 * its tests and its output in one readable shape.
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
 * 2 * 7 + 2 = 16 disjoint boxes, and only as many as the fields where b is
 * narrower than a: a rule's box cuts only along the fields it constrains.
 *
 * Field order, and why it bounds fragmentation.  The fields peeled first give
 * the wide pieces (whole in every later field); the last field's pieces are
 * narrow in every other one.  A run of rules that differ in one field (the
 * common case: many destinations, or many ports, under one protocol) then
 * cuts only the one piece that is whole in that field, and each rule adds a
 * constant number of boxes instead of multiplying them.  So the coarse fields
 * that rules share (protocol, state, flags, interfaces, source port) come
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
 */
#include "pset.h"

#include "iftab.h"
#include "xalloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Up to this many boxes a new piece is merged against the whole set;
 * beyond it, against the last MERGE_WINDOW boxes only (see the top of the
 * file), which bounds an insert at max(MERGE_SCAN_LIMIT, MERGE_WINDOW) box
 * comparisons whatever the size of the set. */
#define MERGE_SCAN_LIMIT 1024
#define MERGE_WINDOW	 64

/* Fields, in the order box_subtract peels them. */
enum field {
	F_PROTO,
	F_STATE,
	F_FLAGS,
	F_IIF,
	F_OIF,
	F_SPORT,
	F_DPORT,
	F_SRC,
	F_DST,
	F_COUNT,
};

static bool field_is_bits(int f)
{
	return f == F_STATE || f == F_FLAGS;
}

/* A field as an interval (bit sets: lo = hi = the bits), so that the rare
 * generic code (merging, sorting) is written once. */
static void field_get(const pbox *b, int f, u128 *lo, u128 *hi)
{
	switch (f) {
	case F_PROTO:
		*lo = b->proto_lo, *hi = b->proto_hi;
		break;
	case F_STATE:
		*lo = *hi = b->state;
		break;
	case F_FLAGS:
		*lo = *hi = b->flags;
		break;
	case F_IIF:
		*lo = b->iif_lo, *hi = b->iif_hi;
		break;
	case F_OIF:
		*lo = b->oif_lo, *hi = b->oif_hi;
		break;
	case F_SPORT:
		*lo = b->sport_lo, *hi = b->sport_hi;
		break;
	case F_DPORT:
		*lo = b->dport_lo, *hi = b->dport_hi;
		break;
	case F_SRC:
		*lo = b->src_lo, *hi = b->src_hi;
		break;
	default:
		*lo = b->dst_lo, *hi = b->dst_hi;
		break;
	}
}

static void field_set(pbox *b, int f, u128 lo, u128 hi)
{
	switch (f) {
	case F_PROTO:
		b->proto_lo = (uint8_t)lo, b->proto_hi = (uint8_t)hi;
		break;
	case F_STATE:
		b->state = (uint8_t)lo;
		break;
	case F_FLAGS:
		b->flags = (uint64_t)lo;
		break;
	case F_IIF:
		b->iif_lo = (uint16_t)lo, b->iif_hi = (uint16_t)hi;
		break;
	case F_OIF:
		b->oif_lo = (uint16_t)lo, b->oif_hi = (uint16_t)hi;
		break;
	case F_SPORT:
		b->sport_lo = (uint16_t)lo, b->sport_hi = (uint16_t)hi;
		break;
	case F_DPORT:
		b->dport_lo = (uint16_t)lo, b->dport_hi = (uint16_t)hi;
		break;
	case F_SRC:
		b->src_lo = lo, b->src_hi = hi;
		break;
	default:
		b->dst_lo = lo, b->dst_hi = hi;
		break;
	}
}

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
	};
}

bool pbox_is_empty(const pbox *b)
{
	return b->src_lo > b->src_hi || b->dst_lo > b->dst_hi ||
	       b->sport_lo > b->sport_hi || b->dport_lo > b->dport_hi ||
	       b->iif_lo > b->iif_hi || b->oif_lo > b->oif_hi ||
	       b->proto_lo > b->proto_hi || (b->state & CT_ALL) == 0 ||
	       b->flags == 0;
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
	       (a->state & b->state) && (a->flags & b->flags);
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
	       (inner->flags & ~outer->flags) == 0;
}

#define MAX(x, y) ((x) > (y) ? (x) : (y))
#define MIN(x, y) ((x) < (y) ? (x) : (y))

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
	       p->flags < 64 && (b->flags >> p->flags & 1);
}

/* a - b as at most 16 disjoint boxes in out[]; a and b must intersect.
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
	PEEL_BITS(flags);
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

/* Two intervals [alo, ahi] and [blo, bhi] that overlap or touch. */
static bool touch(u128 alo, u128 ahi, u128 blo, u128 bhi)
{
	return (alo <= bhi || alo - 1 <= bhi) && (blo <= ahi || blo - 1 <= ahi);
}

/* The one field in which a and b differ: -1 when they are equal, -2 when
 * they differ in two or more.  Written out field by field because every
 * insert calls it on many candidates, most of which fail at once. */
static int differing_field(const pbox *a, const pbox *b)
{
	int differ = -1;
#define DIFFER(same, f)                                                        \
	do {                                                                   \
		if (!(same)) {                                                 \
			if (differ >= 0)                                       \
				return -2;                                     \
			differ = (f);                                          \
		}                                                              \
	} while (0)
#define SAME(lo, hi) (a->lo == b->lo && a->hi == b->hi)
	DIFFER(SAME(dst_lo, dst_hi), F_DST);
	DIFFER(SAME(dport_lo, dport_hi), F_DPORT);
	DIFFER(SAME(src_lo, src_hi), F_SRC);
	DIFFER(SAME(proto_lo, proto_hi), F_PROTO);
	DIFFER(SAME(sport_lo, sport_hi), F_SPORT);
	DIFFER(SAME(iif_lo, iif_hi), F_IIF);
	DIFFER(SAME(oif_lo, oif_hi), F_OIF);
	DIFFER(a->state == b->state, F_STATE);
	DIFFER(a->flags == b->flags, F_FLAGS);
#undef SAME
#undef DIFFER
	return differ;
}

/* into |= b when the union is one box: b equals into on every field but
 * one, and on that one the intervals touch (bit sets always merge). */
static bool box_merge(pbox *into, const pbox *b)
{
	int differ = differing_field(into, b);
	if (differ == -1)
		return true;
	if (differ < 0)
		return false;
	u128 alo, ahi, blo, bhi;
	field_get(into, differ, &alo, &ahi);
	field_get(b, differ, &blo, &bhi);
	if (field_is_bits(differ)) {
		field_set(into, differ, alo | blo, alo | blo);
		return true;
	}
	if (!touch(alo, ahi, blo, bhi))
		return false;
	field_set(into, differ, MIN(alo, blo), MAX(ahi, bhi));
	return true;
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

/* s |= b, merging b with the whole set (whole_set) or with the boxes
 * merge_from() allows. */
static void insert_box(pset *s, const pbox *b, bool whole_set)
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
	insert_box(s, b, true);
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
	       a->proto_hi == b->proto_hi && a->state == b->state;
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
		insert_box(to, &from->box[i], false);
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
		insert_box(s, &pieces[i], false);
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
			insert_box(&r, &x, false);
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
				insert_box(&r, &x, false);
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

/* -------------------------------------------------------------- compact */

static int cmp_u128(u128 a, u128 b)
{
	return a < b ? -1 : a > b;
}

static int cmp_field(const pbox *a, const pbox *b, int f)
{
#define CMP(x, y) ((x) < (y) ? -1 : (x) > (y))
#define CMP_IV(lo, hi)                                                         \
	(CMP(a->lo, b->lo) ? CMP(a->lo, b->lo) : CMP(a->hi, b->hi))
	switch (f) {
	case F_PROTO:
		return CMP_IV(proto_lo, proto_hi);
	case F_STATE:
		return CMP(a->state, b->state);
	case F_FLAGS:
		return CMP(a->flags, b->flags);
	case F_IIF:
		return CMP_IV(iif_lo, iif_hi);
	case F_OIF:
		return CMP_IV(oif_lo, oif_hi);
	case F_SPORT:
		return CMP_IV(sport_lo, sport_hi);
	case F_DPORT:
		return CMP_IV(dport_lo, dport_hi);
	case F_SRC:
		return CMP_IV(src_lo, src_hi);
	default:
		return CMP_IV(dst_lo, dst_hi);
	}
#undef CMP_IV
#undef CMP
}

/* Order boxes by every field but `last`, then by `last` (F_COUNT: by every
 * field in enum order): boxes that differ only in `last` end up next to
 * each other, in the order of that field. */
static int cmp_boxes(const pbox *a, const pbox *b, int last)
{
	for (int f = 0; f < F_COUNT; f++) {
		int c;
		if (f != last && (c = cmp_field(a, b, f)))
			return c;
	}
	return last < F_COUNT ? cmp_field(a, b, last) : 0;
}

/* A stable merge sort with the field as context (qsort has none, and
 * qsort_r is not portable). */
static void sort_boxes(pbox *v, size_t n, int last)
{
	if (n < 2)
		return;
	pbox *tmp = xmalloc(n * sizeof(*tmp));
	for (size_t width = 1; width < n; width *= 2) {
		for (size_t lo = 0; lo < n; lo += 2 * width) {
			size_t mid = MIN(lo + width, n),
			       hi = MIN(lo + 2 * width, n);
			size_t i = lo, j = mid, k = lo;
			while (i < mid && j < hi)
				tmp[k++] = cmp_boxes(&v[j], &v[i], last) < 0
					       ? v[j++]
					       : v[i++];
			while (i < mid)
				tmp[k++] = v[i++];
			while (j < hi)
				tmp[k++] = v[j++];
		}
		memcpy(v, tmp, n * sizeof(*v));
	}
	free(tmp);
}

/* One sweep that merges every run of boxes differing only in field f. */
static bool merge_along(pset *s, int f)
{
	if (s->n < 2)
		return false;
	sort_boxes(s->box, s->n, f);
	size_t w = 0;
	for (size_t k = 1; k < s->n; k++)
		if (!box_merge(&s->box[w], &s->box[k]))
			s->box[++w] = s->box[k];
	bool changed = w + 1 != s->n;
	s->n = w + 1;
	return changed;
}

/* Pairwise containment is quadratic: only for sets small enough. */
#define COMPACT_PAIRWISE_LIMIT 4096

void pset_compact(pset *s)
{
	for (int round = 0; round < 16; round++) {
		bool changed = false;
		for (int f = 0; f < F_COUNT; f++)
			changed |= merge_along(s, f);
		if (s->n <= COMPACT_PAIRWISE_LIMIT) {
			pset old = *s;
			pset fresh = pset_empty();
			fresh.overflow = old.overflow;
			for (size_t i = 0; i < old.n; i++)
				insert_box(&fresh, &old.box[i], true);
			changed |= fresh.n != old.n;
			pset_free(&old);
			*s = fresh;
		}
		if (!changed)
			break;
	}
	/* A canonical order, so that equal inputs print the same. */
	sort_boxes(s->box, s->n, F_COUNT);
}

/* -------------------------------------------------------------- example */

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
	return (a->flags > b->flags) - (a->flags < b->flags);
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

/* ----------------------------------------------------------- formatting */

/* A bounded string builder: always NUL-terminated, marks truncation with
 * "..." so that a cut message does not read as a complete one. */
typedef struct strbuf {
	char *buf;
	size_t n, len;
	bool cut;
} strbuf;

static void sb_init(strbuf *sb, char *buf, size_t n)
{
	*sb = (strbuf){.buf = buf, .n = n};
	if (n)
		buf[0] = '\0';
}

__attribute__((format(printf, 2, 3))) static void
sb_printf(strbuf *sb, const char *fmt, ...)
{
	if (sb->cut || !sb->n)
		return;
	va_list ap;
	va_start(ap, fmt);
	int w = vsnprintf(sb->buf + sb->len, sb->n - sb->len, fmt, ap);
	va_end(ap);
	if (w < 0)
		w = 0;
	if ((size_t)w >= sb->n - sb->len) {
		sb->cut = true;
		sb->len = sb->n - 1;
		if (sb->n >= 4)
			memcpy(sb->buf + sb->n - 4, "...", 4);
		return;
	}
	sb->len += (size_t)w;
}

static void sb_puts(strbuf *sb, const char *s)
{
	sb_printf(sb, "%s", s);
}

static void fmt_v4(uint32_t a, char *buf, size_t n)
{
	snprintf(buf, n, "%u.%u.%u.%u", a >> 24, a >> 16 & 0xff, a >> 8 & 0xff,
		 a & 0xff);
}

/* RFC 5952 section 4: no leading zeros, the longest run of two or more zero
 * groups (the first of equal runs) as "::", lower case. */
static void fmt_v6(u128 a, char *buf, size_t n)
{
	unsigned g[8];
	for (int i = 0; i < 8; i++)
		g[i] = (unsigned)(a >> (16 * (7 - i)) & 0xffff);
	int best = -1, bestlen = 1;
	for (int i = 0; i < 8;) {
		if (g[i]) {
			i++;
			continue;
		}
		int j = i;
		while (j < 8 && !g[j])
			j++;
		if (j - i > bestlen)
			best = i, bestlen = j - i;
		i = j;
	}
	strbuf sb;
	sb_init(&sb, buf, n);
	for (int i = 0; i < 8; i++) {
		if (i == best) {
			sb_puts(&sb, "::");
			i += bestlen - 1;
			continue;
		}
		sb_printf(&sb, "%s%x", i && i != best + bestlen ? ":" : "",
			  g[i]);
	}
}

void fmt_addr(u128 a, char *buf, size_t n)
{
	if (addr_is_v4(a))
		fmt_v4((uint32_t)a, buf, n);
	else
		fmt_v6(a, buf, n);
}

/* The prefix length when [lo, hi] is exactly one CIDR block, else -1. */
static int prefix_len(u128 lo, u128 hi)
{
	if (lo > hi)
		return -1;
	if (lo == 0 && hi == U128_MAX)
		return 0;
	u128 size = hi - lo + 1; /* no overflow: not the whole range */
	if (size & (size - 1) || lo & (size - 1))
		return -1;
	int bits = 0;
	while (size >> bits > 1)
		bits++;
	return 128 - bits;
}

void fmt_addr_range(u128 lo, u128 hi, char *buf, size_t n)
{
	char a[48], b[48];
	int len = prefix_len(lo, hi);
	if (lo == 0 && hi == U128_MAX) {
		snprintf(buf, n, "any");
	} else if (len >= 96 && addr_is_v4(lo)) {
		fmt_addr(lo, a, sizeof(a));
		if (len == 128)
			snprintf(buf, n, "%s", a);
		else
			snprintf(buf, n, "%s/%d", a, len - 96);
	} else if (len >= 0) {
		fmt_addr(lo, a, sizeof(a));
		if (len == 128)
			snprintf(buf, n, "%s", a);
		else
			snprintf(buf, n, "%s/%d", a, len);
	} else {
		fmt_addr(lo, a, sizeof(a));
		fmt_addr(hi, b, sizeof(b));
		snprintf(buf, n, "%s-%s", a, b);
	}
}

/* Protocols whose port fields are ports (pset.h). */
static bool proto_has_ports(unsigned proto)
{
	return proto == PROTO_TCP || proto == PROTO_UDP || proto == 33 ||
	       proto == 132 || proto == 136;
}

static bool proto_is_icmp(unsigned proto)
{
	return proto == PROTO_ICMP || proto == PROTO_ICMPV6;
}

static void sb_proto(strbuf *sb, unsigned proto)
{
	switch (proto) {
	case PROTO_TCP:
		sb_puts(sb, "TCP");
		break;
	case PROTO_UDP:
		sb_puts(sb, "UDP");
		break;
	case PROTO_ICMP:
		sb_puts(sb, "ICMP");
		break;
	case PROTO_ICMPV6:
		sb_puts(sb, "ICMPv6");
		break;
	default:
		sb_printf(sb, "proto %u", proto);
		break;
	}
}

static void sb_endpoint(strbuf *sb, u128 addr, unsigned port, bool ports)
{
	char a[48];
	fmt_addr(addr, a, sizeof(a));
	if (!ports)
		sb_puts(sb, a);
	else if (addr_is_v4(addr))
		sb_printf(sb, "%s:%u", a, port);
	else
		sb_printf(sb, "[%s]:%u", a, port);
}

static void sb_iface(strbuf *sb, const struct iftab *tab, uint16_t id)
{
	if (tab)
		sb_puts(sb, iftab_name(tab, id));
	else
		sb_printf(sb, "#%u", id);
}

static const char *state_name(unsigned state)
{
	static const char *const names[] = {"NEW", "ESTABLISHED", "RELATED",
					    "INVALID", "UNTRACKED"};
	for (unsigned i = 0; i < 5; i++)
		if (state >> i & 1)
			return names[i];
	return NULL;
}

static void sb_tcpflags(strbuf *sb, unsigned flags)
{
	static const char *const names[] = {"FIN", "SYN", "RST",
					    "PSH", "ACK", "URG"};
	if (!(flags & 0x3f)) {
		sb_puts(sb, " no-flags");
		return;
	}
	const char *sep = " ";
	for (unsigned i = 0; i < 6; i++) {
		if (flags >> i & 1) {
			sb_printf(sb, "%s%s", sep, names[i]);
			sep = ",";
		}
	}
}

void fmt_packet(const packet *p, const struct iftab *tab, char *buf, size_t n)
{
	strbuf sb;
	sb_init(&sb, buf, n);
	bool ports = proto_has_ports(p->proto);
	sb_proto(&sb, p->proto);
	sb_puts(&sb, " ");
	sb_endpoint(&sb, p->src, p->sport, ports);
	sb_puts(&sb, " -> ");
	sb_endpoint(&sb, p->dst, p->dport, ports);
	if (proto_is_icmp(p->proto))
		sb_printf(&sb, " type %u code %u", p->dport >> 8,
			  p->dport & 0xff);
	if (p->iif) {
		sb_puts(&sb, " in ");
		sb_iface(&sb, tab, p->iif);
	}
	if (p->oif) {
		sb_puts(&sb, " out ");
		sb_iface(&sb, tab, p->oif);
	}
	const char *st = state_name(p->state);
	if (st)
		sb_printf(&sb, " %s", st);
	if (p->proto == PROTO_TCP)
		sb_tcpflags(&sb, p->flags);
}

/* -------------------------------------------------------------- summary */

/* Groups spelled out by pset_summary, and ranges per list. */
#define SUMMARY_GROUPS 6
#define SUMMARY_RANGES 8

static void sb_range16(strbuf *sb, unsigned lo, unsigned hi)
{
	if (lo == hi)
		sb_printf(sb, "%u", lo);
	else
		sb_printf(sb, "%u-%u", lo, hi);
}

/* An ICMP dport interval in type/code words. */
static void sb_icmp_range(strbuf *sb, unsigned lo, unsigned hi)
{
	if ((lo & 0xff) == 0 && (hi & 0xff) == 0xff)
		sb_range16(sb, lo >> 8, hi >> 8);
	else if (lo >> 8 == hi >> 8) {
		sb_printf(sb, "%u code ", lo >> 8);
		sb_range16(sb, lo & 0xff, hi & 0xff);
	} else
		sb_printf(sb, "%u code %u-%u code %u", lo >> 8, lo & 0xff,
			  hi >> 8, hi & 0xff);
}

typedef struct range16 {
	unsigned lo, hi;
} range16;

/* Sort and merge ranges in place; returns the new count. */
static size_t merge_ranges(range16 *r, size_t n)
{
	for (size_t i = 1; i < n; i++) { /* insertion sort: lists are short */
		range16 x = r[i];
		size_t j = i;
		for (; j > 0 && (r[j - 1].lo > x.lo ||
				 (r[j - 1].lo == x.lo && r[j - 1].hi > x.hi));
		     j--)
			r[j] = r[j - 1];
		r[j] = x;
	}
	size_t w = 0;
	for (size_t i = 1; i < n; i++) {
		if (r[i].lo <= r[w].hi + 1)
			r[w].hi = MAX(r[w].hi, r[i].hi);
		else
			r[++w] = r[i];
	}
	return n ? w + 1 : 0;
}

static void sb_range_list(strbuf *sb, const range16 *r, size_t n, bool icmp)
{
	for (size_t i = 0; i < n && i < SUMMARY_RANGES; i++) {
		if (i)
			sb_puts(sb, ",");
		if (icmp)
			sb_icmp_range(sb, r[i].lo, r[i].hi);
		else
			sb_range16(sb, r[i].lo, r[i].hi);
	}
	if (n > SUMMARY_RANGES)
		sb_printf(sb, " and %zu more", n - SUMMARY_RANGES);
}

/* The part of a box the summary shows; boxes with the same key form one
 * group, whose destination ports are listed together. */
/* The summary's order: protocol, addresses, source port, then destination
 * port, so that one group (a protocol, two addresses and a source port)
 * is one run whose destination ports can be listed together. */
static int cmp_summary(const void *x, const void *y)
{
	static const int order[] = { F_PROTO, F_SRC, F_DST, F_SPORT, F_DPORT,
				     F_IIF, F_OIF, F_STATE, F_FLAGS };
	for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
		int c = cmp_field(x, y, order[i]);
		if (c)
			return c;
	}
	return 0;
}

static bool same_group(const pbox *a, const pbox *b)
{
	return a->proto_lo == b->proto_lo && a->proto_hi == b->proto_hi &&
	       a->src_lo == b->src_lo && a->src_hi == b->src_hi &&
	       a->dst_lo == b->dst_lo && a->dst_hi == b->dst_hi &&
	       a->sport_lo == b->sport_lo && a->sport_hi == b->sport_hi;
}

void pset_summary(const pset *s, const struct iftab *tab, char *buf, size_t n)
{
	strbuf sb;
	sb_init(&sb, buf, n);
	if (s->overflow)
		sb_puts(&sb, "(too complex, incomplete) ");
	if (!s->n) {
		sb_puts(&sb, "nothing");
		return;
	}
	/* Sorted by protocol, addresses, source and destination ports: the
	 * groups come out contiguous and in a deterministic order. */
	pbox *v = xmalloc(s->n * sizeof(*v));
	memcpy(v, s->box, s->n * sizeof(*v));
	qsort(v, s->n, sizeof(*v), cmp_summary);
	range16 *ports = xmalloc(s->n * sizeof(*ports));
	size_t ngroups = 0;
	for (size_t i = 0; i < s->n;) {
		size_t j = i;
		while (j < s->n && same_group(&v[i], &v[j]))
			j++;
		if (ngroups++ >= SUMMARY_GROUPS) {
			i = j;
			continue;
		}
		const pbox *b = &v[i];
		if (ngroups > 1)
			sb_puts(&sb, "; ");
		if (b->proto_lo == 0 && b->proto_hi == UINT8_MAX)
			sb_puts(&sb, "IP");
		else if (b->proto_lo == b->proto_hi)
			sb_proto(&sb, b->proto_lo);
		else
			sb_printf(&sb, "proto %u-%u", b->proto_lo, b->proto_hi);
		char a[100];
		bool one = b->proto_lo == b->proto_hi;
		bool ported = one && proto_has_ports(b->proto_lo);
		fmt_addr_range(b->src_lo, b->src_hi, a, sizeof(a));
		sb_printf(&sb, " from %s", a);
		/* "TCP from A port S to B ports P": each port list next to
		 * the address it belongs to, as an engineer reads a flow. */
		if (ported && !(b->sport_lo == 0 && b->sport_hi == 0xffff)) {
			sb_puts(&sb, b->sport_lo == b->sport_hi ? " port " : " ports ");
			sb_range16(&sb, b->sport_lo, b->sport_hi);
		}
		fmt_addr_range(b->dst_lo, b->dst_hi, a, sizeof(a));
		sb_printf(&sb, " to %s", a);
		size_t nr = 0;
		for (size_t k = i; k < j; k++)
			ports[nr++] = (range16){v[k].dport_lo, v[k].dport_hi};
		nr = merge_ranges(ports, nr);
		bool whole =
		    nr == 1 && ports[0].lo == 0 && ports[0].hi == 0xffff;
		if (ported) {
			if (!whole) {
				sb_puts(&sb,
					nr == 1 && ports[0].lo == ports[0].hi
					    ? " port "
					    : " ports ");
				sb_range_list(&sb, ports, nr, false);
			}
		} else if (one && proto_is_icmp(b->proto_lo) && !whole) {
			sb_puts(&sb, " type ");
			sb_range_list(&sb, ports, nr, true);
		}
		i = j;
	}
	if (ngroups > SUMMARY_GROUPS)
		sb_printf(&sb, "; and %zu more", ngroups - SUMMARY_GROUPS);
	free(ports);
	free(v);
}
