/* Unit tests for pf's translations (src/frontend/pf/pf_lower.c, pf_nat.c):
 * the rules of table nat and the ir_nat of pass rules, and what the packet
 * path makes of a forwarded packet with them (eval_run at EVAL_FORWARD:
 * the verdict, the deciding rule and outcome.xl). */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval.h"
#include "pf.h"

typedef struct fx {
	ir_ruleset *rs;
	diag_list d;
	iftab tab;
	evaluator *ev;
} fx;

static fx load(const char *text, bool freebsd)
{
	fx f;
	diag_list_init(&f.d);
	pf_opts o = { .freebsd = freebsd };
	f.rs = pf_parse_opts("t.conf", text, strlen(text), &o, &f.d);
	cr_assert(not(eq(ptr, f.rs, NULL)));
	for (size_t i = 0; i < f.d.n; i++)
		cr_expect(not(eq(int, f.d.v[i].level, DIAG_ERROR)), "%d:%d: %s", f.d.v[i].loc.line,
			  f.d.v[i].loc.col, f.d.v[i].msg);
	iftab_init(&f.tab);
	ir_collect_ifnames(f.rs, &f.tab);
	iftab_add(&f.tab, "em0");
	iftab_add(&f.tab, "em1");
	iftab_freeze(&f.tab);
	f.ev = eval_new(f.rs, &f.tab);
	return f;
}

static void unload(fx *f)
{
	eval_free(f->ev);
	iftab_free(&f->tab);
	ir_ruleset_free(f->rs);
	diag_list_free(&f->d);
}

static const ir_chain *find_chain(const fx *f, const char *table, const char *name)
{
	const ir_table *t = ir_table_find(f->rs, table);
	return t ? ir_chain_find(t, name) : NULL;
}

static u128 v4(const char *s)
{
	unsigned a[4];
	cr_assert(eq(int, sscanf(s, "%u.%u.%u.%u", &a[0], &a[1], &a[2], &a[3]), 4));
	return addr_v4(a[0] << 24 | a[1] << 16 | a[2] << 8 | a[3]);
}

/* What the firewall does with a TCP SYN from src:40000 to dst:dport, in on
 * iif and out on oif: its only outcome. */
typedef struct res {
	enum ir_action v;
	bool maybe;
	int line;        /* deciding rule, 0: none */
	xlate xl;
	int dnat, snat;  /* lines of the translating rules, 0: none */
	size_t n;        /* outcomes */
} res;

static res tcp(fx *f, const char *src, const char *dst, uint16_t dport, const char *iif,
	       const char *oif)
{
	pbox b = pbox_full();
	b.proto_lo = b.proto_hi = PROTO_TCP;
	b.src_lo = b.src_hi = v4(src);
	b.dst_lo = b.dst_hi = v4(dst);
	b.sport_lo = b.sport_hi = 40000;
	b.dport_lo = b.dport_hi = dport;
	b.iif_lo = b.iif_hi = iftab_id(&f->tab, iif);
	b.oif_lo = b.oif_hi = iftab_id(&f->tab, oif);
	b.flags = (uint64_t)1 << TCPF_SYN;
	b.state = CT_NEW;
	pset s = pset_from_box(&b);
	outcome_list out = { 0 };
	eval_run(f->ev, EVAL_FORWARD, &s, &out);
	res r;
	memset(&r, 0, sizeof r);
	r.n = out.n;
	r.v = IR_UNKNOWN;
	for (size_t i = 0; i < out.n; i++) {
		const outcome *o = &out.v[i];
		r.v = o->verdict;
		r.maybe |= o->maybe;
		r.line = o->rule ? o->rule->loc.line : 0;
		r.xl = o->xl;
		r.dnat = o->dnat ? o->dnat->loc.line : 0;
		r.snat = o->snat ? o->snat->loc.line : 0;
	}
	outcome_list_free(&out);
	pset_free(&s);
	return r;
}

static bool is_set(const xl_field *x, u128 lo, u128 hi)
{
	return x->kind == XL_SET && x->lo == lo && x->hi == hi;
}

/* ------------------------------------------------------------ OpenBSD */

/* pf.conf(5), Translation: "If specified on a match rule, subsequent rules
 * will see packets as they look after any addresses and ports have been
 * translated" (pf.c pf_test_rule() tests pd->nsaddr, pd->ndaddr). */
Test(pf_nat, match_rules_translate_for_the_rules_after_them)
{
	fx f = load("match out on em0 inet from 10.0.0.0/8 nat-to 192.0.2.1\n"
		    "match in on em0 proto tcp to 192.0.2.1 port 8080 rdr-to 10.0.0.5 port 80\n"
		    "block all\n"
		    "pass in on em0 proto tcp to 10.0.0.5 port 80\n"
		    "pass out on em1 proto tcp to 10.0.0.5 port 80\n"
		    "pass in on em1 from 10.0.0.0/8\n"
		    "pass out on em0 from 192.0.2.1\n", false);
	const ir_chain *nin = find_chain(&f, "nat", "in"), *nout = find_chain(&f, "nat", "out");
	cr_assert(not(eq(ptr, (void *)nin, NULL)));
	cr_assert(not(eq(ptr, (void *)nout, NULL)));
	cr_assert(eq(sz, nout->n, 1));
	cr_expect(eq(int, nout->rule[0]->action, IR_CONTINUE));
	cr_expect(eq(int, nout->policy, IR_ACCEPT));
	cr_assert(not(eq(ptr, (void *)nout->rule[0]->nat, NULL)));
	cr_expect(not(nout->rule[0]->nat->dst));
	cr_expect(is_set(&nout->rule[0]->nat->addr, v4("192.0.2.1"), v4("192.0.2.1")));
	/* nat-to's source port: one of 50001-65535 (PF_NAT_PROXY_PORT_*) */
	cr_expect(is_set(&nout->rule[0]->nat->port, 50001, 65535));
	cr_assert(eq(sz, nin->n, 1));
	cr_expect(nin->rule[0]->nat->dst);
	cr_expect(is_set(&nin->rule[0]->nat->port, 80, 80));
	/* no filter rule comes before them: none is unresolved */
	for (int c = 0; c < 2; c++) {
		const ir_chain *ch = find_chain(&f, "filter", c ? "out" : "in");
		for (size_t i = 0; i < ch->n; i++)
			cr_expect(eq(sz, ch->rule[i]->nunres, 0));
	}

	res r = tcp(&f, "198.51.100.7", "192.0.2.1", 8080, "em0", "em1");
	cr_expect(eq(sz, r.n, 1));
	cr_expect(eq(int, r.v, IR_ACCEPT));
	cr_expect(not(r.maybe));
	cr_expect(eq(int, r.line, 4));
	cr_expect(eq(int, r.dnat, 2));
	cr_expect(is_set(&r.xl.f[XL_DST], v4("10.0.0.5"), v4("10.0.0.5")));
	cr_expect(is_set(&r.xl.f[XL_DPORT], 80, 80));
	cr_expect(eq(int, r.xl.f[XL_SRC].kind, XL_KEEP));
	/* another port: not redirected, and nothing passes it in */
	r = tcp(&f, "198.51.100.7", "192.0.2.1", 8081, "em0", "em1");
	cr_expect(eq(int, r.v, IR_DROP));
	cr_expect(eq(int, r.line, 3));
	cr_expect(xlate_is_identity(&r.xl));
	/* outbound: the out rules see the translated source */
	r = tcp(&f, "10.1.2.3", "198.51.100.7", 443, "em1", "em0");
	cr_expect(eq(int, r.v, IR_ACCEPT));
	cr_expect(not(r.maybe));
	cr_expect(eq(int, r.snat, 1));
	cr_expect(is_set(&r.xl.f[XL_SRC], v4("192.0.2.1"), v4("192.0.2.1")));
	unload(&f);
}

/* A filter rule before a match rule sees the packet untranslated in pf
 * (pf_test_rule() evaluates in file order): where it tests a field the
 * match rule rewrites, fwlint cannot say, and says so; where it does not,
 * it stays exact. */
Test(pf_nat, rules_before_a_match_rule_that_test_what_it_rewrites_are_unresolved)
{
	fx f = load("block all\n"
		    "pass in on em0 proto tcp to 10.0.0.5 port 80\n"
		    "pass in on em0 proto tcp from 198.51.100.0/24\n"
		    "match in on em0 proto tcp to 192.0.2.1 port 8080 rdr-to 10.0.0.5 port 80\n"
		    "pass in on em0 proto tcp to 10.0.0.6\n"
		    "pass out on em1\n", false);
	const ir_chain *in = find_chain(&f, "filter", "in");
	/* reversed: lines 5, 3, 2, 1 */
	cr_assert(eq(sz, in->n, 4));
	cr_expect(eq(sz, in->rule[0]->nunres, 0));
	cr_expect(eq(sz, in->rule[1]->nunres, 0));
	cr_assert(eq(sz, in->rule[2]->nunres, 1));
	cr_expect(eq(str, in->rule[2]->unres[0].what,
		     "rdr-to of the match rule at line 4, after this one, which rewrites the "
		     "destination it tests (pf tests it before)"));
	cr_expect(eq(sz, in->rule[3]->nunres, 0));
	/* line 3 decides, whatever line 2 does */
	res r = tcp(&f, "198.51.100.7", "192.0.2.1", 8080, "em0", "em1");
	cr_expect(eq(int, r.v, IR_ACCEPT));
	cr_expect(not(r.maybe));
	cr_expect(eq(int, r.line, 3));
	/* from elsewhere: pf drops it (line 2 saw 192.0.2.1), fwlint may not
	 * tell */
	r = tcp(&f, "203.0.113.7", "192.0.2.1", 8080, "em0", "em1");
	cr_expect(r.maybe);
	unload(&f);
}

/* pf.conf(5): "If a packet matches a rule which has the quick option set,
 * this rule is considered the last matching rule, and evaluation of
 * subsequent rules is skipped": the match rules after it do not
 * translate.  Table nat has the quick rule between them. */
Test(pf_nat, a_quick_rule_ends_the_translations_after_it)
{
	fx f = load("pass in quick on em0 proto tcp to port 22\n"
		    "match in on em0 proto tcp to 192.0.2.1 rdr-to 10.0.0.6\n"
		    "block all\n"
		    "pass in on em0 proto tcp to 10.0.0.6\n"
		    "pass out on em1\n", false);
	const ir_chain *nin = find_chain(&f, "nat", "in");
	cr_assert(not(eq(ptr, (void *)nin, NULL)));
	cr_assert(eq(sz, nin->n, 2));
	cr_expect(eq(int, nin->rule[0]->loc.line, 1));
	cr_expect(eq(int, nin->rule[0]->action, IR_ACCEPT));
	cr_expect(eq(ptr, nin->rule[0]->nat, NULL));
	cr_expect(eq(int, nin->rule[1]->loc.line, 2));
	res r = tcp(&f, "198.51.100.7", "192.0.2.1", 22, "em0", "em1");
	cr_expect(eq(int, r.v, IR_ACCEPT));
	cr_expect(not(r.maybe));
	cr_expect(eq(int, r.line, 1));
	cr_expect(xlate_is_identity(&r.xl));
	r = tcp(&f, "198.51.100.7", "192.0.2.1", 25, "em0", "em1");
	cr_expect(eq(int, r.v, IR_ACCEPT));
	cr_expect(eq(int, r.line, 4));
	cr_expect(is_set(&r.xl.f[XL_DST], v4("10.0.0.6"), v4("10.0.0.6")));
	unload(&f);
}

/* The Exchange edge: pass in ... rdr-to.  The pass rule's translation is
 * applied when it decides (pf_test_rule(), last matching rule), and the
 * out stage sees the redirected packet. */
Test(pf_nat, pass_in_rdr_to_the_mail_server)
{
#define EDGE(to)                                                          \
	"block all\n"                                                     \
	"pass in on em0 proto tcp to 203.0.113.10 port 25 rdr-to " to "\n" \
	"pass out on em1 proto tcp to 192.0.2.10 port 25\n"
	fx f = load(EDGE("192.0.2.10"), false);
	cr_expect(eq(ptr, (void *)ir_table_find(f.rs, "nat"), NULL));
	res r = tcp(&f, "198.51.100.7", "203.0.113.10", 25, "em0", "em1");
	cr_expect(eq(sz, r.n, 1));
	cr_expect(eq(int, r.v, IR_ACCEPT));
	cr_expect(not(r.maybe));
	cr_expect(eq(int, r.line, 2));
	cr_expect(eq(int, r.dnat, 2));
	cr_expect(is_set(&r.xl.f[XL_DST], v4("192.0.2.10"), v4("192.0.2.10")));
	cr_expect(eq(int, r.xl.f[XL_DPORT].kind, XL_KEEP));
	unload(&f);
	/* redirected to the wrong host: the out stage drops it */
	f = load(EDGE("192.0.2.11"), false);
	r = tcp(&f, "198.51.100.7", "203.0.113.10", 25, "em0", "em1");
	cr_expect(eq(int, r.v, IR_DROP));
	cr_expect(not(r.maybe));
	cr_expect(eq(int, r.line, 1));
	unload(&f);
	/* and to the wrong port */
	f = load(EDGE("192.0.2.10 port 2525"), false);
	r = tcp(&f, "198.51.100.7", "203.0.113.10", 25, "em0", "em1");
	cr_expect(eq(int, r.v, IR_DROP));
	cr_expect(eq(int, r.line, 1));
	unload(&f);
#undef EDGE
}

/* pf.conf(5), rdr-to: "port 2000:2999 rdr-to ... port 4000:* redirects
 * port 2000 to 4000, port 2001 to 4001, ..."; "port 4000" sends them all
 * to 4000; "port N:M" is (dport - 2000) % (M - N + 1) + N
 * (pf_get_transaddr()), a shift while the range fits. */
Test(pf_nat, rdr_to_port_ranges)
{
	fx f = load("pass in on em0 proto tcp to 203.0.113.1 port 8000:8010 rdr-to 10.0.0.5 port 9000:*\n"
		    "pass in on em0 proto tcp to 203.0.113.2 port 8000:8010 rdr-to 10.0.0.5 port 9000:9100\n"
		    "pass in on em0 proto tcp to 203.0.113.3 port 8000:8010 rdr-to 10.0.0.5 port 9000:9004\n"
		    "pass in on em0 proto tcp to 203.0.113.4 port 8000:8010 rdr-to 10.0.0.5 port 9000\n",
		    false);
	const ir_chain *in = find_chain(&f, "filter", "in");
	cr_assert(eq(sz, in->n, 4));
	/* reversed: lines 4, 3, 2, 1 */
	const xl_field *p = &in->rule[3]->nat->port;
	cr_expect(p->kind == XL_MAP && p->lo == 9000 && p->base == 8000 && p->hi == 9010);
	p = &in->rule[2]->nat->port;
	cr_expect(p->kind == XL_MAP && p->lo == 9000 && p->base == 8000);
	cr_expect(is_set(&in->rule[1]->nat->port, 9000, 9004));
	cr_expect(is_set(&in->rule[0]->nat->port, 9000, 9000));
	res r = tcp(&f, "198.51.100.7", "203.0.113.1", 8005, "em0", "em1");
	cr_expect(eq(int, r.xl.f[XL_DPORT].kind, XL_MAP));
	packet pk;
	memset(&pk, 0, sizeof pk);
	pk.proto = PROTO_TCP;
	pk.dport = 8005;
	xlate_packet(&r.xl, XL_ALL_FIELDS, &pk);
	cr_expect(eq(u16, pk.dport, 9005));
	unload(&f);
}

/* binat-to (parse.y expand_rule()): out with nat-to and static-port, and a
 * generated in rule with rdr-to back.  With bitmask a /24 maps one to one
 * (pf.conf(5), bitmask; PF_POOLMASK); without a pool type pfctl leaves
 * PF_POOL_NONE (apply_redirspec(); pfctl -nv prints no pool type, regress
 * pf17.ok) and pf_map_addr() takes the pool address itself. */
Test(pf_nat, binat_to_a_netblock)
{
	fx f = load("block all\n"
		    "pass on em0 from 192.168.2.0/24 to any binat-to 10.0.5.0/24 bitmask\n"
		    "pass on em0 from 192.168.3.0/24 to any binat-to 10.0.6.0/24\n"
		    "pass out on em1\n"
		    "pass in on em1\n", false);
	res r = tcp(&f, "192.168.2.77", "198.51.100.7", 443, "em1", "em0");
	cr_expect(eq(int, r.v, IR_ACCEPT));
	cr_expect(not(r.maybe));
	const xl_field *a = &r.xl.f[XL_SRC];
	cr_expect(a->kind == XL_MAP && a->lo == v4("10.0.5.0") && a->base == v4("192.168.2.0"));
	cr_expect(eq(int, r.xl.f[XL_SPORT].kind, XL_KEEP));
	r = tcp(&f, "198.51.100.7", "10.0.5.77", 22, "em0", "em1");
	cr_expect(eq(int, r.v, IR_ACCEPT));
	cr_expect(eq(int, r.line, 2));
	a = &r.xl.f[XL_DST];
	cr_expect(a->kind == XL_MAP && a->lo == v4("192.168.2.0") && a->base == v4("10.0.5.0"));
	packet pk;
	memset(&pk, 0, sizeof pk);
	pk.proto = PROTO_TCP;
	pk.dst = v4("10.0.5.77");
	xlate_packet(&r.xl, XL_ALL_FIELDS, &pk);
	cr_expect(pk.dst == v4("192.168.2.77"));
	/* no pool type: the first address */
	r = tcp(&f, "192.168.3.77", "198.51.100.7", 443, "em1", "em0");
	cr_expect(is_set(&r.xl.f[XL_SRC], v4("10.0.6.0"), v4("10.0.6.0")));
	unload(&f);
}

/* nat-to (em0) on a rule on em0: the egress interface's address; any
 * other interface's is not known from the file. */
Test(pf_nat, nat_to_an_interface)
{
	fx f = load("match out on em0 from 10.0.0.0/8 nat-to (em0)\n"
		    "match out on em1 from 10.0.0.0/8 nat-to (em0) static-port\n", false);
	const ir_chain *nout = find_chain(&f, "nat", "out");
	cr_assert(eq(sz, nout->n, 2));
	cr_expect(nout->rule[0]->nat->to_egress);
	cr_expect(eq(sz, nout->rule[0]->nunres, 0));
	cr_expect(not(nout->rule[1]->nat->to_egress));
	cr_expect(is_set(&nout->rule[1]->nat->addr, PSET_V4_LO, PSET_V4_HI) ||
		  is_set(&nout->rule[1]->nat->addr, 0, U128_MAX));
	cr_expect(eq(int, nout->rule[1]->nat->port.kind, XL_KEEP));
	cr_assert(eq(sz, nout->rule[1]->nunres, 1));
	cr_expect(eq(str, nout->rule[1]->unres[0].what,
		     "nat-to (em0): the interface's address is known at run time"));
	unload(&f);
}

/* pf_test_rule() translates only when the deciding rule creates state. */
Test(pf_nat, a_no_state_pass_rule_is_not_translated_by_match_rules)
{
	fx f = load("match out on em0 from 10.0.0.0/8 nat-to 192.0.2.1\n"
		    "pass out on em0 proto udp no state\n"
		    "pass out on em1 proto udp no state\n", false);
	const ir_chain *out = find_chain(&f, "filter", "out");
	cr_assert(eq(sz, out->n, 2));
	/* reversed: line 3 (another interface), line 2 */
	cr_expect(eq(sz, out->rule[0]->nunres, 0));
	cr_assert(eq(sz, out->rule[1]->nunres, 1));
	cr_expect(eq(str, out->rule[1]->unres[0].what,
		     "no state: pf does not apply the nat-to of line 1 to the packets this rule passes"));
	unload(&f);
}

/* ------------------------------------------------------------ FreeBSD */

/* FreeBSD pf.conf(5), TRANSLATION, and pf_get_translation(): first match,
 * before the filter rules, which see the translated packet; out packets
 * meet binat before nat, in packets rdr before binat; "no rdr" ends the
 * search untranslated. */
Test(pf_nat, freebsd_nat_rdr_binat)
{
	fx f = load("no rdr on em0 proto tcp from 198.51.100.99 to any port 25\n"
		    "rdr on em0 proto tcp from any to 203.0.113.10 port 25 -> 192.0.2.10\n"
		    "nat on em0 from 192.0.2.0/24 to any -> 203.0.113.1\n"
		    "binat on em0 from 192.0.2.128/25 to any -> 203.0.113.128/25\n"
		    "block all\n"
		    "pass in on em0 proto tcp to 192.0.2.10 port 25\n"
		    "pass out on em1 proto tcp to 192.0.2.0/24\n"
		    "pass in on em1 from 192.0.2.0/24\n"
		    "pass out on em0 from 203.0.113.0/24\n", true);
	const ir_chain *nin = find_chain(&f, "nat", "in"), *nout = find_chain(&f, "nat", "out");
	cr_assert(eq(sz, nin->n, 3));
	cr_expect(eq(int, nin->rule[0]->loc.line, 1));
	cr_expect(eq(ptr, nin->rule[0]->nat, NULL));
	cr_expect(eq(int, nin->rule[1]->loc.line, 2));
	cr_expect(eq(int, nin->rule[2]->loc.line, 4));
	cr_assert(eq(sz, nout->n, 2));
	cr_expect(eq(int, nout->rule[0]->loc.line, 4)); /* binat first */
	cr_expect(eq(int, nout->rule[1]->loc.line, 3));
	for (size_t i = 0; i < 3; i++)
		cr_expect(eq(int, nin->rule[i]->action, IR_ACCEPT));

	res r = tcp(&f, "198.51.100.7", "203.0.113.10", 25, "em0", "em1");
	cr_expect(eq(int, r.v, IR_ACCEPT));
	cr_expect(not(r.maybe));
	cr_expect(eq(int, r.line, 6));
	cr_expect(eq(int, r.dnat, 2));
	cr_expect(is_set(&r.xl.f[XL_DST], v4("192.0.2.10"), v4("192.0.2.10")));
	r = tcp(&f, "198.51.100.99", "203.0.113.10", 25, "em0", "em1");
	cr_expect(eq(int, r.v, IR_DROP));
	cr_expect(xlate_is_identity(&r.xl));
	r = tcp(&f, "192.0.2.130", "198.51.100.7", 443, "em1", "em0");
	cr_expect(eq(int, r.v, IR_ACCEPT));
	cr_expect(eq(int, r.snat, 4));
	cr_expect(r.xl.f[XL_SRC].kind == XL_MAP && r.xl.f[XL_SRC].lo == v4("203.0.113.128"));
	cr_expect(eq(int, r.xl.f[XL_SPORT].kind, XL_KEEP));
	r = tcp(&f, "192.0.2.5", "198.51.100.7", 443, "em1", "em0");
	cr_expect(eq(int, r.snat, 3));
	cr_expect(is_set(&r.xl.f[XL_SPORT], 50001, 65535));
	r = tcp(&f, "198.51.100.7", "203.0.113.130", 22, "em0", "em1");
	cr_expect(eq(int, r.dnat, 4));
	cr_expect(eq(int, r.v, IR_DROP)); /* nothing passes port 22 in */
	unload(&f);
}

/* FreeBSD pf.conf(5): with "pass" the translated packet "is passed without
 * inspecting the filter rules"; fwlint cannot tell those packets from
 * others in the filter chain: a first rule that may or may not match. */
Test(pf_nat, freebsd_rdr_pass)
{
	fx f = load("rdr pass on em0 proto tcp from any to 203.0.113.11 port 80 -> 192.0.2.11 port 8080\n"
		    "block in all\n"
		    "pass out on em1\n", true);
	const ir_chain *in = find_chain(&f, "filter", "in");
	cr_assert(eq(sz, in->n, 2));
	const ir_rule *h = in->rule[0];
	cr_expect(eq(int, h->loc.line, 1));
	cr_expect(eq(int, h->action, IR_ACCEPT));
	cr_expect(h->quick);
	cr_expect(eq(sz, h->nunres, 1));
	const ir_cond *c = ir_rule_find_cond(h, IR_DST);
	cr_assert(not(eq(ptr, (void *)c, NULL)));
	cr_expect(c->r[0].lo == v4("192.0.2.11") && c->r[0].hi == c->r[0].lo);
	c = ir_rule_find_cond(h, IR_DPORT);
	cr_assert(not(eq(ptr, (void *)c, NULL)));
	cr_expect(c->r[0].lo == 8080 && c->r[0].hi == 8080);
	res r = tcp(&f, "198.51.100.7", "203.0.113.11", 80, "em0", "em1");
	cr_expect(r.maybe);
	cr_expect(eq(int, r.dnat, 1));
	unload(&f);
}

/* pf.conf(5), set skip: "passed as if pf was disabled": not translated. */
Test(pf_nat, skipped_interfaces_are_not_translated)
{
	fx f = load("set skip on lo0\n"
		    "match out nat-to 192.0.2.1\n"
		    "pass\n", false);
	const ir_chain *nout = find_chain(&f, "nat", "out");
	cr_assert(eq(sz, nout->n, 2));
	cr_expect(eq(int, nout->rule[0]->loc.line, 1));
	cr_expect(eq(ptr, nout->rule[0]->nat, NULL));
	res r = tcp(&f, "10.0.0.1", "127.0.0.1", 80, "em1", "lo0");
	cr_expect(xlate_is_identity(&r.xl));
	r = tcp(&f, "10.0.0.1", "198.51.100.1", 80, "em1", "em0");
	cr_expect(is_set(&r.xl.f[XL_SRC], v4("192.0.2.1"), v4("192.0.2.1")));
	unload(&f);
}

/* pf.conf(5), ANCHORS: an anchor marked quick ends evaluation when it is
 * left if a rule inside it matched: the match rules inside it after that
 * rule still translate, those after the anchor do not. */
Test(pf_nat, a_quick_anchor_ends_the_translations_after_it)
{
	fx f = load("anchor quick on em0 {\n"
		    "  pass in proto tcp to port 22\n"
		    "  match in proto tcp to 192.0.2.1 rdr-to 10.0.0.9\n"
		    "}\n"
		    "match in on em0 proto tcp to 192.0.2.1 rdr-to 10.0.0.6\n"
		    "block all\n"
		    "pass in on em0 proto tcp to { 10.0.0.6 10.0.0.9 }\n"
		    "pass out on em1\n", false);
	res r = tcp(&f, "198.51.100.7", "192.0.2.1", 22, "em0", "em1");
	cr_expect(eq(int, r.v, IR_ACCEPT));
	cr_expect(not(r.maybe));
	cr_expect(eq(int, r.line, 2));
	cr_expect(eq(int, r.dnat, 3));
	cr_expect(is_set(&r.xl.f[XL_DST], v4("10.0.0.9"), v4("10.0.0.9")));
	/* not matched inside: the anchor's match rule translated it, and the
	 * rule after the anchor no longer sees 192.0.2.1 */
	r = tcp(&f, "198.51.100.7", "192.0.2.1", 25, "em0", "em1");
	cr_expect(eq(int, r.v, IR_ACCEPT));
	cr_expect(not(r.maybe));
	cr_expect(eq(int, r.line, 7));
	cr_expect(eq(int, r.dnat, 3));
	unload(&f);
}

/* FreeBSD's nat-anchor: rules loaded at run time may translate anything. */
Test(pf_nat, freebsd_nat_anchor_is_unresolved)
{
	fx f = load("nat-anchor \"natrules/*\"\n"
		    "nat on em0 from 10.0.0.0/8 to any -> 192.0.2.1\n"
		    "pass\n", true);
	const ir_chain *nout = find_chain(&f, "nat", "out");
	cr_assert(eq(sz, nout->n, 2));
	cr_expect(eq(int, nout->rule[0]->loc.line, 1));
	cr_assert(eq(sz, nout->rule[0]->nunres, 1));
	cr_expect(eq(int, nout->rule[0]->action, IR_ACCEPT));
	cr_expect(eq(ptr, nout->rule[0]->nat, NULL));
	cr_expect(eq(str, nout->rule[0]->unres[0].what,
		     "nat-anchor \"natrules/*\" is loaded at run time: its rules may translate"));
	/* (what the path makes of it is not asserted: src/core/eval_path.c
	 * emit() merges the outcomes of one deciding rule whatever their
	 * translations, so the untranslated possibility is lost there) */
	unload(&f);
}

/* A match rule with rdr-to and nat-to: pf_get_transaddr() applies both.
 * Two rules of table nat, the one whose fields the rule does not test
 * first; a rule that tests both sides keeps one and is unresolved for the
 * other (an ir_rule carries one translation). */
Test(pf_nat, rdr_to_and_nat_to_in_one_match_rule)
{
	fx f = load("match in on em0 proto tcp to 203.0.113.1 port 80 rdr-to 10.0.0.5 nat-to 10.0.0.1\n"
		    "match in on em0 proto tcp from 198.51.100.0/24 to 203.0.113.2 port 80 "
		    "rdr-to 10.0.0.6 nat-to 10.0.0.1\n"
		    "pass\n", false);
	const ir_chain *nin = find_chain(&f, "nat", "in");
	cr_assert(eq(sz, nin->n, 3));
	cr_expect(not(nin->rule[0]->nat->dst)); /* nat-to first: the rule tests no source */
	cr_expect(nin->rule[1]->nat->dst);
	cr_expect(eq(sz, nin->rule[0]->nunres + nin->rule[1]->nunres, 0));
	cr_expect(eq(sz, nin->rule[2]->nunres, 1));
	res r = tcp(&f, "198.51.100.7", "203.0.113.1", 80, "em0", "em1");
	cr_expect(eq(int, r.v, IR_ACCEPT));
	cr_expect(not(r.maybe));
	cr_expect(is_set(&r.xl.f[XL_DST], v4("10.0.0.5"), v4("10.0.0.5")));
	cr_expect(is_set(&r.xl.f[XL_SRC], v4("10.0.0.1"), v4("10.0.0.1")));
	cr_expect(eq(int, r.dnat, 1));
	cr_expect(eq(int, r.snat, 1));
	unload(&f);
}

/* af-to: the rule decides as written; its translation is not modelled
 * and said so, and the rules of "out" that test an address cannot be
 * resolved. */
Test(pf_nat, af_to_is_named)
{
	fx f = load("pass in on em0 inet6 from any to 64:ff9b::/96 af-to inet from 192.0.2.1\n"
		    "pass out on em1 inet to 198.51.100.0/24\n", false);
	const ir_chain *in = find_chain(&f, "filter", "in"), *out = find_chain(&f, "filter", "out");
	cr_assert(eq(sz, in->n, 2));
	cr_assert(eq(sz, in->rule[1]->nunres, 1));
	cr_expect(in->rule[1]->unres[0].modelled);
	cr_expect(eq(str, in->rule[1]->unres[0].what, "af-to (a translation between address families)"));
	cr_assert(eq(sz, out->n, 2)); /* its TCP half (flags S/SA) and the rest */
	cr_expect(eq(sz, out->rule[0]->nunres, 1));
	cr_expect(eq(sz, out->rule[1]->nunres, 1));
	unload(&f);
}

/* "match out ... tagged T nat-to": the tag the packet got on "in" decides
 * (pf.h, Tags): table nat's rule has the tag steps of the filter rules. */
Test(pf_nat, a_tagged_match_rule_translates_the_tagged_packets)
{
	fx f = load("pass in on em1 from 10.0.0.0/8 tag LAN\n"
		    "match out on em0 tagged LAN nat-to 192.0.2.1\n"
		    "pass out on em0\n", false);
	const ir_chain *nout = find_chain(&f, "nat", "out");
	cr_assert(eq(sz, nout->n, 1));
	cr_expect(nout->rule[0]->has_tagged);
	cr_expect(eq(sz, nout->rule[0]->nunres, 0));
	res r = tcp(&f, "10.0.0.1", "198.51.100.1", 80, "em1", "em0");
	cr_expect(is_set(&r.xl.f[XL_SRC], v4("192.0.2.1"), v4("192.0.2.1")));
	cr_expect(not(r.maybe));
	r = tcp(&f, "172.16.0.1", "198.51.100.1", 80, "em1", "em0");
	cr_expect(xlate_is_identity(&r.xl));
	cr_expect(not(r.maybe));
	unload(&f);
}

/* A quick rule before a match rule is exact when what the match rule
 * makes of the field cannot meet its condition: table nat ends the
 * translations for the packets it matches untranslated, and translated
 * packets cannot match it. */
Test(pf_nat, a_quick_rule_the_translation_cannot_meet_stays_exact)
{
	fx f = load("table <bogons> const { 10.0.0.0/8 172.16.0.0/12 }\n"
		    "block quick on em0 from <bogons>\n"
		    "block out quick on em0 from 203.0.113.0/24\n"
		    "match out on em0 from 192.168.0.0/16 nat-to 203.0.113.1\n"
		    "pass\n", false);
	const ir_chain *out = find_chain(&f, "filter", "out");
	size_t found = 0;
	for (size_t i = 0; i < out->n; i++) {
		if (out->rule[i]->loc.line == 2)
			cr_expect(eq(sz, out->rule[i]->nunres, 0));
		if (out->rule[i]->loc.line == 3) {
			cr_expect(eq(sz, out->rule[i]->nunres, 1));
			found++;
		}
	}
	cr_expect(eq(sz, found, 1));
	res r = tcp(&f, "10.1.1.1", "198.51.100.1", 80, "em1", "em0");
	cr_expect(eq(int, r.v, IR_DROP));
	cr_expect(not(r.maybe));
	cr_expect(xlate_is_identity(&r.xl));
	unload(&f);
}
