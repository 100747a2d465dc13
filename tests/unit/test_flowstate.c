/* Unit tests for flowstate (flowstate.h): the sample's edge firewall and
 * its changes under samples/contoso/changes/, evaluated flow by flow. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <string.h>

#include "flowstate.h"
#include "xalloc.h"

#define CONTOSO "samples/contoso/"

typedef struct loaded {
	topo *t;
	flow_list flows;
	fwload f;
	flowstate_list fs;
	diag_list dl;
} loaded;

/* Load the topology and `file` as its firewall "edge", and evaluate. */
static void load(loaded *l, const char *file)
{
	memset(l, 0, sizeof *l);
	diag_list_init(&l->dl);
	l->t = topo_load(CONTOSO "contoso.topo", "rulesets", &l->dl);
	cr_assert(not(eq(ptr, l->t, NULL)));
	topo_flows(l->t, &l->flows);
	size_t fwi = 0;
	while (fwi < l->t->nfw && strcmp(l->t->fw[fwi].name, "edge"))
		fwi++;
	cr_assert(lt(sz, fwi, l->t->nfw));
	const topo_firewall *fw = &l->t->fw[fwi];
	const char *ifn[8];
	for (size_t k = 0; k < fw->niface && k < 8; k++)
		ifn[k] = fw->iface[k].name;
	fwload_opts fo = { .format = "iptables", .ifnames = ifn, .nifnames = fw->niface };
	cr_assert(fwload_open(&l->f, file, &fo, &l->dl));
	l->f.fw = fw;
	l->f.fwindex = (int)fwi;
	flowstate_eval(l->t, &l->flows, &l->f, &l->fs);
}

static void unload(loaded *l)
{
	flowstate_list_free(&l->fs);
	fwload_close(&l->f);
	flow_list_free(&l->flows);
	topo_free(l->t);
	diag_list_free(&l->dl);
}

/* The state of the flow whose label is label and whose port is port. */
static const flowstate *find(const loaded *l, const char *label, int port)
{
	for (size_t i = 0; i < l->fs.n; i++) {
		const flow *fl = &l->flows.v[l->fs.v[i].flow];
		if (!strncmp(fl->label, label, strlen(label)) && fl->dport_lo == port &&
		    fl->src_server < 0)
			return &l->fs.v[i];
	}
	return NULL;
}

/* The key of the outcome that decides the flow's accepted packets. */
static char *accept_key(const flowstate *s)
{
	for (size_t i = 0; i < s->out.n; i++)
		if (flowstate_accepts(&s->out.v[i]))
			return flowstate_decider_key(&s->out.v[i]);
	return NULL;
}

Test(flowstate, closing_mapi_drops_port_135_only)
{
	loaded old, new;
	load(&old, CONTOSO "edge.rules");
	load(&new, CONTOSO "changes/edge-close-mapi.rules");
	cr_assert(eq(sz, old.fs.n, new.fs.n));
	const flowstate *o135 = find(&old, "mapi", 135), *n135 = find(&new, "mapi", 135);
	cr_assert(not(eq(ptr, (void *)o135, NULL)));
	cr_assert(not(eq(ptr, (void *)n135, NULL)));
	cr_expect(not(pset_is_empty(&o135->accepted)));
	cr_expect(pset_is_empty(&o135->dropped));
	cr_expect(pset_is_empty(&n135->accepted));
	cr_expect(pset_equal(&n135->dropped, &o135->accepted));
	/* 4000 still passes, by the edited rule: another text. */
	const flowstate *o4000 = find(&old, "mapi", 4000), *n4000 = find(&new, "mapi", 4000);
	cr_assert(not(eq(ptr, (void *)o4000, NULL)));
	cr_assert(not(eq(ptr, (void *)n4000, NULL)));
	cr_expect(pset_equal(&o4000->accepted, &n4000->accepted));
	char *ko = accept_key(o4000), *kn = accept_key(n4000);
	cr_assert(not(eq(ptr, ko, NULL)));
	cr_assert(not(eq(ptr, kn, NULL)));
	cr_expect(not(eq(str, ko, kn)));
	cr_expect(eq(str, ko,
		     "EXCHANGE\037-A EXCHANGE -s 10.1.0.0/16 -i eth2 -o eth1 -p tcp -m multiport --dports 135,4000,4001 -j ACCEPT"));
	free(ko);
	free(kn);
	unload(&old);
	unload(&new);
}

Test(flowstate, reordering_equivalent_rules_keeps_every_decider)
{
	loaded old, new;
	load(&old, CONTOSO "edge.rules");
	load(&new, CONTOSO "changes/edge-reorder.rules");
	cr_assert(eq(sz, old.fs.n, new.fs.n));
	cr_assert(gt(sz, old.fs.n, 0));
	for (size_t i = 0; i < old.fs.n; i++) {
		const flowstate *o = &old.fs.v[i], *n = &new.fs.v[i];
		cr_expect(eq(sz, o->flow, n->flow));
		cr_expect(pset_equal(&o->accepted, &n->accepted));
		cr_expect(pset_equal(&o->dropped, &n->dropped));
		char *ko = accept_key(o), *kn = accept_key(n);
		if (ko || kn) {
			cr_assert(not(eq(ptr, ko, NULL)));
			cr_assert(not(eq(ptr, kn, NULL)));
			cr_expect(eq(str, ko, kn));
		}
		free(ko);
		free(kn);
	}
	unload(&old);
	unload(&new);
}

Test(flowstate, decider_key_collapses_blanks_and_names_policies)
{
	ir_chain c = { .name = "FORWARD" };
	ir_rule r = { .text = "  -A FORWARD\t -j   ACCEPT ", .chain = &c };
	outcome o = { .verdict = IR_ACCEPT, .rule = &r, .chain = &c };
	char *k = flowstate_decider_key(&o);
	cr_expect(eq(str, k, "FORWARD\037-A FORWARD -j ACCEPT"));
	free(k);
	outcome p = { .verdict = IR_DROP, .chain = &c };
	k = flowstate_decider_key(&p);
	cr_expect(eq(str, k, "FORWARD\037policy drop"));
	free(k);
}

/* A DNAT to another host: the filter still accepts the packets, but they
 * do not reach EXCH1, so the flow is not open (as missing-opening says). */
Test(flowstate, wrong_dnat_counts_as_dropped)
{
	loaded old, new;
	load(&old, CONTOSO "edge.rules");
	load(&new, CONTOSO "changes/edge-wrong-dnat.rules");
	cr_assert(eq(sz, old.fs.n, new.fs.n));
	const flowstate *o = find(&old, "smtp in", 25), *n = find(&new, "smtp in", 25);
	cr_assert(not(eq(ptr, (void *)o, NULL)));
	cr_assert(not(eq(ptr, (void *)n, NULL)));
	cr_expect(not(pset_is_empty(&o->accepted)));
	cr_expect(pset_is_empty(&n->accepted));
	cr_expect(pset_equal(&n->dropped, &o->accepted));
	size_t wrong = 0;
	for (size_t i = 0; i < n->out.n; i++) {
		if (!n->wrong[i])
			continue;
		wrong++;
		cr_expect(flowstate_closes(n, i));
		cr_expect(not(flowstate_opens(n, i)));
		cr_expect(flowstate_accepts(&n->out.v[i]));
		cr_expect(not(eq(ptr, strstr(n->wrong[i], "192.0.2.20:25"), NULL)));
		cr_expect(eq(int, n->wrong_at[i].line, 7));
		/* the key names the translating rule */
		char *k = flowstate_key(n, i);
		cr_expect(not(eq(ptr, strstr(k, "\037xlate"), NULL)));
		cr_expect(not(eq(ptr, strstr(k, "--to-destination 192.0.2.20"), NULL)));
		free(k);
	}
	cr_expect(gt(sz, wrong, 0));
	for (size_t i = 0; i < o->out.n; i++)
		cr_expect(eq(ptr, o->wrong[i], NULL));
	unload(&old);
	unload(&new);
}

/* The excess of a version as packet sets (excess_sets_build): adding port
 * 80 to the MAPI rule adds exactly TCP from corp to EXCH1 port 80, let
 * through by that rule; the rest of the excess (443) is the same set in
 * both versions, so a narrowing or an edit compares by packets. */
Test(flowstate, excess_sets_differ_by_the_added_port_only)
{
	loaded old, new;
	load(&old, CONTOSO "changes/edge-owa.rules");
	load(&new, CONTOSO "changes/edge-owa-http.rules");
	excess_sets xo, xn;
	excess_sets_build(old.t, &old.flows, &old.f, SCOPE_SERVERS, &xo);
	excess_sets_build(new.t, &new.flows, &new.f, SCOPE_SERVERS, &xn);
	cr_assert(eq(sz, xo.n, 1));
	cr_assert(eq(sz, xn.n, 1));
	cr_expect(not(xo.h[0].inexact));
	cr_expect(eq(int, xn.h[0].hook, EVAL_FORWARD));
	pset was = pset_empty(), now = pset_empty();
	for (size_t i = 0; i < xo.h[0].n; i++)
		pset_add_set(&was, &xo.h[0].v[i].set);
	for (size_t i = 0; i < xn.h[0].n; i++)
		pset_add_set(&now, &xn.h[0].v[i].set);
	pset added = pset_subtract(&now, &was), gone = pset_subtract(&was, &now);
	cr_expect(pset_is_empty(&gone));
	cr_assert(not(pset_is_empty(&added)));
	/* every added packet is TCP from corp to EXCH1 port 80, entering on
	 * eth2 (topology interface 3) and leaving on eth1 (2) */
	for (size_t b = 0; b < added.n; b++) {
		const pbox *x = &added.box[b];
		cr_expect(eq(int, x->proto_lo, PROTO_TCP));
		cr_expect(eq(int, x->proto_hi, PROTO_TCP));
		cr_expect(eq(int, x->dport_lo, 80));
		cr_expect(eq(int, x->dport_hi, 80));
		cr_expect(eq(int, x->iif_lo, 3));
		cr_expect(eq(int, x->oif_lo, 2));
	}
	/* 443 was excess already, by the same rule line */
	size_t who = xn.h[0].n;
	for (size_t i = 0; i < xn.h[0].n; i++)
		if (pset_intersects(&xn.h[0].v[i].set, &added))
			who = i;
	cr_assert(lt(sz, who, xn.h[0].n));
	cr_expect(eq(int, xn.h[0].v[who].at.line, 27));
	cr_expect(pset_intersects(&was, &xn.h[0].v[who].set));
	excess_desc d;
	excess_sets_words(&xn, 0, &new.f, &added, &d);
	cr_expect(eq(str, d.sum, "TCP from corp 10.1.0.0/16 to EXCH1 192.0.2.10 on port 80 (needed: 135 intrasite/mapi, 4000 intrasite/mapi, 4001 mapi, 4002 intrasite)"));
	cr_expect(d.has_packet);
	cr_expect(not(eq(ptr, strstr(d.example, "in eth2 out eth1"), NULL)));
	free(d.sum);
	pset_free(&added);
	pset_free(&gone);
	pset_free(&was);
	pset_free(&now);
	excess_sets_free(&xo);
	excess_sets_free(&xn);
	unload(&old);
	unload(&new);
}
