/* eval_index.c - per chain, the match sets of its rules and an index of
 * their boxes by destination address, source address and destination
 * port, so that the candidate rules for a set of packets are found
 * without a scan of the chain (eval_candidates; the index structures are
 * described in eval_int.h). */
#include "eval_int.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

/* Sort a class by (lo, rule, box).  Entries are added in (rule, box)
 * order, so a stable sort by lo alone gives that order: an LSD radix sort
 * over the bytes of lo that differ between entries (four for IPv4
 * addresses, two for ports), not a comparison sort. */
static void ixent_sort(ixent *v, size_t n)
{
	if (n < 2)
		return;
	if (n <= 32) {
		for (size_t i = 1; i < n; i++) {
			ixent t = v[i];
			size_t j = i;
			for (; j > 0 && v[j - 1].lo > t.lo; j--)
				v[j] = v[j - 1];
			v[j] = t;
		}
		return;
	}
	u128 diff = 0;
	for (size_t i = 1; i < n; i++)
		diff |= v[i].lo ^ v[0].lo;
	ixent *tmp = xmalloc(n * sizeof *tmp), *from = v, *to = tmp;
	size_t count[256];
	for (int byte = 0; byte < 16; byte++) {
		if (!((diff >> (8 * byte)) & 0xff))
			continue;
		memset(count, 0, sizeof count);
		for (size_t i = 0; i < n; i++)
			count[(size_t)(from[i].lo >> (8 * byte)) & 0xff]++;
		size_t sum = 0;
		for (size_t k = 0; k < 256; k++) {
			size_t c = count[k];
			count[k] = sum;
			sum += c;
		}
		for (size_t i = 0; i < n; i++)
			to[count[(size_t)(from[i].lo >> (8 * byte)) & 0xff]++] = from[i];
		ixent *t = from;
		from = to;
		to = t;
	}
	if (from != v)
		memcpy(v, from, n * sizeof *v);
	free(tmp);
}

/* The copy of ports and protocols fits in what was padding. */
_Static_assert(sizeof(ixent) == 2 * sizeof(u128), "ixent grew");

static int bit_length(u128 v)
{
	int n = 0;
	while (v) {
		v >>= 1;
		n++;
	}
	return n;
}

static void axis_add(axis_index *ax, u128 lo, u128 hi, uint32_t rule, uint32_t box,
		     const pbox *b)
{
	int k = bit_length(hi - lo);
	ix_class *c = &ax->cls[k];
	if (c->n == 0)
		ax->used[ax->nused++] = (uint8_t)k;
	c->v = xgrow(c->v, &c->cap, c->n + 1, sizeof *c->v);
	c->v[c->n++] = (ixent){ lo, rule, box, b->dport_lo, b->dport_hi, b->proto_lo, b->proto_hi };
	if (hi - lo > c->width)
		c->width = hi - lo;
}

static void box_axis(const pbox *b, int axis, u128 *lo, u128 *hi)
{
	switch (axis) {
	case AX_DST: *lo = b->dst_lo; *hi = b->dst_hi; break;
	case AX_SRC: *lo = b->src_lo; *hi = b->src_hi; break;
	default: *lo = b->dport_lo; *hi = b->dport_hi; break;
	}
}

void chain_ix_build(chain_ix *cx, const ir_chain *c, const iftab *tab, const eval_marks *marks)
{
	cx->chain = c;
	cx->match = xcalloc(c->n ? c->n : 1, sizeof *cx->match);
	cx->unsure = xcalloc(c->n ? c->n : 1, sizeof *cx->unsure);
	for (size_t i = 0; i < c->n; i++) {
		cx->match[i] = eval_match_build(c->rule[i], tab, marks, &cx->unsure[i]);
		pset *m = &cx->match[i];
		if (m->cap > m->n && m->n) {
			m->box = xrealloc(m->box, m->n * sizeof *m->box);
			m->cap = m->n;
		}
		for (size_t k = 0; k < cx->match[i].n; k++)
			for (int a = 0; a < AX_COUNT; a++) {
				u128 lo, hi;
				box_axis(&cx->match[i].box[k], a, &lo, &hi);
				axis_add(&cx->ax[a], lo, hi, (uint32_t)i, (uint32_t)k,
					 &cx->match[i].box[k]);
			}
	}
	for (int a = 0; a < AX_COUNT; a++)
		for (size_t u = 0; u < cx->ax[a].nused; u++) {
			ix_class *cl = &cx->ax[a].cls[cx->ax[a].used[u]];
			if (cl->cap > cl->n) {
				cl->v = xrealloc(cl->v, cl->n * sizeof *cl->v);
				cl->cap = cl->n;
			}
			ixent_sort(cl->v, cl->n);
		}
}

void chain_ix_free(chain_ix *cx)
{
	if (!cx->chain)
		return;
	for (size_t i = 0; i < cx->chain->n; i++)
		pset_free(&cx->match[i]);
	free(cx->match);
	free(cx->unsure);
	free(cx->ctorig);
	for (int a = 0; a < AX_COUNT; a++)
		for (size_t u = 0; u < cx->ax[a].nused; u++)
			free(cx->ax[a].cls[cx->ax[a].used[u]].v);
}

/* First entry of a class with lo >= key. */
static size_t lower_bound(const ix_class *c, u128 key)
{
	size_t a = 0, b = c->n;
	while (a < b) {
		size_t m = a + (b - a) / 2;
		if (c->v[m].lo < key)
			a = m + 1;
		else
			b = m;
	}
	return a;
}

typedef struct window {
	size_t from[IX_CLASSES], to[IX_CLASSES];
	size_t total;
} window;

/* The entries of every class that may meet [lo, hi]. */
static void axis_window(const axis_index *ax, u128 lo, u128 hi, window *w)
{
	w->total = 0;
	for (size_t u = 0; u < ax->nused; u++) {
		int k = ax->used[u];
		const ix_class *c = &ax->cls[k];
		u128 start = lo > c->width ? lo - c->width : 0;
		w->from[k] = lower_bound(c, start);
		w->to[k] = hi == U128_MAX ? c->n : lower_bound(c, hi + 1);
		w->total += w->to[k] - w->from[k];
	}
}

static size_t candidates(const evaluator *ev, const ir_chain *c, const pset *s,
			 size_t below, bool ordered, size_t **out);

static int u32_cmp(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

size_t eval_candidates(const evaluator *ev, const ir_chain *c, const pset *s,
		       size_t below, size_t **out)
{
	return candidates(ev, c, s, below, true, out);
}

size_t eval_candidates_unordered(const evaluator *ev, const ir_chain *c, const pset *s,
				 size_t below, size_t **out)
{
	return candidates(ev, c, s, below, false, out);
}

static size_t candidates(const evaluator *ev, const ir_chain *c, const pset *s,
			 size_t below, bool ordered, size_t **out)
{
	const chain_ix *cx = chain_index(ev, c);
	*out = NULL;
	if (!cx || c->n == 0 || pset_is_empty(s))
		return 0;
	if (below > c->n)
		below = c->n;

	uint32_t *cand = NULL;
	size_t n = 0, cap = 0;
	/* A short chain is cheaper to scan than to search. */
	bool all = c->n <= 32;
	window w[2];
	for (size_t k = 0; k < s->n && !all; k++) {
		const pbox *q = &s->box[k];
		/* Scan the axis whose windows hold the fewest boxes. */
		int best = -1, wi = 0;
		for (int a = 0; a < AX_COUNT; a++) {
			u128 lo, hi;
			box_axis(q, a, &lo, &hi);
			window *cur = &w[wi];
			axis_window(&cx->ax[a], lo, hi, cur);
			if (best < 0 || cur->total < w[1 - wi].total) {
				best = a;
				wi = 1 - wi;
			}
			/* Few enough to scan: the other axes cannot save
			 * more than their binary searches cost. */
			if (w[1 - wi].total <= 16)
				break;
		}
		const window *win = &w[1 - wi];
		if (n + win->total > 4 * (size_t)c->n) {
			all = true;
			break;
		}
		const axis_index *ax = &cx->ax[best];
		for (size_t u = 0; u < ax->nused; u++) {
			int cl = ax->used[u];
			const ixent *e = ax->cls[cl].v;
			for (size_t i = win->from[cl]; i < win->to[cl]; i++) {
				if (e[i].rule >= below || e[i].dport_hi < q->dport_lo ||
				    q->dport_hi < e[i].dport_lo || e[i].proto_hi < q->proto_lo ||
				    q->proto_hi < e[i].proto_lo)
					continue;
				const pbox *rb = &cx->match[e[i].rule].box[e[i].box];
				if (!pbox_intersects(rb, q))
					continue;
				cand = xgrow(cand, &cap, n + 1, sizeof *cand);
				cand[n++] = e[i].rule;
			}
		}
	}

	size_t *res;
	size_t nres = 0;
	if (all) {
		res = xmalloc((below ? below : 1) * sizeof *res);
		for (size_t i = 0; i < below; i++)
			res[i] = i;
		nres = below;
	} else if (!ordered) {
		res = xmalloc((n ? n : 1) * sizeof *res);
		for (size_t i = 0; i < n; i++)
			res[i] = cand[i];
		nres = n;
	} else {
		if (n <= 32) {
			for (size_t i = 1; i < n; i++)
				for (size_t j = i; j > 0 && cand[j - 1] > cand[j]; j--) {
					uint32_t t = cand[j];
					cand[j] = cand[j - 1];
					cand[j - 1] = t;
				}
		} else {
			qsort(cand, n, sizeof *cand, u32_cmp);
		}
		res = xmalloc((n ? n : 1) * sizeof *res);
		for (size_t i = 0; i < n; i++)
			if (i == 0 || cand[i] != cand[i - 1])
				res[nres++] = cand[i];
	}
	free(cand);
	*out = res;
	return nres;
}
