/* eval_match.c - the packets each rule selects: its conditions as a packet
 * set (the match set), and the interface names and address families those
 * sets are made of (see eval.h). */
#include "eval_int.h"

#include <stdlib.h>

#include "xalloc.h"

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

/* The states of a packet with a connection (xt_conntrack.c: ct != NULL). */
#define CT_TRACKED (CT_NEW | CT_ESTABLISHED | CT_RELATED)

/* The sorted, joined ranges of c, clipped to [0, max]: *n of them, in a
 * new array. */
static ir_range *cond_ranges(const ir_cond *c, u128 max, size_t *n)
{
	ir_range *v = xmalloc((c->n ? c->n : 1) * sizeof *v);
	size_t k = 0, m = 0;
	for (size_t i = 0; i < c->n; i++)
		if (c->r[i].lo <= c->r[i].hi && c->r[i].lo <= max)
			v[m++] = (ir_range){ c->r[i].lo, c->r[i].hi > max ? max : c->r[i].hi };
	qsort(v, m, sizeof *v, range_cmp);
	for (size_t i = 0; i < m; i++) {
		if (k > 0 && (v[i].lo <= v[k - 1].hi || v[i].lo == v[k - 1].hi + 1)) {
			if (v[i].hi > v[k - 1].hi)
				v[k - 1].hi = v[i].hi;
			continue;
		}
		v[k++] = v[i];
	}
	*n = k;
	return v;
}

/* -m mark --mark: the marks the file can give a packet (known, sorted)
 * that c matches, and (positive) the unknown one, which the rule may or
 * may not match (EVAL_UNSURE_MARK).  Known marks take no other values
 * (eval.c, mark_closure), so the set is exact for them. */
static pset mark_set(const ir_cond *c, bool with_unknown, const eval_marks *mk)
{
	pset s = pset_empty();
	pbox b = pbox_full();
	uint32_t value = (uint32_t)c->bits, mask = (uint32_t)(c->bits >> 32);
	for (size_t i = 0; i < mk->n; i++)
		if ((mk->v[i] & mask) == value) {
			b.mark_lo = b.mark_hi = mk->v[i];
			pset_add_box(&s, &b);
		}
	if (with_unknown) {
		b.mark_lo = b.mark_hi = MARK_UNKNOWN;
		pset_add_box(&s, &b);
	}
	return s;
}

/* -m conntrack --ctproto P (negated: "! --ctproto P") and --ctdir: the
 * packets with a connection that match, the states that match without
 * one, and (--ctproto) the ICMP errors RELATED to a connection, whose
 * connection is that of the packet they carry (nf_conntrack_proto_icmp.c
 * icmp_error_message), not their own protocol: those may or may not
 * match (EVAL_UNSURE_CTREL). */
static pset ct_set(const ir_cond *c)
{
	pset s = pset_empty();
	pbox b = pbox_full();
	if (c->field == IR_CTDIR) {
		unsigned dir = (unsigned)(c->bits & CTDIR_ALL);
		uint8_t ctless = (uint8_t)((c->bits >> 8) & (CT_INVALID | CT_UNTRACKED));
		if (dir & CTDIR_ORIGINAL) {
			b.state = CT_NEW; /* a NEW packet goes the original way */
			pset_add_box(&s, &b);
		}
		b.state = CT_ESTABLISHED | CT_RELATED;
		b.dir = (uint8_t)dir;
		if (b.dir)
			pset_add_box(&s, &b);
		b.dir = CTDIR_ALL;
		if ((b.state = ctless) != 0)
			pset_add_box(&s, &b);
		return s;
	}
	size_t n;
	ir_range *v = cond_ranges(c, 255, &n);
	b.state = CT_TRACKED;
	u128 next = 0; /* negated: the gaps between the ranges */
	for (size_t i = 0; i <= n; i++) {
		u128 lo, hi;
		if (!c->neg) {
			if (i == n)
				break;
			lo = v[i].lo, hi = v[i].hi;
		} else {
			lo = next;
			hi = i < n ? (v[i].lo ? v[i].lo - 1 : 0) : 255;
			next = i < n ? v[i].hi + 1 : 256;
			if ((i < n && v[i].lo == 0) || lo > hi)
				continue;
		}
		b.proto_lo = (uint8_t)lo;
		b.proto_hi = (uint8_t)hi;
		pset_add_box(&s, &b);
	}
	free(v);
	b = pbox_full();
	b.state = CT_RELATED;
	b.proto_lo = b.proto_hi = PROTO_ICMP;
	pset_add_box(&s, &b);
	b.proto_lo = b.proto_hi = PROTO_ICMPV6;
	pset_add_box(&s, &b);
	b = pbox_full();
	if ((b.state = (uint8_t)(c->bits & (CT_INVALID | CT_UNTRACKED))) != 0)
		pset_add_box(&s, &b);
	return s;
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
	case IR_MARK:
	case IR_CTPROTO:
	case IR_CTDIR:
	case IR_CTORIGSRC:
	case IR_CTORIGDST:
	case IR_CTORIGSPORT:
	case IR_CTORIGDPORT:
		return false;
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

pset eval_match_build(const ir_rule *r, const iftab *tab, const eval_marks *marks, uint8_t *unsure)
{
	*unsure = 0;
	for (size_t i = 0; i < r->nunres; i++)
		if (!r->unres[i].modelled)
			*unsure |= EVAL_UNSURE_ALL;
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
		const ir_cond *ci = &r->cond[i];
		pset t;
		if (ci->field == IR_MARK) {
			if (!marks) {
				/* Nothing in the file sets a mark: every packet
				 * keeps the one fwlint does not know. */
				*unsure |= EVAL_UNSURE_ALL;
				continue;
			}
			*unsure |= EVAL_UNSURE_MARK;
			pset c = mark_set(ci, !ci->neg, marks);
			t = ci->neg ? pset_subtract(&s, &c) : pset_intersect(&s, &c);
			pset_free(&c);
			pset_free(&s);
			s = t;
			continue;
		}
		if (ci->field == IR_CTORIGSRC || ci->field == IR_CTORIGDST ||
		    ci->field == IR_CTORIGSPORT || ci->field == IR_CTORIGDPORT) {
			/* the connection's original tuple: known to the
			 * packet path (outcome_list.ctorig), else unsure for
			 * the tracked packets; the ones without a connection
			 * match as --ctstate says (bits) */
			*unsure |= EVAL_UNSURE_CTORIG;
			pbox b = pbox_full();
			b.state = (uint8_t)(CT_TRACKED | (ci->bits & (CT_INVALID | CT_UNTRACKED)));
			t = pset_intersect_box(&s, &b);
			pset_free(&s);
			s = t;
			continue;
		}
		if (ci->field == IR_CTPROTO || ci->field == IR_CTDIR) {
			if (ci->field == IR_CTPROTO)
				*unsure |= EVAL_UNSURE_CTREL;
			pset c = ct_set(ci);
			t = pset_intersect(&s, &c);
			pset_free(&c);
			pset_free(&s);
			s = t;
			continue;
		}
		pset c = cond_set(&r->cond[i], tab);
		t = r->cond[i].neg ? pset_subtract(&s, &c) : pset_intersect(&s, &c);
		pset_free(&c);
		pset_free(&s);
		s = t;
	}
	free(done);
	if (r->has_tagged && !pset_is_empty(&s)) {
		/* pf "tagged" (ir.h, ir_tagstep): the packets the earlier
		 * rules leave tagged so */
		pset tag = pset_empty();
		for (size_t i = 0; i < r->ntagsteps && !pset_is_empty(&s); i++) {
			uint8_t step_unsure = 0;
			pset m = eval_match_build(r->tagsteps[i].rule, tab, marks, &step_unsure);
			/* an earlier rule that may or may not match: so may
			 * the tag it sets */
			if (step_unsure)
				*unsure |= EVAL_UNSURE_ALL;
			pset t = pset_subtract(&tag, &m);
			if (r->tagsteps[i].sets)
				pset_add_set(&t, &m);
			pset_free(&tag);
			pset_free(&m);
			tag = t;
		}
		pset t = r->tagged_neg ? pset_subtract(&s, &tag) : pset_intersect(&s, &tag);
		pset_free(&tag);
		pset_free(&s);
		s = t;
	}
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
