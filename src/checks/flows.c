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

/* The openings the topology can send through a hook (topo_openings) and
 * their replies: how wide fix-its may be.  Made when a hook's first
 * fix-it needs them: a firewall with no finding pays nothing. */
typedef struct plaus_cache {
	const topo *t;
	bool made[EVAL_LOCAL + 1];
	pset s[EVAL_LOCAL + 1][2];
} plaus_cache;

/* k 0: the openings, 1: their replies. */
static const pset *plausible(plaus_cache *pc, const fwload *f, enum eval_hook hook, int k)
{
	if (!pc->made[hook]) {
		pc->s[hook][0] = hook == EVAL_LOCAL ? pset_empty() : topo_openings(pc->t, f, hook);
		pc->s[hook][1] = reply_packets(&pc->s[hook][0]);
		pc->made[hook] = true;
	}
	return &pc->s[hook][k];
}

/* The replies of the packets `passed` that an opening outcome like o let
 * through: as the filter sees them (translated back by the connection,
 * eval_conn_reply), ESTABLISHED, or for an untracked opening the state
 * conntrack gives a reply it has no connection for (eval_reply_state). */
static void check_replies(const fwload *f, const fwhop *h, const pset *passed,
			  const outcome *opening, srcloc at, const char *what, int tc, report *rep,
			  plaus_cache *pc)
{
	const outcome *op = opening;
	bool plain = xlate_is_identity(&op->xl) && !op->notrack;
	pset inside = plain ? pset_clone(passed) : eval_reply_inside(passed, &op->xl);
	pset replies = reply_packets(&inside);
	pset_free(&inside);
	if (op->notrack)
		for (size_t i = 0; i < replies.n; i++)
			replies.box[i].state = eval_reply_state(op, replies.box[i].proto_lo);
	if (h->hook != EVAL_FORWARD) {
		pset t = host_interfaces(&replies, f);
		pset_free(&replies);
		replies = t;
	}
	eval_conn conn;
	if (!plain)
		conn = eval_conn_reply(&op->xl, passed);
	outcome_list out = { 0 };
	eval_run_path(f->ev, eval_hook_reply(h->hook), &replies, reply_by_state(f, h->hook, op->kept),
		      plain ? NULL : &conn, &out);
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
		diag_add_related(d, at, "the topology requires this flow here");
		attach_example(d, &o->set, f);
		fixit_open(&d->fixes, &d->nofix, f, eval_hook_reply(h->hook),
			   reply_by_state(f, h->hook, op->kept), plain ? NULL : &conn, o,
			   plain ? plausible(pc, f, h->hook, 1) : NULL, false);
	}
	outcome_list_free(&out);
	pset_free(&replies);
}

/* Where x sends the packets of box b: "192.0.2.99:25", "[2001:db8::9]:25",
 * "one of 192.0.2.1-192.0.2.9 port 25" */
static void fmt_dest(const xlate *x, const pbox *b, char *buf, size_t n)
{
	pset one = pset_from_box(b);
	pset img = xlate_image(&one, x, XL_DST_FIELDS);
	const pbox *t = &img.box[0];
	char lo[48], hi[48], port[32];
	fmt_addr(t->dst_lo, lo, sizeof lo);
	fmt_addr(t->dst_hi, hi, sizeof hi);
	if (t->dport_lo == t->dport_hi)
		snprintf(port, sizeof port, "%u", (unsigned)t->dport_lo);
	else
		snprintf(port, sizeof port, "%u-%u", (unsigned)t->dport_lo, (unsigned)t->dport_hi);
	bool v6 = !addr_is_v4(t->dst_lo);
	if (t->dst_lo == t->dst_hi)
		snprintf(buf, n, v6 ? "[%s]:%s" : "%s:%s", lo, port);
	else
		snprintf(buf, n, "one of %s-%s port %s", lo, hi, port);
	pset_free(&img);
	pset_free(&one);
}

/* What the firewall did to the destination of accepted packets o of flow
 * fl, when it is not what the flow needs (the server's own address, the
 * required port: fwlint-topology(5), "address"): the words for it, and
 * where the finding goes (*at); NULL when it is right. */
static char *translation_problem(const flow *fl, const fwhop *h, const outcome *o,
				 const fwload *f, srcloc *at)
{
	const ir_rule *by = o->dnat;
	if (o->local) {
		*at = by ? by->loc : outcome_loc(f, o);
		return by ? xasprintf("is translated to the firewall itself by %s:%d", by->loc.file,
				      by->loc.line)
			  : xstrdup("goes to the firewall itself");
	}
	if (fl->dst_server < 0) {
		if (!by)
			return NULL;
		char d[160];
		fmt_dest(&o->xl, &o->set.box[0], d, sizeof d);
		*at = by->loc;
		return xasprintf("is translated to %s by %s:%d, away from where it is going", d,
				 by->loc.file, by->loc.line);
	}
	pset img = xlate_image(&o->set, &o->xl, XL_DST_FIELDS);
	pbox good = pbox_full();
	good.dst_lo = good.dst_hi = fl->real_addr;
	good.dport_lo = (uint16_t)fl->dport_lo;
	good.dport_hi = (uint16_t)fl->dport_hi;
	pset bad = pset_subtract_box(&img, &good);
	bool right = pset_is_empty(&bad) && !xlate_chooses(&o->xl);
	pset_free(&img);
	pset_free(&bad);
	if (right)
		return NULL;
	char real[64];
	fmt_addr(fl->real_addr, real, sizeof real);
	const char *name = fl->dst_server >= 0 ? fl->dst_name : "";
	size_t nlen = strcspn(name, " ");
	if (!by) {
		*at = outcome_loc(f, o);
		char pub[64];
		fmt_addr(o->set.box[0].dst_lo, pub, sizeof pub);
		return xasprintf("is not translated: it goes to %s, not to %.*s's own address %s", pub,
				 (int)nlen, name, real);
	}
	char d[160];
	fmt_dest(&o->xl, &o->set.box[0], d, sizeof d);
	*at = by->loc;
	return xasprintf("is translated to %s by %s:%d, not to %.*s %s port %d%s", d, by->loc.file,
			 by->loc.line, (int)nlen, name, real, fl->dport_lo,
			 xlate_chooses(&o->xl) ? " (the firewall picks one of several)" : "");
}

/* Two accepted outcomes whose replies come back the same way: the same
 * kept state, the same translation to undo. */
static bool same_way(const outcome *a, const outcome *b)
{
	return a->kept == b->kept && (a->notrack == NULL) == (b->notrack == NULL) &&
	       xlate_equal(&a->xl, &b->xl);
}

static void check_one(const flow *fl, const fwload *f, const fwhop *h, report *rep,
		      plaus_cache *pc)
{
	char *what = flow_describe(fl);
	char *cls = xasprintf("%s.flows", f->fw->name);
	/* The test says what it checks (fwlint(1), OUTPUT): the flow, and
	 * its replies, pass. */
	char *tname = xasprintf("%s is open", what);
	int tc = report_case(rep, f->suite, cls, tname);
	free(tname);
	free(cls);

	pset s = flow_packets(fl, f, h);
	outcome_list out = { 0 };
	eval_run(f->ev, h->hook, &s, &out);

	/* Accepted, but translated elsewhere (or not at all): they do not
	 * reach the server.  wrong[i]: the words for it. */
	char **wrong = xcalloc(out.n ? out.n : 1, sizeof *wrong);
	srcloc *wrong_at = xcalloc(out.n ? out.n : 1, sizeof *wrong_at);
	pset sure_accept = pset_empty();
	for (size_t i = 0; i < out.n; i++) {
		if (out.v[i].verdict != IR_ACCEPT || pset_is_empty(&out.v[i].set))
			continue;
		if (out.v[i].chain || out.v[i].rule || out.v[i].dnat || out.v[i].local)
			wrong[i] = translation_problem(fl, h, &out.v[i], f, &wrong_at[i]);
		if (!out.v[i].maybe && !wrong[i])
			pset_add_set(&sure_accept, &out.v[i].set);
	}
	bool none_passes = pset_is_empty(&sure_accept);
	if (h->hook != EVAL_FORWARD)
		keep_drops_on_every_interface(&out);

	for (size_t i = 0; i < out.n; i++) {
		const outcome *o = &out.v[i];
		if (wrong[i]) {
			diag *d;
			if (none_passes) {
				d = diag_check(&rep->diags, CHECK_MISSING_OPENING, wrong_at[i], "%s %s%s",
					       what, o->maybe ? "may be: " : "", wrong[i]);
			} else {
				char *sum = summary(&o->set, f);
				d = diag_check(&rep->diags, CHECK_PARTIAL_OPENING, wrong_at[i],
					       "%s, for part of its packets (%s), %s%s", what, sum,
					       o->maybe ? "may be: " : "", wrong[i]);
				free(sum);
			}
			d->tcase = tc;
			diag_add_related(d, fl->loc, "the topology requires this flow here");
			attach_example(d, &o->set, f);
			if (fl->dst_server >= 0)
				fixit_translate(&d->fixes, &d->nofix, f, h->hook, o, fl->real_addr, -1,
						plausible(pc, f, h->hook, 0));
			else
				d->nofix = "the flow goes to a zone, not to a server's address";
			continue;
		}
		if (!may_drop(o))
			continue;
		bool unsure = o->maybe || o->verdict == IR_UNKNOWN;
		char *by = decider(f, o);
		diag *d;
		/* Dropped after a translation that sends it elsewhere: say so. */
		srcloc xat = SRCLOC_NONE;
		char *xw = o->dnat || o->local ? translation_problem(fl, h, o, f, &xat) : NULL;
		char *after = xw ? xasprintf(", after it %s", xw) : xstrdup("");
		bool mistranslated = xw != NULL;
		free(xw);
		if (none_passes) {
			d = diag_check(&rep->diags, CHECK_MISSING_OPENING, outcome_loc(f, o), "%s %s dropped by %s%s",
				       what, unsure ? "may be" : "is", by, after);
		} else {
			char *sum = summary(&o->set, f);
			d = diag_check(&rep->diags, CHECK_PARTIAL_OPENING, outcome_loc(f, o),
				       "%s %s dropped by %s for part of its packets%s: %s",
				       what, unsure ? "may be" : "is", by, after, sum);
			free(sum);
		}
		free(after);
		free(by);
		d->tcase = tc;
		diag_add_related(d, fl->loc, "the topology requires this flow here");
		if (o->dnat || o->local)
			diag_add_related(d, xat, "the flow is translated here");
		attach_example(d, &o->set, f);
		if (mistranslated && o->dnat && !o->local && fl->dst_server >= 0)
			fixit_translate(&d->fixes, &d->nofix, f, h->hook, o, fl->real_addr, -1,
					plausible(pc, f, h->hook, 0));
		else if (o->local)
			d->nofix = "the packets go to the firewall itself: fwlint writes no fix-it for that";
		else if (mistranslated)
			d->nofix = "fwlint writes no fix-it for a translation that is missing";
		else
			fixit_open(&d->fixes, &d->nofix, f, h->hook, 0, NULL, o,
				   plausible(pc, f, h->hook, 0), true);
	}
	cut_short(f->ev, &out, fl->loc, what, tc, rep);

	/* Replies, grouped by the stages whose state lets them back and by
	 * the translation the connection undoes. */
	for (size_t i = 0; i < out.n; i++) {
		if (out.v[i].verdict != IR_ACCEPT || pset_is_empty(&out.v[i].set) || wrong[i])
			continue;
		bool first = true;
		for (size_t j = 0; j < i && first; j++)
			first = out.v[j].verdict != IR_ACCEPT || wrong[j] || !same_way(&out.v[j], &out.v[i]);
		if (!first)
			continue;
		pset passed = pset_empty();
		for (size_t j = i; j < out.n; j++)
			if (out.v[j].verdict == IR_ACCEPT && !wrong[j] && same_way(&out.v[j], &out.v[i]))
				pset_add_set(&passed, &out.v[j].set);
		check_replies(f, h, &passed, &out.v[i], fl->loc, what, tc, rep, pc);
		pset_free(&passed);
	}

	for (size_t i = 0; i < out.n; i++)
		free(wrong[i]);
	free(wrong);
	free(wrong_at);
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
	plaus_cache pc = { .t = t };
	for (size_t i = 0; i < flows->n; i++) {
		fwhop hops[4];
		size_t n = flow_hops(t, &flows->v[i], f, hops, 4);
		for (size_t k = 0; k < n; k++)
			check_one(&flows->v[i], f, &hops[k], rep, &pc);
	}
	for (int hk = 0; hk <= EVAL_LOCAL; hk++)
		if (pc.made[hk]) {
			pset_free(&pc.s[hk][0]);
			pset_free(&pc.s[hk][1]);
		}
}

/* For fwlint diff (flowstate.h): what the lint says of accepted outcome o
 * of flow fl through hop h when it sends the flow elsewhere than it needs
 * (translation_problem, under check_one's conditions), with where in
 * *at; NULL when o does not accept it, or sends it where it needs. */
char *flow_translation_problem(const flow *fl, const fwhop *h, const outcome *o,
			       const fwload *f, srcloc *at)
{
	if (o->verdict != IR_ACCEPT || pset_is_empty(&o->set) ||
	    !(o->chain || o->rule || o->dnat || o->local))
		return NULL;
	return translation_problem(fl, h, o, f, at);
}
