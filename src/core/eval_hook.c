/* eval_hook.c - a hook's stages (see eval.h, EVAL_MAX_STAGES): which chains
 * a packet must pass, and a set of packets through them one after the
 * other, with the outcome that names the deciding rule. */
#include "eval_int.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

size_t eval_hook_stages(const evaluator *ev, enum eval_hook hook,
			const ir_chain *stage[EVAL_MAX_STAGES])
{
	const ir_table *t = ir_table_find(ev->rs, "filter");
	if (!t)
		return 0;
	size_t n = 0;
	if (ev->rs->format == IR_FMT_IPTABLES) {
		if (hook == EVAL_LOCAL) {
			/* A packet a host sends itself leaves through
			 * OUTPUT and comes back in through INPUT
			 * (iptables(8), "TABLES": filter). */
			const ir_chain *o = ir_chain_find(t, "OUTPUT"), *i = ir_chain_find(t, "INPUT");
			if (o)
				stage[n++] = o;
			if (i)
				stage[n++] = i;
			return n;
		}
		const char *name = hook == EVAL_FORWARD ? "FORWARD" : hook == EVAL_INPUT ? "INPUT" : "OUTPUT";
		stage[0] = ir_chain_find(t, name);
		return stage[0] != NULL;
	}
	/* pf and Cisco: "in" then "out"; a host sees only one of them, and
	 * its packets to itself go out, then in, on its loopback. */
	const ir_chain *in = ir_chain_find(t, "in"), *out = ir_chain_find(t, "out");
	if (hook == EVAL_LOCAL) {
		if (out)
			stage[n++] = out;
		if (in)
			stage[n++] = in;
		return n;
	}
	if (in && hook != EVAL_OUTPUT)
		stage[n++] = in;
	if (out && hook != EVAL_INPUT)
		stage[n++] = out;
	return n;
}

enum eval_hook eval_hook_reply(enum eval_hook hook)
{
	return hook == EVAL_INPUT ? EVAL_OUTPUT : hook == EVAL_OUTPUT ? EVAL_INPUT : hook;
}

const ir_chain *eval_hook_chain(const evaluator *ev, enum eval_hook hook)
{
	const ir_chain *st[EVAL_MAX_STAGES];
	return eval_hook_stages(ev, hook, st) ? st[0] : NULL;
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

static void run_states(evaluator *ev, enum eval_hook hook, const pset *in, unsigned by_state,
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
	outcome_emit(out, &other, IR_ACCEPT, NULL, NULL, false, 0);

	const ir_chain *stage[EVAL_MAX_STAGES];
	size_t nst = eval_hook_stages(ev, hook, stage);
	if (nst == 0) {
		outcome_emit(out, &mine, IR_ACCEPT, NULL, NULL, false, 0);
		pset_free(&mine);
		return;
	}
	if (nst == 1 && !(by_state & 1)) {
		/* One stage: its outcomes are the answer. */
		pset ret = pset_empty();
		chain_run(ev, stage[0], &mine, out, &ret, false, 0);
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
				chain_run(ev, stage[k], &p->set, &ran[i], &ret, false, 0);
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
					outcome_emit(out, &x->set, x->verdict, x->rule, x->chain, maybe,
						     0);
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
		outcome_emit(out, &cur[i].set, IR_ACCEPT, cur[i].rule, cur[i].chain, cur[i].maybe,
			     cur[i].kept);
		pset_free(&cur[i].set);
	}
	free(cur);
	settle(out, first);
}

void eval_run_states(evaluator *ev, enum eval_hook hook, const pset *in, unsigned by_state,
		     outcome_list *out)
{
	pset entered;
	if (!eval_marks_enter(ev, in, &entered)) {
		run_states(ev, hook, in, by_state, out);
		return;
	}
	size_t first = out->n;
	run_states(ev, hook, &entered, by_state, out);
	pset_free(&entered);
	eval_marks_leave_list(out, first);
}

void eval_run(evaluator *ev, enum eval_hook hook, const pset *in, outcome_list *out)
{
	eval_run_states(ev, hook, in, 0, out);
}
