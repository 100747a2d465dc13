/* test_pf_check_ruleset.c - pfctl's checks on a whole ruleset (queues:
 * pf_check_ruleset), and pf_count_rule_line, which tells pfctl's rule
 * lines from the others in its output. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <criterion/parameterized.h>
#include <string.h>

#include "test_pf_check.h"

/* ---- pf_check_ruleset: queues ------------------------------------------ */

#define queue(line, name, parent, ifname, bw, flows, dflt) \
	{ (name), (parent), (ifname), (bw), (flows), (dflt), LOC(line, 1, 40) }
#define QLINE1_ LOC(1, 1, 40)
#define QLINE2_ LOC(2, 1, 40)
#define QLINE53_ LOC(53, 1, 40)

struct queue_case {
	const char *name;
	pf_queue q[3];
	size_t nq;
	char *rule_queue;
	struct want w[3];
};

static struct queue_case queue_cases[] = {
	/* pfail54.in */
	{ "pfail54 set queue x",
	  { queue(1, "root", NULL, "lo1000000", true, false, false),
	    queue(2, "def", "root", "lo1000000", true, false, true) },
	  2,
	  "x",
	  { W("queue x is not defined", QUEUE) } },
	{ "pf103 set queue def",
	  { queue(1, "root", NULL, "lo1000000", true, false, false),
	    queue(2, "def", "root", NULL, true, false, true) },
	  2,
	  "def",
	  { { 0 } } },
	{ "pfail58 no default",
	  { queue(1, "rootq", NULL, "lo1000000", true, false, false),
	    queue(2, "defq", "rootq", NULL, true, false, false) },
	  2,
	  NULL,
	  { W("no default queue specified", QLINE1) } },
	{ "pfail59 flows without bandwidth under a bandwidth root",
	  { queue(1, "rootq", NULL, "lo1000000", true, false, false),
	    queue(2, "defq", "rootq", NULL, false, true, true) },
	  2,
	  NULL,
	  { W("queue defq: no bandwidth was specified", QLINE2) } },
	{ "pfail60 flow queue with a child",
	  { queue(1, "rootq", NULL, "lo1000000", true, true, false),
	    queue(2, "defq", "rootq", NULL, true, false, true) },
	  2,
	  NULL,
	  { W("flow queue rootq is not a leaf queue", QLINE1) } },
	{ "pfail61 default queue with a child",
	  { queue(1, "rootq", NULL, "lo1000000", true, true, true),
	    queue(2, "defq", "rootq", NULL, true, false, false) },
	  2,
	  NULL,
	  { W("default queue rootq is not a leaf queue", QLINE1) } },
	{ "pfail62 neither bandwidth nor flows",
	  { queue(1, "rootq", NULL, "lo1000000", true, false, false),
	    queue(2, "defq", "rootq", NULL, false, false, true) },
	  2,
	  NULL,
	  { W("no bandwidth or flow specification", QLINE2) } },
	{ "one flow queue per interface, both default",
	  { queue(52, "isp_d", NULL, "em1", true, true, true),
	    queue(53, "isp_u", NULL, "em0", true, true, true) },
	  2,
	  "isp_u",
	  { { 0 } } },
	{ "an interface without a default",
	  { queue(52, "isp_d", NULL, "em1", true, true, true),
	    queue(53, "isp_u", NULL, "em0", true, true, false) },
	  2,
	  NULL,
	  { W("no default queue specified", QLINE53) } },
	/* FreeBSD pf1004.in: ALTQ, whose queues name no interface nor parent */
	{ "ALTQ queues are not OpenBSD's",
	  { queue(2, "qmain", NULL, NULL, false, false, false),
	    queue(3, "q1", NULL, NULL, true, false, false),
	    queue(4, "q2", NULL, NULL, true, false, false) },
	  3,
	  "q1",
	  { { 0 } } },
	{ "no queues, no queue used", { { 0 } }, 0, NULL, { { 0 } } },
};

ParameterizedTestParameters(pf_check, ruleset)
{
	static size_t idx[sizeof queue_cases / sizeof queue_cases[0]];
	for (size_t i = 0; i < sizeof idx / sizeof idx[0]; i++)
		idx[i] = i;
	return cr_make_param_array(size_t, idx, sizeof idx / sizeof idx[0]);
}

ParameterizedTest(size_t *ci, pf_check, ruleset)
{
	const struct queue_case *c = &queue_cases[*ci];
	pf_rule r = base();
	r.queue[0] = c->rule_queue;
	const pf_rule *rules[] = { &r };
	diag_list d;
	diag_list_init(&d);
	pf_check_ruleset(c->q, c->nq, rules, 1, &d);
	size_t n = 0;
	while (n < 3 && c->w[n].msg)
		n++;
	cr_expect(eq(sz, d.n, n), "%s: %zu messages (first: %s)", c->name, d.n,
		  d.n ? d.v[0].msg : "none");
	for (size_t i = 0; i < n && i < d.n; i++) {
		cr_expect(eq(str, d.v[i].msg, (char *)c->w[i].msg), "%s", c->name);
		cr_expect(eq(int, d.v[i].loc.line, c->w[i].loc.line), "%s", c->name);
		cr_expect(eq(int, d.v[i].loc.col, c->w[i].loc.col), "%s", c->name);
	}
	diag_list_free(&d);
}

/* Every combination of "pass set queue x" names the undefined queue: one
 * message. */
Test(pf_check, undefined_queue_once)
{
	pf_rule a = base(), b = base();
	a.queue[0] = b.queue[0] = "x";
	b.queue[1] = "y";
	const pf_rule *rules[] = { &a, &b };
	diag_list d;
	diag_list_init(&d);
	pf_check_ruleset(NULL, 0, rules, 2, &d);
	cr_assert(eq(sz, d.n, 2));
	cr_expect(eq(str, d.v[0].msg, "queue x is not defined"));
	cr_expect(eq(str, d.v[1].msg, "queue y is not defined"));
	diag_list_free(&d);
}

/* ---- pf_count_rule_line ------------------------------------------------ */

struct line_case {
	const char *line;
	bool rule;
};

static struct line_case line_cases[] = {
	{ "pass in all flags S/SA", true },
	{ "block drop in on lo0 from ! (lo0) to any", true },
	{ "match out on lo0 inet from any to any nat-to 127.0.0.1", true },
	{ "anchor \"foo\" all", true },
	{ "anchor \"relative\" all {", true },
	{ "  pass in on lo0 all flags S/SA keep state label \"TEST1\"", true },
	{ "    anchor \"/3\" all", true },
	{ "}", false },
	{ "  }", false },
	{ "@0 block in log-all quick on lo0 all ", true },
	{ "@12 pass all", true },
	{ "@x pass all", false },
	{ "scrub in all fragment reassemble", true },
	{ "no scrub on lo0 all", true },
	{ "nat on em0 inet from 10.0.0.0/8 to any -> (em0) round-robin", true },
	{ "no nat on em0 from 10.1.1.1 to any", true },
	{ "rdr pass on em0 proto tcp from any to any port = 80 -> 10.0.0.2", true },
	{ "no rdr on em0 proto tcp from 10.0.0.1 to any port = 80", true },
	{ "binat on em0 from 10.0.0.1 to any -> 1.2.3.4", true },
	{ "no binat on em0 from 10.0.0.2 to any", true },
	{ "nat-anchor \"ftp-proxy/*\" all", true },
	{ "rdr-anchor \"ftp-proxy/*\" all", true },
	{ "binat-anchor \"x\" all", true },
	{ "no IP address found for 10.0.0.0.1", false },
	{ "netmask is too large: /161", false },
	{ "stdin:3: port only applies to tcp/udp", false },
	{ "pfctl: no default queue specified", false },
	{ "table <__automatic_0> const { 1.1.1.1 2.2.2.2 }", false },
	{ "set optimization aggressive", false },
	{ "queue root on lo1000000 bandwidth 1M", false },
	{ "altq on em0 cbq bandwidth 100Kb tbrsize 1000 queue qmain", false },
	{ "intf = \"lo0\"", false },
	{ "pass = \"x\"", false },
	{ "load anchor x from \"pf103.include\"", false },
	{ "", false },
	{ "passive", false },
	{ "pass", true },
};

ParameterizedTestParameters(pf_check, count_rule_line)
{
	static size_t idx[sizeof line_cases / sizeof line_cases[0]];
	for (size_t i = 0; i < sizeof idx / sizeof idx[0]; i++)
		idx[i] = i;
	return cr_make_param_array(size_t, idx, sizeof idx / sizeof idx[0]);
}

ParameterizedTest(size_t *ci, pf_check, count_rule_line)
{
	const struct line_case *c = &line_cases[*ci];
	cr_expect(eq(int, pf_count_rule_line(c->line), c->rule), "\"%s\"", c->line);
}
