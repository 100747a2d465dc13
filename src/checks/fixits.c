/* fixits.c - the fix-its of the findings: which packets must pass (or
 * stop) where, handed to the format's writer (fixit.h; fwlint(1), FIX-ITS).
 *
 * An opening: the packets that a rule or policy drops must pass before
 * it.  A firewall may filter in several stages (pf: in, then out; Cisco:
 * the ACL in on one interface, then the one out on the other), so once
 * the packets pass the stage that dropped them they are evaluated again
 * with that stage passing them, and the next stage that drops them gets
 * its rules too, until they pass; on a stateless path, their replies
 * then get theirs.  Addresses that the topology cannot send otherwise are
 * widened to "any", so that the rules read as an engineer writes them.  A
 * wrong destination translation: the right one before it, then the filter
 * for what it translates.  A narrowing: the excess of an over-permissive
 * rule must stop before it; the rules are made as wide as they can be
 * within what the rule matches, without meeting a packet that some
 * requirement needs or any other packet the topology can send.
 */
#include <stdlib.h>
#include <string.h>

#include "checks.h"
#include "xalloc.h"

/* Whether chain c is from, or one that from jumps to. */
static bool reaches(const ir_chain *from, const ir_chain *c, int depth)
{
	if (from == c)
		return true;
	if (depth > 64)
		return false;
	for (size_t i = 0; i < from->n; i++)
		if (from->rule[i]->jump && reaches(from->rule[i]->jump, c, depth + 1))
			return true;
	return false;
}

/* The stage of hook whose evaluation reaches chain c (through jumps), or
 * -1. */
static int stage_of(const fwload *f, enum eval_hook hook, const ir_chain *c)
{
	const ir_chain *stage[EVAL_MAX_STAGES];
	size_t n = eval_hook_stages(f->ev, hook, stage);
	for (size_t k = 0; k < n; k++)
		if (stage[k] == c)
			return (int)k;
	for (size_t k = 0; k < n; k++)
		if (stage[k] && reaches(stage[k], c, 0))
			return (int)k;
	return -1;
}

/* The name of interface field [lo, hi], or NULL when it is not one
 * interface the file or topology names. */
static const char *one_iface(const fwload *f, uint16_t lo, uint16_t hi)
{
	if (lo != hi || lo == 0)
		return NULL;
	return iftab_name(&f->tab, lo);
}

/* Hand the packets of s to the writer as one request per interface pair
 * and state, for rules in chain before rule at; the fix-its go to fixes.
 * Returns false, with none added, when the writer cannot say it (*nofix
 * set). */
static bool emit_as(fixit_list *fixes, const char **nofix, const fwload *f,
		    const ir_chain *chain, const ir_rule *at, const pset *s, enum ir_action action,
		    const fixit_req *how);

static bool emit(fixit_list *fixes, const char **nofix, const fwload *f, const ir_chain *chain,
		 const ir_rule *at, const pset *s, enum ir_action action)
{
	return emit_as(fixes, nofix, f, chain, at, s, action, NULL);
}

/* how: a request whose translation fields to copy, or NULL. */
static bool emit_as(fixit_list *fixes, const char **nofix, const fwload *f,
		    const ir_chain *chain, const ir_rule *at, const pset *s, enum ir_action action,
		    const fixit_req *how)
{
	if (!f->fe || !f->fe->fixit) {
		*nofix = "fwlint writes no fix-its for this format";
		return false;
	}
	bool by_state = f->by_state;
	bool *done = xcalloc(s->n ? s->n : 1, sizeof *done);
	fixit_list got;
	fixit_list_init(&got);
	bool ok = true;
	for (size_t i = 0; i < s->n && ok; i++) {
		if (done[i])
			continue;
		const pbox *b = &s->box[i];
		pset group = pset_empty();
		for (size_t j = i; j < s->n; j++) {
			const pbox *c = &s->box[j];
			if (done[j] || c->iif_lo != b->iif_lo || c->iif_hi != b->iif_hi ||
			    c->oif_lo != b->oif_lo || c->oif_hi != b->oif_hi || c->state != b->state)
				continue;
			done[j] = true;
			pset_add_box(&group, c);
		}
		pset_terms terms;
		if (!pset_terms_of(&group, &terms)) {
			*nofix = "the packets are too many different sets to write as rules";
			ok = false;
		} else {
			fixit_req rq = {
				.f = f, .chain = chain, .at = at, .terms = &terms,
				.iif = one_iface(f, b->iif_lo, b->iif_hi),
				.oif = one_iface(f, b->oif_lo, b->oif_hi),
				.state = b->state, .action = action, .by_state = by_state,
				.to_port = -1,
			};
			if (how) {
				rq.dnat = how->dnat;
				rq.to_addr = how->to_addr;
				rq.to_port = how->to_port;
			}
			const char *why = NULL;
			if (f->fe->fixit(&rq, &got, &why) != 0) {
				*nofix = why ? why : "the format's syntax cannot say it";
				ok = false;
			}
			pset_terms_free(&terms);
		}
		pset_free(&group);
	}
	free(done);
	if (ok) {
		fixit_list_move(fixes, &got);
		*nofix = NULL;
	}
	fixit_list_free(&got);
	return ok;
}

/* An outcome that drops packets, as flows.c judges them. */
static bool drops(const outcome *o)
{
	return (verdict_drops(o->verdict) || o->verdict == IR_UNKNOWN) && !outcome_cut_short(o) &&
	       !pset_is_empty(&o->set);
}

/* The packets of outcome o as its deciding rule sees them: an outcome's
 * set is in the terms the packets came with (eval.h), and a filter rule
 * after a destination translation sees the translated destination
 * (eval_reply_inside). */
static pset as_seen(const outcome *o)
{
	if (xlate_is_identity(&o->xl))
		return pset_clone(&o->set);
	return eval_reply_inside(&o->set, &o->xl);
}

/* Widen the source and destination of each box of s to every address
 * of its family, where that lets through no other packet of plausible:
 * "-s 0.0.0.0/5,8.0.0.0/7,..." (the internet: every address but the
 * organisation's) reads better as no -s at all, and a packet from
 * elsewhere cannot come in there.  An address range that is one CIDR
 * block already says exactly what it means and stays. */
static pset widen_within(const pset *s, const pset *plausible)
{
	pset out = pset_empty();
	for (size_t i = 0; i < s->n; i++) {
		pbox b = s->box[i];
		for (int field = 0; field < 2 && plausible; field++) {
			pbox w = b;
			u128 *lo = field ? &w.dst_lo : &w.src_lo, *hi = field ? &w.dst_hi : &w.src_hi;
			if (fixit_cidrs(*lo, *hi, NULL, NULL, 0) == 1)
				continue;
			bool v4 = addr_is_v4(*lo) && addr_is_v4(*hi);
			*lo = v4 ? PSET_V4_LO : 0;
			*hi = v4 ? PSET_V4_HI : U128_MAX;
			pset seen = pset_intersect_box(plausible, &w);
			pset beyond = pset_subtract(&seen, s);
			if (pset_is_empty(&beyond))
				b = w;
			pset_free(&beyond);
			pset_free(&seen);
		}
		pset_add_box(&out, &b);
	}
	pset_compact(&out);
	return out;
}

static bool emit_outcome(fixit_list *fixes, const char **nofix, const fwload *f,
			 const outcome *o, const pset *plausible)
{
	pset seen = as_seen(o);
	/* plausible is in the terms the packets came with. */
	pset s = xlate_is_identity(&o->xl) ? widen_within(&seen, plausible) : pset_clone(&seen);
	bool ok = emit(fixes, nofix, f, o->chain, o->rule, &s, IR_ACCEPT);
	pset_free(&s);
	pset_free(&seen);
	return ok;
}

/* Whether the writers' new rules keep state, so that replies pass the
 * stages they are in (pf's default keep state; the ASA tracks every
 * connection). */
static bool new_rules_keep_state(const fwload *f)
{
	return f->rs->format == IR_FMT_PF || f->rs->format == IR_FMT_ASA;
}

void fixit_open(fixit_list *fixes, const char **nofix, const fwload *f, enum eval_hook hook,
		unsigned by_state, const eval_conn *conn, const outcome *o, const pset *plausible,
		bool with_replies)
{
	if (!o->chain) {
		*nofix = "no rule or policy of the file decides these packets";
		return;
	}
	int k = stage_of(f, hook, o->chain);
	if (!emit_outcome(fixes, nofix, f, o, plausible) || k < 0)
		return;
	/* The next stages: what drops the packets once the stages fixed
	 * so far pass them. */
	unsigned pass = by_state | 1u << k;
	unsigned fixed = 1u << k;
	pset todo = pset_clone(&o->set);
	for (int round = 0; round < EVAL_MAX_STAGES && !pset_is_empty(&todo); round++) {
		outcome_list out = { 0 };
		eval_run_path(f->ev, hook, &todo, pass, conn, &out);
		bool more = false;
		for (size_t i = 0; i < out.n; i++) {
			const outcome *x = &out.v[i];
			if (!drops(x) || !x->chain)
				continue;
			int kx = stage_of(f, hook, x->chain);
			if (kx < 0 || (pass & 1u << kx))
				continue;
			if (!emit_outcome(fixes, nofix, f, x, plausible)) {
				fixit_list_free(fixes);
				outcome_list_free(&out);
				pset_free(&todo);
				return;
			}
			pass |= 1u << kx;
			fixed |= 1u << kx;
			more = true;
		}
		outcome_list_free(&out);
		if (!more)
			break;
	}
	pset_free(&todo);
	if (!with_replies || !xlate_is_identity(&o->xl))
		return;
	/* The replies of what now passes, on the way back: a stateless path
	 * needs rules for them too (fwlint(1), EVALUATION). */
	unsigned kept = o->kept | (new_rules_keep_state(f) ? fixed : 0);
	pset rep = reply_packets(&o->set);
	enum eval_hook back = eval_hook_reply(hook);
	unsigned rby = reply_by_state(f, hook, kept);
	outcome_list out = { 0 };
	eval_run_path(f->ev, back, &rep, rby, NULL, &out);
	pset rplaus = pset_empty();
	bool made = false;
	for (size_t i = 0; i < out.n && !*nofix; i++) {
		if (!drops(&out.v[i]) || !out.v[i].chain)
			continue;
		if (!made && plausible)
			rplaus = reply_packets(plausible);
		made = true;
		fixit_open(fixes, nofix, f, back, rby, NULL, &out.v[i], plausible ? &rplaus : NULL,
			   false);
	}
	outcome_list_free(&out);
	pset_free(&rplaus);
	pset_free(&rep);
}

/* Whether a box of s meets w (no set is built). */
static bool meets(const pset *s, const pbox *w)
{
	for (size_t i = 0; i < s->n; i++)
		if (pbox_intersects(&s->box[i], w))
			return true;
	return false;
}

/* Whether box w may be dropped before rule r: it stays within what r
 * matches (m: the new rules must not take what would go on to later
 * rules), meets nothing that is needed, and of the packets the topology
 * can send holds only excess (it meets nothing of other: what r matches
 * of them that is not excess).  The cheap test first. */
static bool fits(const pbox *w, const pset *m, const pset *needed, const pset *other)
{
	if (m) {
		bool in = m->n == 1 && pbox_contains(&m->box[0], w);
		if (!in) {
			pset one = pset_from_box(w);
			in = pset_subset(&one, m);
			pset_free(&one);
		}
		if (!in)
			return false;
	}
	return !meets(needed, w) && !meets(other, w);
}

/* Widen box b field by field (source, destination, source port,
 * destination port) to every value as long as it fits. */
static void widen(pbox *b, const pset *m, const pset *needed, const pset *other)
{
	for (int field = 0; field < 4; field++) {
		pbox w = *b;
		switch (field) {
		case 0:
		case 1: {
			u128 *lo = field ? &w.dst_lo : &w.src_lo, *hi = field ? &w.dst_hi : &w.src_hi;
			bool v4 = addr_is_v4(*lo) && addr_is_v4(*hi);
			*lo = v4 ? PSET_V4_LO : 0;
			*hi = v4 ? PSET_V4_HI : U128_MAX;
			break;
		}
		case 2:
			w.sport_lo = 0;
			w.sport_hi = 65535;
			break;
		default:
			w.dport_lo = 0;
			w.dport_hi = 65535;
			break;
		}
		if (fits(&w, m, needed, other))
			*b = w;
	}
}

void fixit_narrow(fixit_list *fixes, const char **nofix, const fwload *f, const ir_rule *r,
		  const pset *excess, const xlate *xl, const pset *seen, const pset *needed,
		  const pset *plausible)
{
	if (!r || !r->chain) {
		*nofix = "a policy lets the excess through: fwlint writes fix-its for rules";
		return;
	}
	if (seen && !xl) {
		/* Translated on the way, in several ways: the exact set, in
		 * the rule's terms. */
		emit(fixes, nofix, f, r->chain, r, seen, IR_DROP);
		return;
	}
	const pset *m = eval_rule_match(f->ev, r);
	/* Nothing the rule lets through is needed: the cure is to delete it,
	 * and rules before it would leave it for shadowed-rule. */
	pset mp = m ? pset_intersect(m, plausible) : pset_clone(plausible);
	pset other = pset_subtract(&mp, excess);
	pset_free(&mp);
	if (m && pset_is_empty(&other)) {
		*nofix = "nothing that this rule lets through is needed: delete it";
		pset_free(&other);
		return;
	}
	pset s = pset_empty();
	for (size_t i = 0; i < excess->n; i++) {
		pbox b = excess->box[i];
		widen(&b, m, needed, &other);
		pset_add_box(&s, &b);
	}
	pset_free(&other);
	pset_compact(&s);
	if (xl) {
		/* Widened in the terms the packets came with; the rule sees
		 * them translated as the excess was. */
		pset t = eval_reply_inside(&s, xl);
		pset_free(&s);
		s = t;
	}
	emit(fixes, nofix, f, r->chain, r, &s, IR_DROP);
	pset_free(&s);
}

void fixit_translate(fixit_list *fixes, const char **nofix, const fwload *f,
		     enum eval_hook hook, const outcome *o, u128 to_addr, int to_port,
		     const pset *plausible)
{
	const ir_rule *by = o->dnat;
	if (!by || !by->chain) {
		*nofix = "no translation rule to put the right one before";
		return;
	}
	fixit_req how = { .dnat = true, .to_addr = to_addr, .to_port = to_port };
	/* The wrong rule sends every packet it matches to the wrong place:
	 * the right one may take any of them (any source, any source port),
	 * which reads as an engineer writes it. */
	pset take = pset_empty();
	const pset *m = eval_rule_match(f->ev, by);
	for (size_t i = 0; i < o->set.n; i++) {
		pbox b = o->set.box[i];
		pbox w = b;
		bool v4 = addr_is_v4(b.src_lo) && addr_is_v4(b.src_hi);
		w.src_lo = v4 ? PSET_V4_LO : 0;
		w.src_hi = v4 ? PSET_V4_HI : U128_MAX;
		w.sport_lo = 0;
		w.sport_hi = 65535;
		pset one = pset_from_box(&w);
		if (m && pset_subset(&one, m))
			b = w;
		pset_free(&one);
		pset_add_box(&take, &b);
	}
	pset_compact(&take);
	bool ok = emit_as(fixes, nofix, f, by->chain, by, &take, IR_ACCEPT, &how);
	pset_free(&take);
	if (!ok)
		return;
	/* Translated right, the packets go on to the filter: what drops them
	 * there needs its rules too. */
	pset real = pset_clone(&o->set);
	for (size_t i = 0; i < real.n; i++) {
		real.box[i].dst_lo = real.box[i].dst_hi = to_addr;
		if (to_port >= 0)
			real.box[i].dport_lo = real.box[i].dport_hi = (uint16_t)to_port;
	}
	outcome_list out = { 0 };
	eval_run(f->ev, hook, &real, &out);
	for (size_t i = 0; i < out.n; i++)
		if (drops(&out.v[i]) && out.v[i].chain && !out.v[i].dnat) {
			fixit_open(fixes, nofix, f, hook, 0, NULL, &out.v[i], plausible, true);
			if (*nofix)
				break;
		}
	outcome_list_free(&out);
	pset_free(&real);
}
