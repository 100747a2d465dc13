/* pset_compact.c - pset_compact: the thorough merge, by sorting.
 *
 * The inserts of pset.c merge a new box only with the boxes they scan (the
 * merge window); this merges every run of boxes that differ in one field,
 * field by field, in O(n log n) a field, for callers to use at checkpoints.
 */
#include "pset.h"

#include "pset_int.h"
#include "xalloc.h"

#include <stdlib.h>
#include <string.h>

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
				pset_insert(&fresh, &old.box[i], true);
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
