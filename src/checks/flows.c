/* flows.c - missing-opening, partial-opening, return-blocked.
 *
 * For every required flow that crosses a firewall, evaluate the flow's
 * packets (new TCP connections from ephemeral ports) where they cross it
 * and report each rule or policy that drops some of them.  Then evaluate
 * the replies of what passes: a stateful ruleset lets them through with an
 * ESTABLISHED rule, a stateless one needs its own rule, and either way what
 * the firewall drops is what the finding reports (fwlint(1), EVALUATION).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checks.h"
#include "xalloc.h"

static srcloc outcome_loc(const fwload *f, const outcome *o)
{
	if (o->rule)
		return o->rule->loc;
	if (o->chain)
		return policy_where(f, o->chain);
	return SRCLOC_NONE;
}

/* "this rule" or "the FORWARD policy" */
static char *decider(const fwload *f, const outcome *o)
{
	if (o->rule && o->rule->target && strcmp(o->rule->target, CISCO_IMPLICIT_DENY) == 0)
		return xasprintf("the %s", o->rule->text);
	if (o->rule)
		return xstrdup("this rule");
	if (o->chain)
		return policy_describe(f, o->chain);
	return xstrdup("this file");
}

/* An outcome that drops some packets, or may (a verdict fwlint cannot know;
 * not one that a bound cut short: cut_short() reports those). */
static bool may_drop(const outcome *o)
{
	return (verdict_drops(o->verdict) || o->verdict == IR_UNKNOWN) &&
	       !outcome_cut_short(o) && !pset_is_empty(&o->set);
}

static void attach_example(diag *d, const pset *s, const fwload *f)
{
	packet p;
	if (!pset_example(s, &p))
		return;
	char buf[256];
	fmt_packet(&p, &f->tab, buf, sizeof buf);
	diag_set_example(d, &p, buf);
}

static char *summary(const pset *s, const fwload *f)
{
	char buf[512];
	pset_summary(s, &f->tab, buf, sizeof buf);
	return xstrdup(buf);
}

/* On a host firewall the topology names no interface of the server, and
 * its rules do (-i eth0): a packet is dropped only if no interface lets it
 * through.  Take out of every outcome that is not an accept whatever some
 * interface accepts. */
static void keep_drops_on_every_interface(outcome_list *out)
{
	pset passes = pset_empty();
	for (size_t i = 0; i < out->n; i++)
		if (out->v[i].verdict == IR_ACCEPT)
			pset_add_set(&passes, &out->v[i].set);
	forget_interfaces(&passes);
	for (size_t i = 0; i < out->n; i++) {
		if (out->v[i].verdict == IR_ACCEPT)
			continue;
		pset t = pset_subtract(&out->v[i].set, &passes);
		pset_free(&out->v[i].set);
		out->v[i].set = t;
	}
	pset_free(&passes);
}

/* An evaluation that ran past a bound (eval.h, pset.h) is not an answer:
 * say which bound, as an unresolved warning at the requirement. */
static void cut_short(const evaluator *ev, const outcome_list *out, srcloc loc,
		      const char *what, int tc, report *rep)
{
	if (out->too_complex)
		diag_check(&rep->diags, CHECK_UNRESOLVED, loc,
			   "%s: too complex to evaluate exactly (user chains jump to the same chains over and over: more than %zu chain entries)",
			   what, eval_max_entries(ev))->tcase = tc;
	else if (out->too_deep)
		diag_check(&rep->diags, CHECK_UNRESOLVED, loc,
			   "%s: too complex to evaluate exactly (jumps nested deeper than %d)", what,
			   EVAL_MAX_DEPTH)->tcase = tc;
	else if (out->overflow)
		diag_check(&rep->diags, CHECK_UNRESOLVED, loc,
			   "%s: too complex to evaluate exactly (more than %zu boxes)", what,
			   (size_t)PSET_MAX_BOXES)->tcase = tc;
}

static void check_replies(const fwload *f, const fwhop *h, const pset *passed, unsigned kept,
			  srcloc at, const char *what, int tc, report *rep)
{
	pset replies = reply_packets(passed);
	if (h->hook != EVAL_FORWARD) {
		pset t = host_interfaces(&replies, f);
		pset_free(&replies);
		replies = t;
	}
	outcome_list out = { 0 };
	eval_run_states(f->ev, eval_hook_reply(h->hook), &replies, reply_by_state(f, h->hook, kept), &out);
	if (outcome_list_inexact(&out)) {
		char *rw = xasprintf("replies of %s", what);
		cut_short(f->ev, &out, at, rw, tc, rep);
		free(rw);
	}
	if (h->hook != EVAL_FORWARD)
		keep_drops_on_every_interface(&out);
	for (size_t i = 0; i < out.n; i++) {
		const outcome *o = &out.v[i];
		if (!may_drop(o))
			continue;
		char *by = decider(f, o);
		char *sum = summary(&o->set, f);
		diag *d = diag_check(&rep->diags, CHECK_RETURN_BLOCKED, outcome_loc(f, o),
				     f->rs->format == IR_FMT_PF
				     ? "replies of %s %s dropped by %s (%s); pf lets replies through only where a rule passed the connection with keep state"
				     : "replies of %s %s dropped by %s (%s); a stateless path needs a rule that accepts them, or one for ESTABLISHED traffic",
				     what, o->maybe || o->verdict == IR_UNKNOWN ? "may be" : "are", by, sum);
		free(sum);
		free(by);
		d->tcase = tc;
		attach_example(d, &o->set, f);
	}
	outcome_list_free(&out);
	pset_free(&replies);
}

static void check_one(const flow *fl, const fwload *f, const fwhop *h, report *rep)
{
	char *what = flow_describe(fl);
	char *cls = xasprintf("%s.flows", f->fw->name);
	int tc = report_case(rep, f->suite, cls, what);
	free(cls);

	pset s = flow_packets(fl, f, h->in_if, h->out_if);
	outcome_list out = { 0 };
	eval_run(f->ev, h->hook, &s, &out);

	pset sure_accept = pset_empty();
	for (size_t i = 0; i < out.n; i++) {
		if (out.v[i].verdict != IR_ACCEPT)
			continue;
		if (!out.v[i].maybe)
			pset_add_set(&sure_accept, &out.v[i].set);
	}
	bool none_passes = pset_is_empty(&sure_accept);
	if (h->hook != EVAL_FORWARD)
		keep_drops_on_every_interface(&out);

	for (size_t i = 0; i < out.n; i++) {
		const outcome *o = &out.v[i];
		if (!may_drop(o))
			continue;
		bool unsure = o->maybe || o->verdict == IR_UNKNOWN;
		char *by = decider(f, o);
		diag *d;
		if (none_passes) {
			d = diag_check(&rep->diags, CHECK_MISSING_OPENING, outcome_loc(f, o), "%s %s dropped by %s",
				       what, unsure ? "may be" : "is", by);
		} else {
			char *sum = summary(&o->set, f);
			d = diag_check(&rep->diags, CHECK_PARTIAL_OPENING, outcome_loc(f, o),
				       "%s %s dropped by %s for part of its packets: %s",
				       what, unsure ? "may be" : "is", by, sum);
			free(sum);
		}
		free(by);
		d->tcase = tc;
		attach_example(d, &o->set, f);
	}
	cut_short(f->ev, &out, fl->loc, what, tc, rep);

	/* Replies, grouped by the stages whose state lets them back. */
	for (size_t i = 0; i < out.n; i++) {
		if (out.v[i].verdict != IR_ACCEPT || pset_is_empty(&out.v[i].set))
			continue;
		bool first = true;
		for (size_t j = 0; j < i && first; j++)
			first = out.v[j].verdict != IR_ACCEPT || out.v[j].kept != out.v[i].kept;
		if (!first)
			continue;
		pset passed = pset_empty();
		for (size_t j = i; j < out.n; j++)
			if (out.v[j].verdict == IR_ACCEPT && out.v[j].kept == out.v[i].kept)
				pset_add_set(&passed, &out.v[j].set);
		check_replies(f, h, &passed, out.v[i].kept, fl->loc, what, tc, rep);
		pset_free(&passed);
	}

	pset_free(&sure_accept);
	outcome_list_free(&out);
	pset_free(&s);
	free(what);
}

void check_flows(const check_ctx *cx)
{
	const topo *t = cx->t;
	const flow_list *flows = cx->flows;
	const fwload *f = cx->f;
	report *rep = cx->rep;
	for (size_t i = 0; i < flows->n; i++) {
		fwhop hops[4];
		size_t n = flow_hops(t, &flows->v[i], f, hops, 4);
		for (size_t k = 0; k < n; k++)
			check_one(&flows->v[i], f, &hops[k], rep);
	}
}
