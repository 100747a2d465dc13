/* test_pf_check.c - pfctl's consistency checks (src/frontend/pf/pf_check.c) on
 * hand-built expanded rules: for each check a rule that trips it, with
 * pfctl's exact messages at their exact places, and a near miss that
 * passes.  Most cases are the pfailNN.in lines of OpenBSD's regress suite
 * that the check is for.  This file holds the checks on what a rule
 * matches (ports, users, protocols and families, icmp types, flags) and
 * runs every rule case; test_pf_check_action.c has the cases on what a
 * rule does, test_pf_check_ruleset.c the checks on a whole ruleset. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <criterion/parameterized.h>
#include <criterion/alloc.h>
#include <string.h>

#include "test_pf_check.h"

static srcloc at(int line, int col, int end_col)
{
	return (srcloc){ FILE_, line, col, line, end_col };
}

/* ---- port, user, group: rule_consistent() ---------------------------- */

/* pfail1.in:3  pass in from any port <= 1024 to any */
static void port_no_proto(pf_rule *r)
{
	r->dir = PF_DIR_IN;
	r->sport.op = PF_OP_LE;
	r->sport.a = 1024;
}
static void port_tcp(pf_rule *r)
{
	port_no_proto(r);
	r->proto = 6;
}
/* pfail12.in:2  match in ... proto icmp ... port 12345 rdr-to ... */
static void port_icmp(pf_rule *r)
{
	r->action = PF_MATCH;
	r->dir = PF_DIR_IN;
	r->proto = 1;
	r->af = 4;
	r->dst = net4(DST, 0x0b010101, 32);
	r->dport.op = PF_OP_EQ;
	r->dport.a = 12345;
	r->xlate = PF_XL_RDR_TO;
	r->xaddr = net4(XADDR, 0xac110002, -1);
	r->nxaddr = 1;
}
static void port_udp(pf_rule *r)
{
	port_icmp(r);
	r->proto = 17;
}
/* pfail27.in:3  anchor foo from 10/8 port 1024 to any */
static void anchor_port(pf_rule *r)
{
	r->action = PF_ANCHOR;
	r->anchor = "foo";
	r->src = net4(SRC, 0x0a000000, 8);
	r->af = 4;
	r->sport.op = PF_OP_EQ;
	r->sport.a = 1024;
}
static void user_no_proto(pf_rule *r)
{
	r->has_uid = true;
}
static void user_udp(pf_rule *r)
{
	r->has_uid = true;
	r->proto = 17;
}
static void group_icmp(pf_rule *r)
{
	r->has_gid = true;
	r->proto = 1;
	r->af = 4;
}

/* ---- protocol and address family ------------------------------------- */

/* pfail2.in:3  pass in inet6 proto icmp all */
static void icmp_inet6(pf_rule *r)
{
	r->dir = PF_DIR_IN;
	r->af = 6;
	r->proto = 1;
}
/* pfail2.in:4, pfail3.in:1  pass in inet proto ipv6-icmp all */
static void icmp6_inet(pf_rule *r)
{
	r->dir = PF_DIR_IN;
	r->af = 4;
	r->proto = 58;
}
static void icmp6_inet6(pf_rule *r)
{
	icmp6_inet(r);
	r->af = 6;
}
/* pfail5.in:1  block return-icmp in inet proto ipv6-icmp all */
static void return_icmp_icmp6_inet(pf_rule *r)
{
	icmp6_inet(r);
	r->action = PF_BLOCK;
	r->block = PF_BLOCK_RETURN_ICMP;
}

/* ---- icmp-type -------------------------------------------------------- */

/* pfail7.in:1  pass in inet6 proto ipv6-icmp all icmp-type 0 */
static void icmp_type_on_icmp6(pf_rule *r)
{
	icmp6_inet6(r);
	r->icmp_af = 4;
	r->icmp_type = 0;
}
static void icmp6_type_on_icmp6(pf_rule *r)
{
	icmp_type_on_icmp6(r);
	r->icmp_af = 6;
}
/* pfail6.in:1  pass in inet proto icmp all icmp6-type 0 */
static void icmp6_type_on_icmp(pf_rule *r)
{
	r->dir = PF_DIR_IN;
	r->af = 4;
	r->proto = 1;
	r->icmp_af = 6;
	r->icmp_type = 0;
}
/* pass inet icmp-type echoreq: no proto at all */
static void icmp_type_no_proto(pf_rule *r)
{
	r->af = 4;
	r->icmp_af = 4;
	r->icmp_type = 8;
}
/* pass proto icmp icmp-type echoreq: no family */
static void icmp_type_no_af(pf_rule *r)
{
	r->proto = 1;
	r->icmp_af = 4;
	r->icmp_type = 8;
}
static void icmp_type_inet(pf_rule *r)
{
	icmp_type_no_af(r);
	r->af = 4;
}

/* ---- flags ------------------------------------------------------------ */

/* pfail23.in:6  pass in proto udp from any to any flags S/SA */
static void flags_udp(pf_rule *r)
{
	r->dir = PF_DIR_IN;
	r->proto = 17;
	r->flags_written = true;
	r->flags = PF_TH_SYN;
	r->flagset = PF_TH_SYN | PF_TH_ACK;
}
static void flags_any_udp(pf_rule *r)
{
	r->proto = 17;
	r->flags_written = true;
	r->flags_any = true;
}
static void flags_no_proto(pf_rule *r)
{
	flags_udp(r);
	r->proto = -1;
}
/* pfail50.in:20  pass proto tcp from any to any flags S/AFR */
static void flags_s_afr(pf_rule *r)
{
	r->proto = 6;
	r->flags_written = true;
	r->flags = PF_TH_SYN;
	r->flagset = PF_TH_ACK | PF_TH_FIN | PF_TH_RST;
}
/* pfail50.in:22  flags FSRPAUEW/FSRPAUE */
static void flags_w_unmasked(pf_rule *r)
{
	r->proto = 6;
	r->flags_written = true;
	r->flags = 0xff;
	r->flagset = 0x7f;
}
/* pfail50.in:15-16  flags S/SAFR, flags /SA: valid */
static void flags_s_safr(pf_rule *r)
{
	flags_s_afr(r);
	r->flagset |= PF_TH_SYN;
}
static void flags_none_sa(pf_rule *r)
{
	r->proto = 6;
	r->flags_written = true;
	r->flags = 0;
	r->flagset = PF_TH_SYN | PF_TH_ACK;
}

/* ---- the cases -------------------------------------------------------- */

/* pass all */
static void nothing(pf_rule *r)
{
	(void)r;
}

static const struct rule_case match_cases[] = {
	{ "pass all", nothing, true, { { 0 } } },
	{ "pfail1:3 port without proto", port_no_proto, false,
	  { W("port only applies to tcp/udp", SPORT) } },
	{ "port with proto tcp", port_tcp, true, { { 0 } } },
	{ "pfail12 port with proto icmp", port_icmp, false,
	  { W("port only applies to tcp/udp", DPORT) } },
	{ "port with proto udp", port_udp, true, { { 0 } } },
	{ "pfail27:3 anchor with port", anchor_port, false,
	  { W("port only applies to tcp/udp", SPORT) } },
	{ "user without proto", user_no_proto, false,
	  { W("user only applies to tcp/udp", STMT) } },
	{ "user with proto udp", user_udp, true, { { 0 } } },
	{ "group with proto icmp", group_icmp, false,
	  { W("group only applies to tcp/udp", STMT) } },
	{ "pfail2:3 icmp on inet6", icmp_inet6, false,
	  { W("proto icmp doesn't match address family inet6", PROTO) } },
	{ "pfail3 icmp6 on inet", icmp6_inet, false,
	  { W("proto icmp6 doesn't match address family inet", PROTO) } },
	{ "icmp6 on inet6", icmp6_inet6, true, { { 0 } } },
	{ "pfail5 return-icmp icmp6 on inet", return_icmp_icmp6_inet, false,
	  { W("proto icmp6 doesn't match address family inet", PROTO) } },
	{ "pfail7 icmp-type on icmp6", icmp_type_on_icmp6, false,
	  { W("icmp-type mismatch", ICMP) } },
	{ "icmp6-type on icmp6", icmp6_type_on_icmp6, true, { { 0 } } },
	{ "pfail6 icmp6-type on icmp", icmp6_type_on_icmp, false,
	  { W("icmp-type mismatch", ICMP) } },
	{ "icmp-type without proto", icmp_type_no_proto, false,
	  { W("icmp-type mismatch", ICMP), W("icmp-type/code only applies to icmp", ICMP) } },
	{ "icmp-type without af", icmp_type_no_af, false,
	  { W("must indicate address family with icmp-type/code", ICMP) } },
	{ "icmp-type with inet", icmp_type_inet, true, { { 0 } } },
	{ "pfail23:6 flags on udp", flags_udp, false,
	  { W("flags only apply to tcp", FLAGS) } },
	{ "flags any on udp", flags_any_udp, true, { { 0 } } },
	{ "flags without proto", flags_no_proto, true, { { 0 } } },
	{ "pfail50:20 flags S/AFR", flags_s_afr, false, { W("flags always false", FLAGS) } },
	{ "pfail50:22 flags FSRPAUEW/FSRPAUE", flags_w_unmasked, false,
	  { W("flags always false", FLAGS) } },
	{ "pfail50:15 flags S/SAFR", flags_s_safr, true, { { 0 } } },
	{ "pfail50:16 flags /SA", flags_none_sa, true, { { 0 } } },
};

#define NMATCH (sizeof match_cases / sizeof match_cases[0])

/* Case i of every rule case: those above, then test_pf_check_action.c's. */
static const struct rule_case *rule_case(size_t i)
{
	return i < NMATCH ? &match_cases[i] : &pf_check_action_cases[i - NMATCH];
}

static void free_params(struct criterion_test_params *crp)
{
	cr_free(crp->params);
}

/* Criterion hands each parameter to a fresh process as bytes: pass the
 * index of a case, not the case with its pointers.  The number of cases
 * is known at run time only (the action cases are in another file): the
 * array comes from cr_malloc, as Criterion asks of a dynamic one. */
ParameterizedTestParameters(pf_check, rule)
{
	size_t n = NMATCH + pf_check_action_ncases;
	size_t *idx = cr_malloc(n * sizeof *idx);
	for (size_t i = 0; i < n; i++)
		idx[i] = i;
	return cr_make_param_array(size_t, idx, n, free_params);
}

static void expect_diags(const diag_list *d, const struct want *w, const char *name)
{
	size_t n = 0;
	while (n < 4 && w[n].msg)
		n++;
	cr_expect(eq(sz, d->n, n), "%s: %zu messages, wanted %zu (first: %s)", name, d->n, n,
		  d->n ? d->v[0].msg : "none");
	for (size_t i = 0; i < n && i < d->n; i++) {
		const diag *g = &d->v[i];
		cr_expect(eq(str, g->msg, (char *)w[i].msg), "%s: message %zu", name, i);
		cr_expect(eq(str, (char *)g->check, (char *)check_name(CHECK_PARSE_ERROR)), "%s", name);
		cr_expect(eq(int, g->level, DIAG_ERROR), "%s", name);
		cr_expect(eq(str, g->file, FILE_), "%s", name);
		cr_expect(eq(int, g->loc.line, w[i].loc.line), "%s: line of %s", name, g->msg);
		cr_expect(eq(int, g->loc.col, w[i].loc.col), "%s: column of %s", name, g->msg);
		cr_expect(eq(int, g->loc.end_col, w[i].loc.end_col), "%s: end of %s", name,
			  g->msg);
	}
}

ParameterizedTest(size_t *ci, pf_check, rule)
{
	const struct rule_case *c = rule_case(*ci);
	pf_rule r = base();
	c->make(&r);
	diag_list d;
	diag_list_init(&d);
	bool ok = pf_check_rule(&r, &d);
	cr_expect(eq(int, ok, c->ok), "%s: pf_check_rule returned %d", c->name, ok);
	expect_diags(&d, c->w, c->name);
	diag_list_free(&d);
}

/* The builder calls us once per combination: the same message about the
 * same word is recorded once, a message about another word is not lost. */
Test(pf_check, same_message_once_per_statement)
{
	diag_list d;
	diag_list_init(&d);
	pf_rule r = base();
	port_no_proto(&r);
	cr_expect(not(pf_check_rule(&r, &d)));
	r.proto = 1; /* proto { udp icmp }: ... its icmp combination */
	r.af = 4;
	cr_expect(not(pf_check_rule(&r, &d)));
	cr_expect(eq(sz, d.n, 1));

	/* pfail27.in:4  anchor foo to 10/8 port { 80, 443 }: two ports, two
	 * words, two messages */
	pf_rule s = base();
	s.loc = at(4, 1, 40);
	s.action = PF_ANCHOR;
	s.dport.op = PF_OP_EQ;
	s.dport.a = 80;
	s.dport.loc = at(4, 25, 26);
	cr_expect(not(pf_check_rule(&s, &d)));
	s.dport.a = 443;
	s.dport.loc = at(4, 29, 31);
	cr_expect(not(pf_check_rule(&s, &d)));
	cr_expect(eq(sz, d.n, 3));
	cr_expect(eq(int, d.v[2].loc.col, 29));
	diag_list_free(&d);
}

/* A word without a location (the builder did not record one) is reported
 * at the statement. */
Test(pf_check, falls_back_to_the_statement)
{
	diag_list d;
	diag_list_init(&d);
	pf_rule r = base();
	port_no_proto(&r);
	r.sport.loc = SRCLOC_NONE;
	cr_expect(not(pf_check_rule(&r, &d)));
	cr_assert(eq(sz, d.n, 1));
	cr_expect(eq(int, d.v[0].loc.col, STMT.col));
	diag_list_free(&d);
}
