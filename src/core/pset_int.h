/* pset_int.h - what the files of the packet-set algebra share.
 *
 * Private to src/core/pset*.c; the interface is include/pset.h and the
 * design is described at the top of pset.c.  The helpers are static inline
 * because the set operations call them in their inner loops.
 */
#ifndef FWLINT_PSET_INT_H
#define FWLINT_PSET_INT_H

#include "pset.h"

#include <stdbool.h>

#define MAX(x, y) ((x) > (y) ? (x) : (y))
#define MIN(x, y) ((x) < (y) ? (x) : (y))

/* Fields, in the order box_subtract (pset.c) peels them. */
enum field {
	F_PROTO,
	F_STATE,
	F_DIR,
	F_FLAGS,
	F_MARK,
	F_IIF,
	F_OIF,
	F_SPORT,
	F_DPORT,
	F_SRC,
	F_DST,
	F_COUNT,
};

static inline bool field_is_bits(int f)
{
	return f == F_STATE || f == F_FLAGS || f == F_DIR;
}

/* A field as an interval (bit sets: lo = hi = the bits), so that the rare
 * generic code (merging, sorting) is written once. */
static inline void field_get(const pbox *b, int f, u128 *lo, u128 *hi)
{
	switch (f) {
	case F_PROTO:
		*lo = b->proto_lo, *hi = b->proto_hi;
		break;
	case F_STATE:
		*lo = *hi = b->state;
		break;
	case F_DIR:
		*lo = *hi = b->dir;
		break;
	case F_FLAGS:
		*lo = *hi = b->flags;
		break;
	case F_MARK:
		*lo = b->mark_lo, *hi = b->mark_hi;
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

static inline void field_set(pbox *b, int f, u128 lo, u128 hi)
{
	switch (f) {
	case F_PROTO:
		b->proto_lo = (uint8_t)lo, b->proto_hi = (uint8_t)hi;
		break;
	case F_STATE:
		b->state = (uint8_t)lo;
		break;
	case F_DIR:
		b->dir = (uint8_t)lo;
		break;
	case F_FLAGS:
		b->flags = (uint64_t)lo;
		break;
	case F_MARK:
		b->mark_lo = (uint64_t)lo, b->mark_hi = (uint64_t)hi;
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

/* Two intervals [alo, ahi] and [blo, bhi] that overlap or touch. */
static inline bool touch(u128 alo, u128 ahi, u128 blo, u128 bhi)
{
	return (alo <= bhi || alo - 1 <= bhi) && (blo <= ahi || blo - 1 <= ahi);
}

/* The one field in which a and b differ: -1 when they are equal, -2 when
 * they differ in two or more.  Written out field by field because every
 * insert calls it on many candidates, most of which fail at once. */
static inline int differing_field(const pbox *a, const pbox *b)
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
	DIFFER(SAME(mark_lo, mark_hi), F_MARK);
	DIFFER(a->dir == b->dir, F_DIR);
#undef SAME
#undef DIFFER
	return differ;
}

/* Order two boxes by field f (bit sets as numbers): for sorting. */
static inline int cmp_field(const pbox *a, const pbox *b, int f)
{
#define CMP(x, y) ((x) < (y) ? -1 : (x) > (y))
#define CMP_IV(lo, hi)                                                         \
	(CMP(a->lo, b->lo) ? CMP(a->lo, b->lo) : CMP(a->hi, b->hi))
	switch (f) {
	case F_PROTO:
		return CMP_IV(proto_lo, proto_hi);
	case F_STATE:
		return CMP(a->state, b->state);
	case F_DIR:
		return CMP(a->dir, b->dir);
	case F_FLAGS:
		return CMP(a->flags, b->flags);
	case F_MARK:
		return CMP_IV(mark_lo, mark_hi);
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

/* s |= b.  Drops b when a box of s contains it, removes the boxes of s
 * that b contains, and merges b with a box it touches in one field: with
 * every box of s when whole_set, else with those that the merge window
 * allows (MERGE_SCAN_LIMIT, pset.c).  Past PSET_MAX_BOXES it sets
 * overflow. */
void pset_insert(pset *s, const pbox *b, bool whole_set);

#endif
