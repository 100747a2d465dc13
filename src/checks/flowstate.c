/* flowstate.c - each required flow through a firewall, evaluated once and
 * kept (flowstate.h), for fwlint diff to compare two versions of a file. */
#include "flowstate.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

bool flowstate_accepts(const outcome *o)
{
	return o->verdict == IR_ACCEPT && !o->maybe && !pset_is_empty(&o->set);
}

/* As flows.c's may_drop: a verdict that drops some packets, or may (one
 * fwlint cannot know), but not one that a bound cut short. */
bool flowstate_drops(const outcome *o)
{
	return (verdict_drops(o->verdict) || o->verdict == IR_UNKNOWN) &&
	       !outcome_cut_short(o) && !pset_is_empty(&o->set);
}

bool flowstate_opens(const flowstate *s, size_t i)
{
	return flowstate_accepts(&s->out.v[i]) && !s->wrong[i];
}

/* Sent elsewhere: accepted, and what flows.c reports as missing-opening
 * or partial-opening ("is translated to ... not to EXCH1"). */
bool flowstate_closes(const flowstate *s, size_t i)
{
	const outcome *o = &s->out.v[i];
	return flowstate_drops(o) || (s->wrong[i] && !pset_is_empty(&o->set));
}

static void eval_one(const flow *fl, size_t index, size_t hopno, const fwhop *h,
		     const fwload *f, flowstate_list *out)
{
	out->v = xgrow(out->v, &out->cap, out->n + 1, sizeof *out->v);
	flowstate *s = &out->v[out->n++];
	memset(s, 0, sizeof *s);
	s->flow = index;
	s->hopno = hopno;
	s->hop = *h;
	pset in = flow_packets(fl, f, h);
	eval_run(f->ev, h->hook, &in, &s->out);
	pset_free(&in);
	s->wrong = xcalloc(s->out.n ? s->out.n : 1, sizeof *s->wrong);
	s->wrong_at = xcalloc(s->out.n ? s->out.n : 1, sizeof *s->wrong_at);
	for (size_t i = 0; i < s->out.n; i++)
		s->wrong[i] = flow_translation_problem(fl, h, &s->out.v[i], f, &s->wrong_at[i]);

	/* Interface numbers are those of each version's own interface table
	 * (frontend.h): two versions can only be compared without them.  A
	 * router's hop has one ingress and one egress interface, so nothing
	 * is lost; a host firewall's packets pass if some interface passes
	 * them (flows.c), so what is accepted anywhere is not dropped. */
	s->accepted = pset_empty();
	for (size_t i = 0; i < s->out.n; i++) {
		forget_interfaces(&s->out.v[i].set);
		if (flowstate_opens(s, i))
			pset_add_set(&s->accepted, &s->out.v[i].set);
	}
	s->dropped = pset_empty();
	for (size_t i = 0; i < s->out.n; i++) {
		outcome *o = &s->out.v[i];
		if (o->verdict == IR_ACCEPT && !s->wrong[i])
			continue;
		if (h->hook != EVAL_FORWARD) {
			pset t = pset_subtract(&o->set, &s->accepted);
			pset_free(&o->set);
			o->set = t;
		}
		if (flowstate_closes(s, i))
			pset_add_set(&s->dropped, &o->set);
	}
}

void flowstate_eval(const topo *t, const flow_list *flows, const fwload *f,
		    flowstate_list *out)
{
	for (size_t i = 0; i < flows->n; i++) {
		fwhop hops[4];
		size_t n = flow_hops(t, &flows->v[i], f, hops, 4);
		for (size_t k = 0; k < n; k++)
			eval_one(&flows->v[i], i, k, &hops[k], f, out);
	}
}

void flowstate_list_free(flowstate_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		for (size_t k = 0; k < l->v[i].out.n; k++)
			free(l->v[i].wrong[k]);
		free(l->v[i].wrong);
		free(l->v[i].wrong_at);
		outcome_list_free(&l->v[i].out);
		pset_free(&l->v[i].accepted);
		pset_free(&l->v[i].dropped);
	}
	free(l->v);
	memset(l, 0, sizeof *l);
}

char *flowstate_decider_key(const outcome *o)
{
	const char *chain = o->chain ? o->chain->name : "";
	if (!o->rule) {
		const char *v = o->verdict == IR_ACCEPT ? "accept"
				: verdict_drops(o->verdict) ? "drop" : "unknown";
		return xasprintf("%s\037policy %s", chain, v);
	}
	const char *t = o->rule->text ? o->rule->text : "";
	size_t clen = strlen(chain);
	char *key = xmalloc(clen + strlen(t) + 2);
	memcpy(key, chain, clen);
	char *p = key + clen;
	*p++ = '\037';
	bool blank = false;
	for (; *t; t++) {
		if (*t == ' ' || *t == '\t' || *t == '\r' || *t == '\n') {
			blank = true;
			continue;
		}
		if (blank && p[-1] != '\037')
			*p++ = ' ';
		blank = false;
		*p++ = *t;
	}
	*p = '\0';
	return key;
}

char *flowstate_key(const flowstate *s, size_t i)
{
	const outcome *o = &s->out.v[i];
	char *key = flowstate_decider_key(o);
	if (!s->wrong[i])
		return key;
	/* The translating rule's text, its blanks collapsed as the filter
	 * rule's (its chain is left out: one key of the same shape). */
	outcome x = { 0 };
	x.rule = o->dnat;
	char *xk = o->dnat ? flowstate_decider_key(&x) : xstrdup("\037local");
	char *k = xasprintf("%s\037xlate%s", key, xk);
	free(xk);
	free(key);
	return k;
}
