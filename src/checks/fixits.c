/* fixits.c - the fix-its of the findings: which packets must pass (or
 * stop) where, handed to the format's writer (fixit.h; fwlint(1), FIX-ITS).
 *
 * An opening: the packets that a rule or policy drops must pass before
 * it.  A firewall may filter in several stages (pf: in, then out; Cisco:
 * the ACL in on one interface, then the one out on the other), so once
 * the packets pass the stage that dropped them they are evaluated again
 * with that stage passing them, and the next stage that drops them gets
 * its rules too, until they pass.  A narrowing: the excess of an
 * over-permissive rule must stop before it; the rules are made as wide as
 * they can be without meeting a packet that some requirement needs, so
 * that they read as an engineer writes them.
 */
#include <stdlib.h>
#include <string.h>

#include "checks.h"
#include "xalloc.h"

/* The stage of hook whose evaluation reaches chain c (through jumps), or
 * -1. */
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
 * and state; the fix-its go to d.  Returns false when the writer cannot say
 * it (*nofix set). */
static bool emit(fixit_list *fixes, const char **nofix, const fwload *f, const ir_chain *chain, const ir_rule *at,
		 const pset *s, enum ir_action action)
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
			};
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

static bool emit_outcome(fixit_list *fixes, const char **nofix, const fwload *f,
			 const outcome *o)
{
	pset s = as_seen(o);
	bool ok = emit(fixes, nofix, f, o->chain, o->rule, &s, IR_ACCEPT);
	pset_free(&s);
	return ok;
}

void fixit_open(fixit_list *fixes, const char **nofix, const fwload *f, enum eval_hook hook,
		unsigned by_state, const eval_conn *conn, const outcome *o)
{
	if (!o->chain) {
		*nofix = "no rule or policy of the file decides these packets";
		return;
	}
	int k = stage_of(f, hook, o->chain);
	if (!emit_outcome(fixes, nofix, f, o) || k < 0)
		return;
	/* The next stages: what drops the packets once the stages fixed
	 * so far pass them. */
	unsigned pass = by_state | 1u << k;
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
			if (!emit_outcome(fixes, nofix, f, x)) {
				fixit_list_free(fixes);
				outcome_list_free(&out);
				pset_free(&todo);
				return;
			}
			pass |= 1u << kx;
			more = true;
		}
		outcome_list_free(&out);
		if (!more)
			break;
	}
	pset_free(&todo);
}

/* Widen box b field by field (source, destination, source port,
 * destination port) to every value as long as it meets nothing of
 * needed. */
static void widen(pbox *b, const pset *needed)
{
	pbox w = *b;
	w.src_lo = 0;
	w.src_hi = U128_MAX;
	if (addr_is_v4(b->src_lo) && addr_is_v4(b->src_hi)) {
		w.src_lo = PSET_V4_LO;
		w.src_hi = PSET_V4_HI;
	}
	pset t = pset_intersect_box(needed, &w);
	if (pset_is_empty(&t))
		*b = w;
	pset_free(&t);
	w = *b;
	w.dst_lo = 0;
	w.dst_hi = U128_MAX;
	if (addr_is_v4(b->dst_lo) && addr_is_v4(b->dst_hi)) {
		w.dst_lo = PSET_V4_LO;
		w.dst_hi = PSET_V4_HI;
	}
	t = pset_intersect_box(needed, &w);
	if (pset_is_empty(&t))
		*b = w;
	pset_free(&t);
	w = *b;
	w.sport_lo = 0;
	w.sport_hi = 65535;
	t = pset_intersect_box(needed, &w);
	if (pset_is_empty(&t))
		*b = w;
	pset_free(&t);
	w = *b;
	w.dport_lo = 0;
	w.dport_hi = 65535;
	t = pset_intersect_box(needed, &w);
	if (pset_is_empty(&t))
		*b = w;
	pset_free(&t);
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
	/* Not to be touched: what is needed, and every other packet that the
	 * topology can send (it may meet later rules). */
	pset keep = pset_subtract(plausible, excess);
	pset_add_set(&keep, needed);
	pset s = pset_empty();
	for (size_t i = 0; i < excess->n; i++) {
		pbox b = excess->box[i];
		widen(&b, &keep);
		pset_add_box(&s, &b);
	}
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
	pset_free(&keep);
}
