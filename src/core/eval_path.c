/* eval_path.c - the whole packet path of a hook (eval.h, eval_run_path):
 * every table or stage a packet meets, in the firewall's order, with the
 * translations (NAT) and connection tracking on the way.
 *
 * iptables (iptables(8), "TABLES"; the netfilter hooks in their priority
 * order), for a forwarded packet:
 *   raw PREROUTING -> connection tracking -> mangle PREROUTING ->
 *   nat PREROUTING (destination: DNAT, REDIRECT) -> routing ->
 *   mangle FORWARD -> filter FORWARD -> security FORWARD ->
 *   mangle POSTROUTING -> nat POSTROUTING (source: SNAT, MASQUERADE)
 * and for one to the firewall itself, after routing: mangle INPUT ->
 * filter INPUT -> security INPUT -> nat INPUT; a packet the firewall sends:
 * raw OUTPUT -> mangle OUTPUT -> nat OUTPUT -> filter OUTPUT -> security
 * OUTPUT -> mangle POSTROUTING -> nat POSTROUTING.
 *
 * The nat table sees only the first packet of a connection (state NEW);
 * the later ones, and the replies, are translated as the first was
 * (eval_conn).  An untracked packet (NOTRACK) is not translated at all.  In
 * raw, before connection tracking, -m conntrack sees no connection: the
 * packet is INVALID there (xt_conntrack.c conntrack_mt: "ct == NULL").
 *
 * pf and Cisco: the stages "in" and "out" of table filter, each after the
 * translation rules of table nat's chain of the same name (pf: FreeBSD's
 * rdr/nat/binat rules, OpenBSD's match rules that translate; Cisco: the
 * NAT that precedes the ACL), and table nat's chain "post" last (a
 * translation after every ACL: ASA's source translation).  A stage's
 * accepting rule may translate too (pf "pass ... rdr-to"): the stages
 * after it see the translated packet.
 *
 * A set of packets goes through as pieces: a set in the terms the packets
 * entered with, and the translation that says what they have become
 * (xlate.h).  A chain is evaluated on the image of a piece; what it decides
 * is taken back to the packets that entered.
 */
#include "eval_int.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

enum step_kind {
	ST_FILTER,  /* decides; an accepting rule's translation applies after */
	ST_RAW,     /* as ST_FILTER, before connection tracking */
	ST_NAT_DST, /* iptables nat: destination, first packets only */
	ST_NAT_SRC, /* iptables nat: source, first packets only */
	ST_XLATE,   /* pf, Cisco: translation rules in order */
	ST_ROUTE,   /* to the firewall itself, or on */
};

typedef struct step {
	const char *table, *chain;
	enum step_kind kind;
	int stage; /* the filter stage it is (kept, by_state), or -1 */
} step;

#define N(a) (sizeof a / sizeof a[0])

static const step ipt_input_tail[] = {
	{ "mangle", "INPUT", ST_FILTER, -1 },
	{ "filter", "INPUT", ST_FILTER, 0 },
	{ "security", "INPUT", ST_FILTER, -1 },
	{ "nat", "INPUT", ST_NAT_SRC, -1 },
};
static const step ipt_forward[] = {
	{ "raw", "PREROUTING", ST_RAW, -1 },
	{ "mangle", "PREROUTING", ST_FILTER, -1 },
	{ "nat", "PREROUTING", ST_NAT_DST, -1 },
	{ NULL, NULL, ST_ROUTE, -1 },
	{ "mangle", "FORWARD", ST_FILTER, -1 },
	{ "filter", "FORWARD", ST_FILTER, 0 },
	{ "security", "FORWARD", ST_FILTER, -1 },
	{ "mangle", "POSTROUTING", ST_FILTER, -1 },
	{ "nat", "POSTROUTING", ST_NAT_SRC, -1 },
};
static const step ipt_input[] = {
	{ "raw", "PREROUTING", ST_RAW, -1 },
	{ "mangle", "PREROUTING", ST_FILTER, -1 },
	{ "nat", "PREROUTING", ST_NAT_DST, -1 },
	{ "mangle", "INPUT", ST_FILTER, -1 },
	{ "filter", "INPUT", ST_FILTER, 0 },
	{ "security", "INPUT", ST_FILTER, -1 },
	{ "nat", "INPUT", ST_NAT_SRC, -1 },
};
static const step ipt_output[] = {
	{ "raw", "OUTPUT", ST_RAW, -1 },
	{ "mangle", "OUTPUT", ST_FILTER, -1 },
	{ "nat", "OUTPUT", ST_NAT_DST, -1 },
	{ "filter", "OUTPUT", ST_FILTER, 0 },
	{ "security", "OUTPUT", ST_FILTER, -1 },
	{ "mangle", "POSTROUTING", ST_FILTER, -1 },
	{ "nat", "POSTROUTING", ST_NAT_SRC, -1 },
};
/* A packet to itself over the loopback: out, then in again (the
 * connection exists by then: raw PREROUTING sees it, nat PREROUTING does
 * not). */
static const step ipt_local[] = {
	{ "raw", "OUTPUT", ST_RAW, -1 },
	{ "mangle", "OUTPUT", ST_FILTER, -1 },
	{ "nat", "OUTPUT", ST_NAT_DST, -1 },
	{ "filter", "OUTPUT", ST_FILTER, 0 },
	{ "security", "OUTPUT", ST_FILTER, -1 },
	{ "mangle", "POSTROUTING", ST_FILTER, -1 },
	{ "nat", "POSTROUTING", ST_NAT_SRC, -1 },
	{ "raw", "PREROUTING", ST_FILTER, -1 },
	{ "mangle", "PREROUTING", ST_FILTER, -1 },
	{ "mangle", "INPUT", ST_FILTER, -1 },
	{ "filter", "INPUT", ST_FILTER, 1 },
	{ "security", "INPUT", ST_FILTER, -1 },
	{ "nat", "INPUT", ST_NAT_SRC, -1 },
};
static const step st_forward[] = {
	{ "nat", "in", ST_XLATE, -1 },
	{ "filter", "in", ST_FILTER, 0 },
	/* pf "rdr-to 127.0.0.1": delivered, the out stage never meets it */
	{ NULL, NULL, ST_ROUTE, -1 },
	{ "nat", "out", ST_XLATE, -1 },
	{ "filter", "out", ST_FILTER, 1 },
	{ "nat", "post", ST_XLATE, -1 },
};
static const step st_input[] = {
	{ "nat", "in", ST_XLATE, -1 },
	{ "filter", "in", ST_FILTER, 0 },
};
static const step st_output[] = {
	{ "nat", "out", ST_XLATE, -1 },
	{ "filter", "out", ST_FILTER, 0 },
	{ "nat", "post", ST_XLATE, -1 },
};
static const step st_local[] = {
	{ "nat", "out", ST_XLATE, -1 },
	{ "filter", "out", ST_FILTER, 0 },
	{ "nat", "post", ST_XLATE, -1 },
	{ "nat", "in", ST_XLATE, -1 },
	{ "filter", "in", ST_FILTER, 1 },
};

/* What is on its way: packets in the terms they entered with, what they
 * have become, and what is to be said of them if they pass. */
typedef struct piece {
	pset set;
	xlate xl;
	const ir_rule *rule;    /* the decision to name if they pass */
	const ir_chain *chain;
	const ir_rule *dnat, *snat, *notrack;
	bool maybe, local;
	bool conn_done;         /* the connection's translation is applied */
	unsigned kept;
} piece;

typedef struct pieces {
	piece *v;
	size_t n, cap;
} pieces;

typedef struct path {
	evaluator *ev;
	unsigned by_state;
	const eval_conn *conn;
	outcome_list *out;
	bool xlated;            /* some piece was translated or rerouted */
	/* split_ctorig's answers, nctorig per group (scratch of filter_step) */
	uint8_t *truth;
} path;

static bool same_piece(const piece *a, const piece *b)
{
	return a->rule == b->rule && a->chain == b->chain && a->maybe == b->maybe &&
	       a->kept == b->kept && a->local == b->local && a->dnat == b->dnat &&
	       a->snat == b->snat && a->notrack == b->notrack && a->conn_done == b->conn_done &&
	       xlate_equal(&a->xl, &b->xl);
}

/* Add p (its set taken) to l, merged with a piece of the same decision. */
static void pieces_add(pieces *l, piece *p)
{
	if (pset_is_empty(&p->set)) {
		pset_free(&p->set);
		return;
	}
	/* a bounded look back: a chain of thousands of accepting rules gives
	 * thousands of pieces */
	for (size_t i = l->n, seen = 0; i-- > 0 && seen < 16; seen++)
		if (same_piece(&l->v[i], p)) {
			pset_absorb(&l->v[i].set, &p->set);
			pset_free(&p->set);
			return;
		}
	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof *l->v);
	l->v[l->n++] = *p;
	p->set = pset_empty();
}

/* The piece p with set s (taken). */
static piece with_set(const piece *p, pset *s)
{
	piece q = *p;
	q.set = *s;
	*s = pset_empty();
	return q;
}

static void emit(path *pa, pset *set, enum ir_action v, const ir_rule *r, const ir_chain *c,
		 bool maybe, const piece *p)
{
	outcome as;
	memset(&as, 0, sizeof as);
	as.verdict = v;
	as.rule = r;
	as.chain = c;
	as.maybe = maybe;
	as.kept = v == IR_ACCEPT ? p->kept : 0;
	as.xl = p->xl;
	as.dnat = p->dnat;
	as.snat = p->snat;
	as.notrack = p->notrack;
	as.local = p->local;
	outcome_add(pa->out, set, &as);
}

/* The boxes of s grouped by what a chain may set (mark, connection state
 * and direction): a translated piece is evaluated one group at a time, so
 * that taking a decision back to the packets that entered keeps what
 * belongs together (xlate_preimage). */
static size_t split_meta(const pset *s, pset **groups)
{
	size_t n = 0, cap = 0;
	pset *g = NULL;
	for (size_t i = 0; i < s->n; i++) {
		const pbox *b = &s->box[i];
		size_t k = 0;
		for (; k < n; k++) {
			const pbox *h = &g[k].box[0];
			if (h->mark_lo == b->mark_lo && h->mark_hi == b->mark_hi &&
			    h->state == b->state && h->dir == b->dir)
				break;
		}
		if (k == n) {
			g = xgrow(g, &cap, n + 1, sizeof *g);
			g[n++] = pset_empty();
		}
		pset_add_disjoint(&g[k], b);
	}
	for (size_t k = 0; k < n; k++)
		g[k].overflow |= s->overflow; /* not exact: say so in every part */
	*groups = g;
	return n;
}

/* The address of one of the firewall's interfaces (REDIRECT, MASQUERADE),
 * from the interface the packets of s all have in field iif (or oif); a
 * SET of every address of the family when it is not known. */
static xl_field own_address(const evaluator *ev, const pset *s, bool egress)
{
	xl_field f = { XL_SET, 0, U128_MAX, 0 };
	bool v4 = true;
	uint16_t ifid = 0;
	for (size_t i = 0; i < s->n; i++) {
		const pbox *b = &s->box[i];
		uint16_t lo = egress ? b->oif_lo : b->iif_lo, hi = egress ? b->oif_hi : b->iif_hi;
		if (lo != hi || (ifid && lo != ifid))
			ifid = UINT16_MAX;
		else if (ifid != UINT16_MAX)
			ifid = lo;
		v4 &= addr_is_v4(egress ? b->src_lo : b->dst_lo) &&
		      addr_is_v4(egress ? b->src_hi : b->dst_hi);
	}
	if (v4) {
		f.lo = PSET_V4_LO;
		f.hi = PSET_V4_HI;
	}
	for (size_t i = 0; ifid && ifid != UINT16_MAX && i < ev->nlocal; i++)
		if (ev->local_if[i] == ifid && addr_is_v4(ev->local[i]) == v4) {
			f.lo = f.hi = ev->local[i];
			break;
		}
	return f;
}

/* p's packets translated by rule r (its accepting rule, or a pf match
 * rule), in place. */
static void apply_nat(const evaluator *ev, piece *p, const ir_rule *r)
{
	const ir_nat *n = r->nat;
	if (!n)
		return;
	xl_field addr = n->addr;
	if (n->to_local || n->to_egress) {
		pset img = xlate_image(&p->set, &p->xl, XL_ALL_FIELDS);
		addr = own_address(ev, &img, n->to_egress);
		pset_free(&img);
	}
	xlate_then(&p->xl, n->dst ? XL_DST : XL_SRC, &addr);
	xlate_then(&p->xl, n->dst ? XL_DPORT : XL_SPORT, &n->port);
	if (n->dst)
		p->dnat = r;
	else
		p->snat = r;
	p->local |= n->to_local;
}

/* The connection's translation for the later packets of p (eval_conn),
 * at a step of kind k: a destination step replaces the fields of at_dst,
 * a source step those of at_src, a pf or Cisco translation step both. */
static void apply_conn(piece *p, const eval_conn *conn, enum step_kind k)
{
	for (int i = 0; i < XL_NFIELDS; i++) {
		unsigned bit = 1u << i;
		if (k != ST_NAT_SRC && (conn->dst_fields & bit))
			p->xl.f[i] = conn->at_dst.f[i];
		if (k != ST_NAT_DST && (conn->src_fields & bit))
			p->xl.f[i] = conn->at_src.f[i];
	}
}

/* The packets of s whose state has a bit of `states`, with the state
 * narrowed to those bits. */
static pset with_states(const pset *s, unsigned states)
{
	pbox b = pbox_full();
	b.state = (uint8_t)states;
	return pset_intersect_box(s, &b);
}

/* In raw, before connection tracking: every packet is INVALID to
 * -m conntrack (and -m state); afterwards the untracked ones are UNTRACKED
 * and the others have their state again. */
static void raw_enter(pset *img)
{
	for (size_t i = 0; i < img->n; i++)
		img->box[i].state = CT_INVALID;
}

static void raw_leave(pset *s, uint8_t state)
{
	pset out = pset_empty();
	out.overflow = s->overflow;
	for (size_t i = 0; i < s->n; i++) {
		pbox b = s->box[i];
		if (b.state & CT_UNTRACKED) {
			pbox u = b;
			u.state = CT_UNTRACKED;
			pset_add_box(&out, &u);
		}
		if (b.state & CT_INVALID) {
			b.state = state;
			pset_add_box(&out, &b);
		}
	}
	pset_free(s);
	*s = out;
}

/* The rule of raw table t that made the packets of q untracked, when they
 * are: the first NOTRACK rule whose match set meets them. */
static void name_notrack(const evaluator *ev, const ir_table *t, piece *q)
{
	bool untracked = q->set.n > 0 && !q->notrack;
	for (size_t b = 0; b < q->set.n && untracked; b++)
		untracked = q->set.box[b].state == CT_UNTRACKED;
	if (!untracked)
		return;
	pset img = xlate_image(&q->set, &q->xl, XL_ALL_FIELDS);
	raw_enter(&img);
	for (size_t c = 0; c < t->n && !q->notrack; c++)
		for (size_t k = 0; k < t->chain[c]->n && !q->notrack; k++) {
			const ir_rule *r = t->chain[c]->rule[k];
			const pset *m = r->notrack ? eval_rule_match(ev, r) : NULL;
			if (m && pset_intersects(m, &img))
				q->notrack = r;
		}
	pset_free(&img);
}

/* The packets of g whose connection's original tuple is in tuple t (a
 * set over the header fields).  The original tuple is the packet as it
 * came for the packets of the opening side; for a reply (in the terms the
 * filter sees it, eval_conn_reply) it is the reply turned round, its
 * source given back the address the client sent to. */
static pset orig_in(const path *pa, const pset *g, const pset *t)
{
	if (!pa->conn || !pa->conn->reply)
		return pset_intersect(g, t);
	pset sw = pset_empty();
	for (size_t i = 0; i < t->n; i++) {
		pbox b = t->box[i], a = t->box[i];
		b.src_lo = a.dst_lo;
		b.src_hi = a.dst_hi;
		b.dst_lo = a.src_lo;
		b.dst_hi = a.src_hi;
		b.sport_lo = a.dport_lo;
		b.sport_hi = a.dport_hi;
		b.dport_lo = a.sport_lo;
		b.dport_hi = a.sport_hi;
		pset_add_box(&sw, &b);
	}
	xlate x = xlate_identity();
	x.f[XL_SRC] = pa->conn->at_src.f[XL_SRC];
	x.f[XL_SPORT] = pa->conn->at_src.f[XL_SPORT];
	pset pre = xlate_preimage(g, &x, XL_SRC_FIELDS, &sw, NULL);
	pset_free(&sw);
	/* the preimage took the tuple's whole state and mark: put g's back */
	pset r = pset_intersect(&pre, g);
	pset_free(&pre);
	return r;
}

/* Past this many rules with --ctorig* conditions, their answers are not
 * followed (the rules stay unsure): each may split a set in two. */
#define CTORIG_MAX 16

/* Split the groups *groups[0..ng) so that every --ctorig* rule answers
 * the same for all the packets of a group; pa->truth gets the answers,
 * nctorig per group.  Returns the new number of groups. */
static size_t split_ctorig(path *pa, pset **groups, size_t ng)
{
	const evaluator *ev = pa->ev;
	size_t nr = ev->nctorig;
	if (nr > CTORIG_MAX)
		return ng;
	pset *g = *groups;
	uint8_t *truth = xcalloc(ng * nr, 1);
	for (size_t i = 0; i < nr; i++) {
		size_t n = ng;
		for (size_t k = 0; k < n; k++) {
			pset in = orig_in(pa, &g[k], &ev->ctorig[i].tuple);
			pset out = pset_subtract(&g[k], &in);
			if (pset_is_empty(&in) || pset_is_empty(&out)) {
				truth[k * nr + i] = pset_is_empty(&in) ? 2 : 1;
				pset_free(&in);
				pset_free(&out);
				continue;
			}
			g = xrealloc(g, (ng + 1) * sizeof *g);
			truth = xrealloc(truth, (ng + 1) * nr);
			memcpy(truth + ng * nr, truth + k * nr, nr);
			truth[k * nr + i] = 1;
			truth[ng * nr + i] = 2;
			pset_free(&g[k]);
			g[k] = in;
			g[ng++] = out;
		}
	}
	*groups = g;
	pa->truth = truth;
	return ng;
}

/* One chain on piece p: decided packets to pa->out, accepted ones (with
 * the accepting rule's translation) to next. */
static void filter_step(path *pa, const step *st, const ir_chain *c, piece *p, pieces *next)
{
	evaluator *ev = pa->ev;
	bool ident = xlate_is_identity(&p->xl);
	pset *groups;
	size_t ng;
	if (ident && st->kind != ST_RAW) {
		groups = xmalloc(sizeof *groups);
		groups[0] = p->set;
		p->set = pset_empty();
		ng = 1;
	} else {
		ng = split_meta(&p->set, &groups);
		pset_free(&p->set);
	}
	/* Rules with --ctorig* conditions: split each group by what they
	 * answer for its packets, and tell the chain (outcome_list.ctorig). */
	if (ev->nctorig && st->kind != ST_RAW)
		ng = split_ctorig(pa, &groups, ng);
	for (size_t g = 0; g < ng; g++) {
		uint8_t state0 = groups[g].n ? groups[g].box[0].state : 0;
		pset img = ident ? pset_clone(&groups[g]) : xlate_image(&groups[g], &p->xl, XL_ALL_FIELDS);
		if (st->kind == ST_RAW)
			raw_enter(&img);
		outcome_list o = { 0 };
		o.ctorig = pa->truth ? pa->truth + g * ev->nctorig : NULL;
		o.entries = pa->out->entries;
		pset ret = pset_empty();
		chain_run(ev, c, &img, &o, &ret, false, 0);
		pa->out->entries = o.entries;
		pset_free(&ret);
		pset_free(&img);
		pa->out->overflow |= o.overflow;
		pa->out->too_deep |= o.too_deep;
		pa->out->too_complex |= o.too_complex;
		for (size_t j = 0; j < o.n; j++) {
			outcome *x = &o.v[j];
			bool chose = false;
			pset pre;
			if (ident) {
				pre = x->set;
				x->set = pset_empty();
			} else {
				pre = xlate_preimage(&groups[g], &p->xl, XL_ALL_FIELDS, &x->set, &chose);
			}
			if (st->kind == ST_RAW)
				raw_leave(&pre, state0);
			bool maybe = p->maybe || x->maybe || chose;
			if (x->verdict != IR_ACCEPT) {
				piece q = *p;
				q.kept = 0;
				emit(pa, &pre, x->verdict, x->rule, x->chain, maybe, &q);
				continue;
			}
			piece q = with_set(p, &pre);
			q.maybe = maybe;
			if (st->stage >= 0) {
				if (!q.rule && x->rule) {
					q.rule = x->rule;
					q.chain = x->chain;
				} else if (!q.rule && !q.chain) {
					q.chain = x->chain;
				}
				if (x->rule && x->rule->keep_state)
					q.kept |= 1u << st->stage;
			}
			if (x->rule && x->rule->notrack)
				q.notrack = x->rule;
			if (x->rule && x->rule->nat) {
				apply_nat(ev, &q, x->rule);
				pa->xlated = true;
			}
			pieces_add(next, &q);
		}
		outcome_list_free(&o);
		pset_free(&groups[g]);
	}
	free(groups);
	free(pa->truth);
	pa->truth = NULL;
	if (st->kind == ST_RAW)
		for (size_t i = 0; i < next->n; i++)
			name_notrack(ev, c->table, &next->v[i]);
}

/* pf and Cisco translation rules, in order from rule k: the first that
 * matches translates (a terminal one: pf "pass ... rdr-to", FreeBSD "rdr",
 * Cisco NAT) and ends the step, or translates and goes on (pf "match ...
 * nat-to"); "no nat" rules end it untranslated. */
static void xlate_rules(path *pa, const ir_chain *c, size_t k, piece *p, pieces *next)
{
	evaluator *ev = pa->ev;
	const chain_ix *cx = chain_index(ev, c);
	for (; cx && k < c->n && !pset_is_empty(&p->set); k++) {
		const ir_rule *r = c->rule[k];
		pset *groups;
		size_t ng = split_meta(&p->set, &groups);
		pset hit = pset_empty();
		bool chose_any = false;
		for (size_t g = 0; g < ng; g++) {
			pset img = xlate_image(&groups[g], &p->xl, XL_ALL_FIELDS);
			pset m = pset_intersect(&img, &cx->match[k]);
			if (!pset_is_empty(&m)) {
				bool chose = false;
				pset h = xlate_preimage(&groups[g], &p->xl, XL_ALL_FIELDS, &m, &chose);
				chose_any |= chose;
				pset_absorb(&hit, &h);
			}
			pset_free(&m);
			pset_free(&img);
			pset_free(&groups[g]);
		}
		free(groups);
		if (pset_is_empty(&hit)) {
			pset_free(&hit);
			continue;
		}
		bool unsure = (cx->unsure[k] & EVAL_UNSURE_ALL) != 0 || chose_any;
		pset hit2 = pset_clone(&hit);
		piece q = with_set(p, &hit2);
		q.maybe |= unsure;
		pset rest = pset_subtract(&p->set, &hit);
		pset_free(&p->set);
		p->set = rest;
		if (unsure) {
			/* the rule may not take them: they may also go on,
			 * untranslated, to the rules after it */
			piece u = with_set(p, &hit);
			u.maybe = true;
			xlate_rules(pa, c, k + 1, &u, next);
			pset_free(&u.set);
		}
		pset_free(&hit);
		switch (r->action) {
		case IR_DROP:
		case IR_REJECT:
		case IR_UNKNOWN:
			emit(pa, &q.set, r->action, r, c, q.maybe, &q);
			break;
		case IR_CONTINUE:
			apply_nat(ev, &q, r);
			pa->xlated |= r->nat != NULL;
			xlate_rules(pa, c, k + 1, &q, next);
			break;
		default:
			apply_nat(ev, &q, r);
			pa->xlated |= r->nat != NULL;
			pieces_add(next, &q);
			break;
		}
		pset_free(&q.set);
	}
	pieces_add(next, p);
}

/* A translation step on p: the first packets of connections through the
 * rules, the later ones as their connection says. */
static void nat_step(path *pa, const step *st, const ir_chain *c, piece *p, pieces *next)
{
	/* iptables translates only tracked connections, and consults its nat
	 * table for their first packet alone; pf and Cisco consult their
	 * rules for every packet that no connection (state) translates. */
	unsigned later_states = CT_ESTABLISHED | CT_RELATED;
	unsigned first_states = st->kind == ST_XLATE ? CT_ALL & ~(pa->conn ? later_states : 0)
						     : CT_NEW;
	pset first = with_states(&p->set, first_states);
	pset later = with_states(&p->set, CT_ALL & ~first_states & later_states);
	pset none = with_states(&p->set, CT_ALL & ~first_states & ~later_states);
	pset_free(&p->set);

	piece n = with_set(p, &none);
	pieces_add(next, &n);

	piece l = with_set(p, &later);
	if (pa->conn && !l.conn_done && !pset_is_empty(&l.set)) {
		apply_conn(&l, pa->conn, st->kind);
		if (st->kind == ST_XLATE)
			l.conn_done = true;
		pa->xlated = true;
	}
	pieces_add(next, &l);

	piece f = with_set(p, &first);
	if (!c)
		pieces_add(next, &f);
	else if (st->kind == ST_XLATE)
		xlate_rules(pa, c, 0, &f, next);
	else
		filter_step(pa, st, c, &f, next);
	pset_free(&f.set);
}

/* The packets of p that go to the firewall itself after the destination
 * translation: to `local`, the others to `fwd`. */
static void route_step(path *pa, piece *p, pieces *fwd, pieces *local)
{
	const evaluator *ev = pa->ev;
	if (p->local) {
		pieces_add(local, p);
		return;
	}
	pset img = xlate_image(&p->set, &p->xl, XL_ALL_FIELDS);
	pset mine = pset_intersect(&img, &ev->local_dst);
	/* the loopback addresses are the firewall's own: a translation to
	 * one (pf "rdr-to 127.0.0.1") delivers the packet to it (a packet
	 * that comes addressed to one is a martian: not fwlint's business) */
	if (p->xl.f[XL_DST].kind != XL_KEEP) {
		pbox lo = pbox_full();
		lo.dst_lo = PSET_V4_LO | 0x7f000000u;
		lo.dst_hi = PSET_V4_LO | 0x7fffffffu;
		pset l4 = pset_intersect_box(&img, &lo);
		lo.dst_lo = lo.dst_hi = 1; /* ::1 */
		pset l6 = pset_intersect_box(&img, &lo);
		pset_absorb(&mine, &l4);
		pset_absorb(&mine, &l6);
		pset_free(&l4);
		pset_free(&l6);
	}
	pset_free(&img);
	if (pset_is_empty(&mine)) {
		pset_free(&mine);
		pieces_add(fwd, p);
		return;
	}
	bool chose = false;
	pset to_me = xlate_preimage(&p->set, &p->xl, XL_ALL_FIELDS, &mine, &chose);
	pset_free(&mine);
	pset on = pset_subtract(&p->set, &to_me);
	piece a = with_set(p, &to_me), b = with_set(p, &on);
	a.local = true;
	a.maybe |= chose;
	b.maybe |= chose;
	if (chose) {
		/* a translation of several values may go either way */
		pset both = pset_clone(&a.set);
		piece c2 = with_set(&a, &both);
		c2.local = false;
		pieces_add(fwd, &c2);
	}
	pa->xlated = true;
	pieces_add(local, &a);
	pieces_add(fwd, &b);
	pset_free(&p->set);
}

static const ir_chain *step_chain(const evaluator *ev, const step *st)
{
	const ir_table *t = ir_table_find(ev->rs, st->table);
	return t ? ir_chain_find(t, st->chain) : NULL;
}

/* Every piece of cur through steps[0..n-1]; what passes them all is
 * accepted. */
static void run_steps(path *pa, const step *steps, size_t n, pieces *cur)
{
	for (size_t k = 0; k < n && cur->n; k++) {
		const step *st = &steps[k];
		pieces next = { 0 };
		if (st->kind == ST_ROUTE) {
			pieces local = { 0 };
			for (size_t i = 0; i < cur->n; i++)
				route_step(pa, &cur->v[i], &next, &local);
			free(cur->v);
			*cur = next;
			if (local.n && pa->ev->rs->format == IR_FMT_IPTABLES) {
				run_steps(pa, ipt_input_tail, N(ipt_input_tail), &local);
			} else {
				/* pf, Cisco: the "in" stage was the last */
				for (size_t i = 0; i < local.n; i++)
					emit(pa, &local.v[i].set, IR_ACCEPT, local.v[i].rule,
					     local.v[i].chain, local.v[i].maybe, &local.v[i]);
			}
			free(local.v);
			continue;
		}
		const ir_chain *c = step_chain(pa->ev, st);
		bool nat = st->kind == ST_NAT_DST || st->kind == ST_NAT_SRC || st->kind == ST_XLATE;
		bool skip = !c || (st->stage >= 0 && (pa->by_state >> st->stage & 1));
		if (skip && !(nat && pa->conn))
			continue;
		for (size_t i = 0; i < cur->n; i++) {
			piece *p = &cur->v[i];
			if (nat) {
				nat_step(pa, st, skip ? NULL : c, p, &next);
				continue;
			}
			/* The same set under several names (rules that may
			 * or may not match) is evaluated as often: cheap next
			 * to evaluating it once per stage in the kernel, and
			 * the pieces are kept apart for what they say. */
			filter_step(pa, st, c, p, &next);
		}
		for (size_t i = 0; i < cur->n; i++)
			pset_free(&cur->v[i].set);
		free(cur->v);
		*cur = next;
	}
	for (size_t i = 0; i < cur->n; i++) {
		piece *p = &cur->v[i];
		emit(pa, &p->set, IR_ACCEPT, p->rule, p->chain, p->maybe, p);
	}
	cur->n = 0;
}

static bool same_decision(const outcome *a, const outcome *b)
{
	if (a->verdict != b->verdict || a->maybe != b->maybe || a->kept != b->kept ||
	    a->local != b->local || a->dnat != b->dnat || a->snat != b->snat ||
	    a->notrack != b->notrack || !xlate_equal(&a->xl, &b->xl))
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

static void path_steps(const evaluator *ev, enum eval_hook hook, const step **steps, size_t *n)
{
	bool ipt = ev->rs->format == IR_FMT_IPTABLES;
	switch (hook) {
	case EVAL_FORWARD:
		*steps = ipt ? ipt_forward : st_forward;
		*n = ipt ? N(ipt_forward) : N(st_forward);
		break;
	case EVAL_INPUT:
		*steps = ipt ? ipt_input : st_input;
		*n = ipt ? N(ipt_input) : N(st_input);
		break;
	case EVAL_OUTPUT:
		*steps = ipt ? ipt_output : st_output;
		*n = ipt ? N(ipt_output) : N(st_output);
		break;
	default:
		*steps = ipt ? ipt_local : st_local;
		*n = ipt ? N(ipt_local) : N(st_local);
		break;
	}
}

static void run_path(evaluator *ev, enum eval_hook hook, const pset *in, unsigned by_state,
		     const eval_conn *conn, outcome_list *out)
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
	outcome_emit(out, &other, IR_ACCEPT, NULL, NULL, false, 0);

	const ir_chain *stage[EVAL_MAX_STAGES];
	size_t nst = eval_hook_stages(ev, hook, stage);
	path pa = { ev, by_state, conn, out, false, NULL };
	size_t first = out->n;
	const step *steps;
	size_t n;
	path_steps(ev, hook, &steps, &n);
	/* One chain on the way (a filter table alone, a pf or Cisco file
	 * without translations on a host): its outcomes are the answer, in
	 * its order. */
	const ir_chain *only = NULL;
	size_t nchains = 0;
	for (size_t k = 0; k < n; k++) {
		const ir_chain *c = steps[k].kind == ST_ROUTE ? NULL : step_chain(ev, &steps[k]);
		if (c && !(steps[k].stage >= 0 && (by_state >> steps[k].stage & 1))) {
			nchains++;
			only = steps[k].kind == ST_FILTER ? c : NULL;
		}
	}
	if (nchains == 0 || (only && nchains == 1 && !ev->nctorig &&
			     (!conn || xlate_is_identity(&conn->start)))) {
		if (only) {
			pset ret = pset_empty();
			chain_run(ev, only, &mine, out, &ret, false, 0);
			/* A built-in chain emits its policy itself. */
			pset_free(&ret);
		} else {
			outcome_emit(out, &mine, IR_ACCEPT, NULL, NULL, false, 0);
		}
		pset_free(&mine);
		if (nst > 1 || by_state)
			settle(out, first);
		return;
	}
	pieces cur = { 0 };
	piece p0;
	memset(&p0, 0, sizeof p0);
	p0.set = mine;
	p0.xl = conn ? conn->start : xlate_identity();
	pa.xlated = conn && !xlate_is_identity(&conn->start);
	pieces_add(&cur, &p0);
	pset_free(&p0.set);
	run_steps(&pa, steps, n, &cur);
	free(cur.v);
	if (nst > 1 || by_state || pa.xlated)
		settle(out, first);
}

void eval_run_path(evaluator *ev, enum eval_hook hook, const pset *in, unsigned by_state,
		   const eval_conn *conn, outcome_list *out)
{
	pset entered;
	bool wire = hook == EVAL_FORWARD || hook == EVAL_INPUT;
	if (!(wire ? eval_marks_enter_wire(ev, in, &entered) : eval_marks_enter(ev, in, &entered))) {
		run_path(ev, hook, in, by_state, conn, out);
		return;
	}
	size_t first = out->n;
	run_path(ev, hook, &entered, by_state, conn, out);
	pset_free(&entered);
	eval_marks_leave_list(out, first);
}

void eval_run_states(evaluator *ev, enum eval_hook hook, const pset *in, unsigned by_state,
		     outcome_list *out)
{
	eval_run_path(ev, hook, in, by_state, NULL, out);
}

void eval_run(evaluator *ev, enum eval_hook hook, const pset *in, outcome_list *out)
{
	eval_run_path(ev, hook, in, 0, NULL, out);
}

bool eval_path_plain(const evaluator *ev, enum eval_hook hook)
{
	const step *steps;
	size_t n;
	path_steps(ev, hook, &steps, &n);
	for (size_t k = 0; k < n; k++) {
		if (steps[k].stage >= 0 || steps[k].kind == ST_ROUTE)
			continue;
		const ir_chain *c = step_chain(ev, &steps[k]);
		if (c && (c->n || c->policy != IR_ACCEPT))
			return false;
	}
	return true;
}

void eval_set_local(evaluator *ev, const eval_local *l)
{
	free(ev->local);
	free(ev->local_if);
	pset_free(&ev->local_dst);
	ev->nlocal = l->n;
	ev->local = xcalloc(l->n ? l->n : 1, sizeof *ev->local);
	ev->local_if = xcalloc(l->n ? l->n : 1, sizeof *ev->local_if);
	for (size_t i = 0; i < l->n; i++) {
		ev->local[i] = l->addr[i];
		ev->local_if[i] = l->ifid ? l->ifid[i] : 0;
		pbox b = pbox_full();
		b.dst_lo = b.dst_hi = l->addr[i];
		pset_add_box(&ev->local_dst, &b);
	}
}

eval_conn eval_conn_forward(const xlate *x)
{
	eval_conn c;
	memset(&c, 0, sizeof c);
	c.start = xlate_identity();
	c.at_dst = *x;
	c.at_src = *x;
	c.dst_fields = XL_DST_FIELDS;
	c.src_fields = XL_SRC_FIELDS;
	return c;
}

/* The hull of field i over s. */
static void hull(const pset *s, int i, u128 *lo, u128 *hi)
{
	*lo = U128_MAX;
	*hi = 0;
	for (size_t k = 0; k < s->n; k++) {
		const pbox *b = &s->box[k];
		u128 l = i == XL_DST ? b->dst_lo : b->dport_lo, h = i == XL_DST ? b->dst_hi : b->dport_hi;
		if (l < *lo)
			*lo = l;
		if (h > *hi)
			*hi = h;
	}
	if (*lo > *hi)
		*lo = *hi = 0;
}

eval_conn eval_conn_reply(const xlate *x, const pset *opening)
{
	eval_conn c;
	memset(&c, 0, sizeof c);
	/* The reply, in the terms the filter sees it (from the translated
	 * destination to the untranslated source), arrives addressed to
	 * what the source translation made of the opening's source... */
	c.reply = true;
	c.start = xlate_identity();
	c.start.f[XL_DST] = x->f[XL_SRC];
	c.start.f[XL_DPORT] = x->f[XL_SPORT];
	/* ...which the destination translation undoes... */
	c.at_dst = xlate_identity();
	c.dst_fields = XL_DST_FIELDS;
	/* ...and the source translation gives it the source that the client
	 * addressed. */
	c.at_src = xlate_identity();
	u128 lo, hi;
	hull(opening, XL_DST, &lo, &hi);
	c.at_src.f[XL_SRC] = xl_invert(&x->f[XL_DST], lo, hi);
	hull(opening, XL_DPORT, &lo, &hi);
	c.at_src.f[XL_SPORT] = xl_invert(&x->f[XL_DPORT], lo, hi);
	c.src_fields = XL_SRC_FIELDS;
	return c;
}

pset eval_reply_inside(const pset *opening, const xlate *x)
{
	return xlate_image(opening, x, XL_DST_FIELDS);
}

uint8_t eval_reply_state(const outcome *o, unsigned proto)
{
	bool untracked = o->notrack != NULL;
	for (size_t i = 0; i < o->set.n && !untracked; i++)
		untracked = o->set.box[i].state == CT_UNTRACKED;
	if (!untracked)
		return CT_ESTABLISHED;
	return proto == PROTO_TCP || proto == PROTO_ICMP || proto == PROTO_ICMPV6 ? CT_INVALID
										 : CT_NEW;
}
