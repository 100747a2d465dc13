/* eval.c - the evaluator (see eval.h). */
#include "eval.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

/* An index of one chain's rule boxes along one axis (an address or a port
 * field).  Boxes are split into classes by the bit length of their width
 * (hi - lo); inside a class they are sorted by their low end.  A box of
 * class k is at most 2^k - 1 wide, so the boxes of that class that meet
 * [lo, hi] all start in [lo - (2^k - 1), hi]: two binary searches per
 * class find a window that holds them and few others.  Real rulesets use
 * few classes (host, /24, port, port range, "any"), so a query costs a few
 * binary searches plus what it finds. */
typedef struct ixent {
	u128 lo;           /* the box's low end on this axis; the rest is in the box */
	uint32_t rule, box;
} ixent;

#define IX_CLASSES 129

typedef struct ix_class {
	ixent *v;
	size_t n, cap;
	u128 width;        /* the widest box of the class */
} ix_class;

typedef struct axis_index {
	ix_class cls[IX_CLASSES];
	uint8_t used[IX_CLASSES]; /* the classes that hold boxes */
	size_t nused;
} axis_index;

/* Source ports are rarely what sets rules apart: three axes are enough. */
enum { AX_DST, AX_SRC, AX_DPORT, AX_COUNT };

typedef struct chain_ix {
	const ir_chain *chain;
	pset *match;       /* match[i]: rule i's match set */
	axis_index ax[AX_COUNT];
} chain_ix;

struct evaluator {
	const ir_ruleset *rs;
	const iftab *tab;
	pset family;       /* every packet of the ruleset's family */
	chain_ix *ix;      /* by chain id */
	size_t nix;
	size_t max_entries; /* eval_max_entries() */
	bool spent;         /* an evaluation ran out of entries: the next
			       ones do not try again (eval.h) */
};

bool outcome_cut_short(const outcome *o)
{
	return o->verdict == IR_UNKNOWN && !o->rule && o->chain;
}

bool outcome_list_inexact(const outcome_list *l)
{
	return l->overflow || l->too_deep || l->too_complex;
}

bool verdict_drops(enum ir_action v)
{
	return v == IR_DROP || v == IR_REJECT;
}

void ir_collect_ifnames(const ir_ruleset *rs, iftab *tab)
{
	for (size_t t = 0; t < rs->n; t++)
		for (size_t c = 0; c < rs->table[t]->n; c++) {
			const ir_chain *ch = rs->table[t]->chain[c];
			for (size_t i = 0; i < ch->n; i++) {
				const ir_rule *r = ch->rule[i];
				for (size_t k = 0; k < r->ncond; k++)
					if (r->cond[k].ifname)
						iftab_add(tab, r->cond[k].ifname);
			}
		}
}

pset eval_family_universe(int family)
{
	pbox b = pbox_full();
	pset s = pset_empty();
	if (family == 0) {
		/* Both (a pf ruleset filters inet and inet6 alike). */
		s = eval_family_universe(4);
		pset v6 = eval_family_universe(6);
		pset_add_set(&s, &v6);
		pset_free(&v6);
		return s;
	}
	if (family == 4) {
		b.src_lo = b.dst_lo = PSET_V4_LO;
		b.src_hi = b.dst_hi = PSET_V4_HI;
		pset_add_box(&s, &b);
		return s;
	}
	/* IPv6: everything but the IPv4-mapped block, for both addresses;
	 * a packet has one family, so the cross pairs are not in the set. */
	u128 lo[2] = { 0, PSET_V4_HI + 1 }, hi[2] = { PSET_V4_LO - 1, U128_MAX };
	for (int i = 0; i < 2; i++)
		for (int j = 0; j < 2; j++) {
			b.src_lo = lo[i];
			b.src_hi = hi[i];
			b.dst_lo = lo[j];
			b.dst_hi = hi[j];
			pset_add_box(&s, &b);
		}
	return s;
}

/* ------------------------------------------------------------------ */
/* Rule match sets */

/* The set of packets whose field f lies in [lo, hi] (all else free). */
static bool field_box(enum ir_field f, u128 lo, u128 hi, pbox *b)
{
	*b = pbox_full();
	u128 max;
	switch (f) {
	case IR_PROTO: max = 255; break;
	case IR_SPORT:
	case IR_DPORT: max = 65535; break;
	default: max = U128_MAX; break;
	}
	if (lo > max || lo > hi)
		return false;
	if (hi > max)
		hi = max;
	switch (f) {
	case IR_PROTO:
		b->proto_lo = (uint8_t)lo;
		b->proto_hi = (uint8_t)hi;
		break;
	case IR_SRC:
		b->src_lo = lo;
		b->src_hi = hi;
		break;
	case IR_DST:
		b->dst_lo = lo;
		b->dst_hi = hi;
		break;
	case IR_SPORT:
		b->sport_lo = (uint16_t)lo;
		b->sport_hi = (uint16_t)hi;
		break;
	case IR_DPORT:
		b->dport_lo = (uint16_t)lo;
		b->dport_hi = (uint16_t)hi;
		break;
	default:
		return false;
	}
	return true;
}

static int range_cmp(const void *a, const void *b)
{
	const ir_range *x = a, *y = b;
	return x->lo < y->lo ? -1 : x->lo > y->lo;
}

/* The set a condition selects, before negation. */
static pset cond_set(const ir_cond *c, const iftab *tab)
{
	pset s = pset_empty();
	pbox b = pbox_full();
	switch (c->field) {
	case IR_IIF:
	case IR_OIF: {
		uint16_t lo, hi;
		if (!c->ifname || !iftab_range(tab, c->ifname, &lo, &hi))
			return s; /* a name nothing else uses: no packet of ours */
		if (c->field == IR_IIF) {
			b.iif_lo = lo;
			b.iif_hi = hi;
		} else {
			b.oif_lo = lo;
			b.oif_hi = hi;
		}
		pset_add_box(&s, &b);
		return s;
	}
	case IR_STATE:
		b.state = (uint8_t)(c->bits & CT_ALL);
		if (b.state)
			pset_add_box(&s, &b);
		return s;
	case IR_TCPFLAGS:
		/* A flag test is a test on TCP packets: "-p tcp ! --syn"
		 * still never matches UDP (iptables-extensions(8), tcp). */
		b.proto_lo = b.proto_hi = PROTO_TCP;
		b.flags = c->bits;
		if (b.flags)
			pset_add_box(&s, &b);
		return s;
	default: {
		/* Sorted and joined, the ranges are boxes that differ in one
		 * field and neither touch nor overlap: appended as they are.
		 * Adding them one by one with a merging scan was quadratic
		 * (4,096 ranges of one wildcard mask: 8 million comparisons;
		 * a pf table of 20,000 addresses: seconds a rule). */
		ir_range *v = xmalloc((c->n ? c->n : 1) * sizeof *v);
		size_t n = 0, k = 0;
		for (size_t i = 0; i < c->n; i++)
			if (c->r[i].lo <= c->r[i].hi)
				v[n++] = c->r[i];
		qsort(v, n, sizeof *v, range_cmp);
		for (size_t i = 0; i < n; i++) {
			if (k > 0 && (v[i].lo <= v[k - 1].hi ||
				      (v[k - 1].hi != U128_MAX && v[i].lo == v[k - 1].hi + 1))) {
				if (v[i].hi > v[k - 1].hi)
					v[k - 1].hi = v[i].hi;
				continue;
			}
			v[k++] = v[i];
		}
		for (size_t i = 0; i < k; i++)
			if (field_box(c->field, v[i].lo, v[i].hi, &b))
				pset_add_disjoint(&s, &b);
		free(v);
		return s;
	}
	}
}

/* Narrow box b by a positive condition that is one interval (or one
 * interface pattern, or a bit set); false if the condition is not of that
 * kind. *empty is set when b becomes empty. */
static bool narrow_box(pbox *b, const ir_cond *c, const iftab *tab, bool *empty)
{
	if (c->neg)
		return false;
	pbox f;
	switch (c->field) {
	case IR_IIF:
	case IR_OIF:
	case IR_STATE:
	case IR_TCPFLAGS: {
		pset cs = cond_set(c, tab);
		bool one = cs.n <= 1;
		if (one) {
			if (cs.n == 0 || !pbox_intersect(b, &cs.box[0], b))
				*empty = true;
		}
		pset_free(&cs);
		return one;
	}
	default:
		if (c->n != 1)
			return false;
		if (!field_box(c->field, c->r[0].lo, c->r[0].hi, &f) || !pbox_intersect(b, &f, b))
			*empty = true;
		return true;
	}
}

static pset rule_match(const ir_rule *r, const iftab *tab)
{
	/* Most conditions are one positive interval: narrow one box in place
	 * and use the set operations only for the rest (negations, lists). */
	pbox box = pbox_full();
	bool empty = false;
	bool *done = r->ncond ? xcalloc(r->ncond, sizeof *done) : NULL;
	for (size_t i = 0; i < r->ncond && !empty; i++)
		done[i] = narrow_box(&box, &r->cond[i], tab, &empty);
	pset s = empty ? pset_empty() : pset_from_box(&box);
	for (size_t i = 0; i < r->ncond && !pset_is_empty(&s); i++) {
		if (done[i])
			continue;
		pset c = cond_set(&r->cond[i], tab);
		pset t = r->cond[i].neg ? pset_subtract(&s, &c) : pset_intersect(&s, &c);
		pset_free(&c);
		pset_free(&s);
		s = t;
	}
	free(done);
	if (r->family && !pset_is_empty(&s)) {
		/* pf "inet" / "inet6": only packets of that family. */
		pset fam = eval_family_universe(r->family);
		pset t = pset_intersect(&s, &fam);
		pset_free(&fam);
		pset_free(&s);
		s = t;
	}
	return s;
}

/* ------------------------------------------------------------------ */
/* Indexes */

static int ixent_cmp(const void *a, const void *b)
{
	const ixent *x = a, *y = b;
	if (x->lo != y->lo)
		return x->lo < y->lo ? -1 : 1;
	if (x->rule != y->rule)
		return x->rule < y->rule ? -1 : 1;
	return x->box < y->box ? -1 : x->box > y->box;
}

static int bit_length(u128 v)
{
	int n = 0;
	while (v) {
		v >>= 1;
		n++;
	}
	return n;
}

static void axis_add(axis_index *ax, u128 lo, u128 hi, uint32_t rule, uint32_t box)
{
	int k = bit_length(hi - lo);
	ix_class *c = &ax->cls[k];
	if (c->n == 0)
		ax->used[ax->nused++] = (uint8_t)k;
	c->v = xgrow(c->v, &c->cap, c->n + 1, sizeof *c->v);
	c->v[c->n++] = (ixent){ lo, rule, box };
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

static void chain_ix_build(chain_ix *cx, const ir_chain *c, const iftab *tab)
{
	cx->chain = c;
	cx->match = xcalloc(c->n ? c->n : 1, sizeof *cx->match);
	for (size_t i = 0; i < c->n; i++) {
		cx->match[i] = rule_match(c->rule[i], tab);
		pset *m = &cx->match[i];
		if (m->cap > m->n && m->n) {
			m->box = xrealloc(m->box, m->n * sizeof *m->box);
			m->cap = m->n;
		}
		for (size_t k = 0; k < cx->match[i].n; k++)
			for (int a = 0; a < AX_COUNT; a++) {
				u128 lo, hi;
				box_axis(&cx->match[i].box[k], a, &lo, &hi);
				axis_add(&cx->ax[a], lo, hi, (uint32_t)i, (uint32_t)k);
			}
	}
	for (int a = 0; a < AX_COUNT; a++)
		for (size_t u = 0; u < cx->ax[a].nused; u++) {
			ix_class *cl = &cx->ax[a].cls[cx->ax[a].used[u]];
			if (cl->cap > cl->n) {
				cl->v = xrealloc(cl->v, cl->n * sizeof *cl->v);
				cl->cap = cl->n;
			}
			qsort(cl->v, cl->n, sizeof *cl->v, ixent_cmp);
		}
}

static void chain_ix_free(chain_ix *cx)
{
	if (!cx->chain)
		return;
	for (size_t i = 0; i < cx->chain->n; i++)
		pset_free(&cx->match[i]);
	free(cx->match);
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

static const chain_ix *chain_index(const evaluator *ev, const ir_chain *c)
{
	return c->id < ev->nix && ev->ix[c->id].chain == c ? &ev->ix[c->id] : NULL;
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
				if (e[i].rule >= below)
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

/* ------------------------------------------------------------------ */

evaluator *eval_new(const ir_ruleset *rs, const iftab *tab)
{
	evaluator *ev = xcalloc(1, sizeof *ev);
	ev->rs = rs;
	ev->tab = tab;
	ev->family = eval_family_universe(rs->family);
	ev->nix = rs->nchains;
	ev->ix = xcalloc(ev->nix ? ev->nix : 1, sizeof *ev->ix);
	size_t jumps = 0;
	for (size_t t = 0; t < rs->n; t++)
		for (size_t c = 0; c < rs->table[t]->n; c++) {
			const ir_chain *ch = rs->table[t]->chain[c];
			if (ch->id < ev->nix)
				chain_ix_build(&ev->ix[ch->id], ch, tab);
			for (size_t i = 0; i < ch->n; i++)
				jumps += ch->rule[i]->jump != NULL;
		}
	ev->max_entries = EVAL_ENTRIES_BASE + EVAL_ENTRIES_PER_JUMP * jumps;
	return ev;
}

size_t eval_max_entries(const evaluator *ev)
{
	return ev->max_entries;
}

void eval_free(evaluator *ev)
{
	if (!ev)
		return;
	for (size_t i = 0; i < ev->nix; i++)
		chain_ix_free(&ev->ix[i]);
	free(ev->ix);
	pset_free(&ev->family);
	free(ev);
}

const pset *eval_rule_match(const evaluator *ev, const ir_rule *r)
{
	const chain_ix *cx = r->chain ? chain_index(ev, r->chain) : NULL;
	if (!cx || r->index >= cx->chain->n || cx->chain->rule[r->index] != r)
		return NULL;
	return &cx->match[r->index];
}

size_t eval_hook_stages(const evaluator *ev, enum eval_hook hook,
			const ir_chain *stage[EVAL_MAX_STAGES])
{
	const ir_table *t = ir_table_find(ev->rs, "filter");
	if (!t)
		return 0;
	if (ev->rs->format == IR_FMT_IPTABLES) {
		const char *name = hook == EVAL_FORWARD ? "FORWARD" : hook == EVAL_INPUT ? "INPUT" : "OUTPUT";
		stage[0] = ir_chain_find(t, name);
		return stage[0] != NULL;
	}
	/* pf (and Cisco): "in" then "out"; a host sees only one of them. */
	const ir_chain *in = ir_chain_find(t, "in"), *out = ir_chain_find(t, "out");
	size_t n = 0;
	if (in && hook != EVAL_OUTPUT)
		stage[n++] = in;
	if (out && hook != EVAL_INPUT)
		stage[n++] = out;
	return n;
}

const ir_chain *eval_hook_chain(const evaluator *ev, enum eval_hook hook)
{
	const ir_chain *st[EVAL_MAX_STAGES];
	return eval_hook_stages(ev, hook, st) ? st[0] : NULL;
}

void outcome_list_free(outcome_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		pset_free(&l->v[i].set);
	free(l->v);
	memset(l, 0, sizeof *l);
}

/* Add an outcome; takes ownership of *set. */
static void emit_kept(outcome_list *out, pset *set, enum ir_action verdict,
		      const ir_rule *rule, const ir_chain *chain, bool maybe, unsigned kept)
{
	if (set->overflow)
		out->overflow = true;
	if (pset_is_empty(set)) {
		pset_free(set);
		return;
	}
	/* Merge with a recent outcome of the same rule (a rule reached
	 * through several jumps); a bounded look back keeps emit O(1). */
	for (size_t i = out->n, seen = 0; i-- > 0 && seen < 16; seen++) {
		outcome *o = &out->v[i];
		if (o->rule == rule && o->chain == chain && o->verdict == verdict && o->maybe == maybe &&
		    o->kept == kept) {
			pset_absorb(&o->set, set);
			pset_free(set);
			return;
		}
	}
	out->v = xgrow(out->v, &out->cap, out->n + 1, sizeof *out->v);
	outcome *o = &out->v[out->n++];
	o->set = *set;
	o->verdict = verdict;
	o->rule = rule;
	o->chain = chain;
	o->maybe = maybe;
	o->kept = kept;
	*set = pset_empty();
}

static void emit(outcome_list *out, pset *set, enum ir_action verdict,
		 const ir_rule *rule, const ir_chain *chain, bool maybe)
{
	emit_kept(out, set, verdict, rule, chain, maybe, 0);
}

static void replace(pset *dst, pset src)
{
	pset_free(dst);
	*dst = src;
}

static void run_chain(evaluator *ev, const ir_chain *c, const pset *in, outcome_list *out,
		      pset *caller_ret, bool maybe, int depth);

/* Run `in` through the rules of c before position upto.  Decided packets
 * go to out, packets that leave c (RETURN, a -g target's return) to *ret;
 * the packets still in c at position upto are returned. */
/* Emit hit with `maybe`, except the part an earlier unresolved rule may
 * already have taken: that part is only possibly decided here. */
static void emit_split(outcome_list *out, pset *hit, const pset *mayset, enum ir_action v,
		       const ir_rule *r, const ir_chain *c, bool maybe)
{
	/* A pass that keeps state (pf, ASA): stage 0 of a one-stage hook. */
	unsigned kept = v == IR_ACCEPT && r && r->keep_state;
	if (!maybe && pset_intersects(hit, mayset)) {
		pset unsure = pset_intersect(hit, mayset);
		pset sure = pset_subtract(hit, mayset);
		emit_kept(out, &unsure, v, r, c, true, kept);
		emit_kept(out, &sure, v, r, c, false, kept);
		pset_free(&unsure);
		pset_free(&sure);
		pset_free(hit);
		*hit = pset_empty();
		return;
	}
	emit_kept(out, hit, v, r, c, maybe, kept);
}

/* Jump to r->jump with hit, keeping apart (as for emit_split) the part an
 * earlier unresolved rule may have taken. */
static void jump_split(evaluator *ev, const ir_rule *r, const ir_chain *c, const pset *hit,
		       const pset *mayset, outcome_list *out, pset *back, bool maybe, int depth)
{
	if (!r->jump) {
		pset p = pset_clone(hit);
		emit(out, &p, IR_UNKNOWN, r, c, true);
		pset_free(&p);
		return;
	}
	if (!maybe && pset_intersects(hit, mayset)) {
		pset unsure = pset_intersect(hit, mayset);
		pset sure = pset_subtract(hit, mayset);
		run_chain(ev, r->jump, &unsure, out, back, true, depth + 1);
		run_chain(ev, r->jump, &sure, out, back, false, depth + 1);
		pset_free(&unsure);
		pset_free(&sure);
		return;
	}
	run_chain(ev, r->jump, hit, out, back, maybe, depth + 1);
}

/* Run `in` through the rules of c before position upto.  Decided packets
 * go to out, packets that leave c (RETURN, a -g target's return) to *ret;
 * the packets still in c at position upto are returned. */
static pset run_rules(evaluator *ev, const ir_chain *c, const chain_ix *cx, const pset *in,
		      size_t upto, outcome_list *out, pset *ret, bool maybe, int depth,
		      pset *mayset_out)
{
	pset rem = pset_clone(in);
	/* Packets that an unresolved rule earlier in this chain may have
	 * taken: whatever later rules do with them is only possible. */
	pset mayset = pset_empty();
	size_t *cand;
	size_t ncand = eval_candidates(ev, c, in, upto, &cand);

	for (size_t k = 0; k < ncand && !pset_is_empty(&rem); k++) {
		const ir_rule *r = c->rule[cand[k]];
		const pset *m = &cx->match[cand[k]];
		if (!pset_intersects(&rem, m))
			continue;
		pset hit = pset_intersect(&rem, m);
		/* A rule with an unresolved construct may match any part of
		 * hit, or none: follow its target with maybe set, and let hit
		 * go on to the next rules as well. */
		bool unsure = r->nunres > 0;
		bool may = maybe || unsure;
		switch (r->action) {
		case IR_ACCEPT:
		case IR_DROP:
		case IR_REJECT:
		case IR_UNKNOWN:
			if (unsure)
				pset_add_set(&mayset, &hit);
			emit_split(out, &hit, &mayset, r->action, r, c, may);
			break;
		case IR_CONTINUE:
			break;
		case IR_RETURN:
			if (unsure) {
				/* The packets may leave now or go on: both. */
				pset_add_set(ret, &hit);
				pset_add_set(&mayset, &hit);
				pset_free(&hit);
				continue;
			}
			pset_absorb(ret, &hit);
			break;
		case IR_JUMP:
		case IR_GOTO: {
			pset back = pset_empty();
			if (unsure)
				pset_add_set(&mayset, &hit);
			jump_split(ev, r, c, &hit, &mayset, out, &back, may, depth);
			if (r->action == IR_GOTO) {
				/* -g: a RETURN from the target returns to
				 * our caller, not to us (iptables(8)). */
				pset_absorb(ret, &back);
			} else if (!unsure) {
				/* The packets that came back go on after the
				 * jump: put them back in rem. */
				pset rest = pset_subtract(&rem, m);
				pset_absorb(&rest, &back);
				replace(&rem, rest);
				pset_free(&back);
				pset_free(&hit);
				continue;
			}
			pset_free(&back);
			break;
		}
		}
		pset_free(&hit);
		if (!unsure && r->action != IR_CONTINUE) {
			pset rest = pset_subtract(&rem, m);
			replace(&rem, rest);
		}
	}
	free(cand);
	/* What is left may have been taken earlier: the chain's end decides
	 * that part only possibly (run_chain splits the policy with it). */
	if (mayset_out)
		*mayset_out = mayset;
	else
		pset_free(&mayset);
	return rem;
}

/* Evaluate `in` through chain c.  Decided packets go to out; the packets
 * that leave c by falling off its end (a user chain) or by RETURN go to
 * *caller_ret.  maybe marks everything decided here as only possible. */
static void run_chain(evaluator *ev, const ir_chain *c, const pset *in, outcome_list *out,
		      pset *caller_ret, bool maybe, int depth)
{
	const chain_ix *cx = chain_index(ev, c);
	bool spent = ++out->entries > ev->max_entries || (ev->spent && depth > 0);
	if (spent)
		ev->spent = true;
	if (depth > EVAL_MAX_DEPTH || !cx || spent) {
		/* Cut short: an UNKNOWN outcome without a rule (eval.h). */
		if (spent)
			out->too_complex = true;
		else
			out->too_deep = true;
		pset p = pset_clone(in);
		emit(out, &p, IR_UNKNOWN, NULL, c, true);
		return;
	}
	/* What leaves c: RETURN, -g targets that return, falling off the end. */
	pset left = pset_empty(), mayset;
	pset rem = run_rules(ev, c, cx, in, SIZE_MAX, out, &left, maybe, depth, &mayset);

	/* The end of a built-in chain, or a RETURN from it, meets the
	 * chain's policy; a user chain gives its packets back (and with them
	 * the knowledge that some may have been taken: a limit of this
	 * evaluator, which then reports the caller's outcome as certain). */
	pset_absorb(&left, &rem);
	pset_free(&rem);
	if (c->builtin)
		emit_split(out, &left, &mayset, c->policy, NULL, c, maybe);
	else
		pset_absorb(caller_ret, &left);
	pset_free(&left);
	pset_free(&mayset);
}

pset eval_reach(evaluator *ev, const ir_chain *c, size_t upto, const pset *in)
{
	const chain_ix *cx = chain_index(ev, c);
	if (!cx)
		return pset_clone(in);
	outcome_list scratch = { 0 };
	pset left = pset_empty();
	pset rem = run_rules(ev, c, cx, in, upto, &scratch, &left, false, 0, NULL);
	if (outcome_list_inexact(&scratch) || left.overflow)
		rem.overflow = true;
	pset_free(&left);
	outcome_list_free(&scratch);
	return rem;
}

/* What has passed the stages so far, with the decision that is to be named
 * if it passes them all. */
typedef struct passing {
	pset set;
	const ir_rule *rule;
	const ir_chain *chain;
	bool maybe;
	unsigned kept;
} passing;

static void passing_add(passing **v, size_t *n, size_t *cap, pset *set, const ir_rule *rule,
			const ir_chain *chain, bool maybe, unsigned kept)
{
	if (pset_is_empty(set)) {
		pset_free(set);
		return;
	}
	for (size_t i = 0; i < *n; i++) {
		passing *p = &(*v)[i];
		if (p->rule == rule && p->chain == chain && p->maybe == maybe && p->kept == kept) {
			pset_absorb(&p->set, set);
			pset_free(set);
			return;
		}
	}
	*v = xgrow(*v, cap, *n + 1, sizeof **v);
	(*v)[(*n)++] = (passing){ *set, rule, chain, maybe, kept };
	*set = pset_empty();
}

static bool same_decision(const outcome *a, const outcome *b)
{
	if (a->verdict != b->verdict || a->maybe != b->maybe || a->kept != b->kept)
		return false;
	if (a->rule && b->rule)
		return a->rule->loc.line == b->rule->loc.line && a->rule->loc.col == b->rule->loc.col &&
		       a->rule->loc.file == b->rule->loc.file && a->rule->action == b->rule->action &&
		       strcmp(a->rule->text, b->rule->text) == 0; /* not an implicit deny there */
	return a->rule == b->rule && a->chain == b->chain;
}

/* After several stages: one outcome per decision (a pf rule without a
 * direction is one IR rule in each stage, the same rule to the reader),
 * and an outcome whose packets have no other possible outcome is certain,
 * whatever uncertainty led there (a drop at "out" after a possible pass
 * at "in" is a drop either way). */
static void settle(outcome_list *out, size_t first)
{
	for (size_t i = first; i < out->n; i++)
		for (size_t j = i + 1; j < out->n;) {
			if (!same_decision(&out->v[i], &out->v[j])) {
				j++;
				continue;
			}
			pset_absorb(&out->v[i].set, &out->v[j].set);
			pset_free(&out->v[j].set);
			out->v[j] = out->v[--out->n];
		}
	if (out->n - first > 64)
		return; /* the certainty pass is quadratic; keep it for small answers */
	for (size_t i = first; i < out->n; i++) {
		if (!out->v[i].maybe)
			continue;
		bool alone = true;
		for (size_t j = first; j < out->n && alone; j++)
			alone = j == i || !pset_intersects(&out->v[i].set, &out->v[j].set);
		if (alone)
			out->v[i].maybe = false;
	}
}

void eval_run_states(evaluator *ev, enum eval_hook hook, const pset *in, unsigned by_state,
		     outcome_list *out)
{
	pset mine, other;
	if (pset_subset(in, &ev->family)) {
		mine = pset_clone(in);
		other = pset_empty();
	} else {
		mine = pset_intersect(in, &ev->family);
		other = pset_subtract(in, &ev->family);
	}
	/* Packets of the other family are not this file's business. */
	emit(out, &other, IR_ACCEPT, NULL, NULL, false);

	const ir_chain *stage[EVAL_MAX_STAGES];
	size_t nst = eval_hook_stages(ev, hook, stage);
	if (nst == 0) {
		emit(out, &mine, IR_ACCEPT, NULL, NULL, false);
		pset_free(&mine);
		return;
	}
	if (nst == 1 && !(by_state & 1)) {
		/* One stage: its outcomes are the answer. */
		pset ret = pset_empty();
		run_chain(ev, stage[0], &mine, out, &ret, false, 0);
		/* A built-in chain emits its policy itself; nothing returns. */
		pset_free(&ret);
		pset_free(&mine);
		return;
	}

	size_t first = out->n;
	passing *cur = NULL;
	size_t ncur = 0, capcur = 0;
	passing_add(&cur, &ncur, &capcur, &mine, NULL, NULL, false, 0);
	for (size_t k = 0; k < nst; k++) {
		if (by_state & (1u << k))
			continue; /* the state table lets it through */
		passing *next = NULL;
		size_t nnext = 0, capnext = 0;
		/* Rules that may or may not match (a pf table filled at run
		 * time) pass the same packets under many names: run the
		 * stage once per distinct set, not once per name (48 such
		 * rules on 9 interfaces took 10 s). */
		outcome_list *ran = xcalloc(ncur ? ncur : 1, sizeof *ran);
		for (size_t i = 0; i < ncur; i++) {
			passing *p = &cur[i];
			size_t same = i;
			for (size_t j = 0; j < i && same == i; j++)
				if (pset_same_boxes(&cur[j].set, &p->set))
					same = j;
			if (same == i) {
				pset ret = pset_empty();
				run_chain(ev, stage[k], &p->set, &ran[i], &ret, false, 0);
				pset_free(&ret);
			}
			const outcome_list o = ran[same];
			out->overflow |= o.overflow;
			out->too_deep |= o.too_deep;
			out->too_complex |= o.too_complex;
			for (size_t j = 0; j < o.n; j++) {
				pset xs = pset_clone(&o.v[j].set);
				outcome xo = o.v[j];
				xo.set = xs;
				outcome *x = &xo;
				bool maybe = p->maybe || x->maybe;
				if (x->verdict != IR_ACCEPT) {
					emit(out, &x->set, x->verdict, x->rule, x->chain, maybe);
					continue;
				}
				const ir_rule *rule = p->rule;
				const ir_chain *chain = p->chain;
				if (!rule && x->rule) {
					rule = x->rule;
					chain = x->chain;
				} else if (!rule && !chain) {
					chain = x->chain;
				}
				unsigned kept = p->kept | (x->rule && x->rule->keep_state ? 1u << k : 0);
				passing_add(&next, &nnext, &capnext, &x->set, rule, chain, maybe, kept);
			}
		}
		for (size_t i = 0; i < ncur; i++) {
			outcome_list_free(&ran[i]);
			pset_free(&cur[i].set);
		}
		free(ran);
		free(cur);
		cur = next;
		ncur = nnext;
		capcur = capnext;
	}
	for (size_t i = 0; i < ncur; i++) {
		emit_kept(out, &cur[i].set, IR_ACCEPT, cur[i].rule, cur[i].chain, cur[i].maybe,
			  cur[i].kept);
		pset_free(&cur[i].set);
	}
	free(cur);
	settle(out, first);
}

void eval_run(evaluator *ev, enum eval_hook hook, const pset *in, outcome_list *out)
{
	eval_run_states(ev, hook, in, 0, out);
}

void eval_run_chain(evaluator *ev, const ir_chain *c, const pset *in, outcome_list *out)
{
	pset ret = pset_empty();
	run_chain(ev, c, in, out, &ret, false, 0);
	emit(out, &ret, IR_RETURN, NULL, c, false);
	pset_free(&ret);
}
