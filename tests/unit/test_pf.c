/* Unit tests for the pf.conf front end: scanner, parser errors with their
 * exact locations, list expansion, and the lowering to the IR (last match
 * to first match, quick, anchors, set skip, state, translations), with a
 * few packets evaluated on the "in" and "out" chains. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval.h"
#include "pf.h"
#include "pf_build.h"

#define DATA "tests/unit/data/pf/"

typedef struct parsed {
	ir_ruleset *rs;
	diag_list d;
} parsed;

static parsed parse(const char *text)
{
	parsed p;
	diag_list_init(&p.d);
	p.rs = pf_parse("t.conf", text, strlen(text), &p.d);
	cr_assert(not(eq(ptr, p.rs, NULL)));
	return p;
}

static parsed parse_file(const char *path)
{
	parsed p;
	diag_list_init(&p.d);
	p.rs = pf_parse_file(path, &p.d);
	return p;
}

static void done(parsed *p)
{
	ir_ruleset_free(p->rs);
	diag_list_free(&p->d);
}

static size_t nerrors(const parsed *p)
{
	size_t n = 0;
	for (size_t i = 0; i < p->d.n; i++)
		n += p->d.v[i].level == DIAG_ERROR;
	return n;
}

/* The first error as "FILE:LINE:COL: msg". */
static const char *first_error(const parsed *p, char *buf, size_t n)
{
	for (size_t i = 0; i < p->d.n; i++)
		if (p->d.v[i].level == DIAG_ERROR) {
			snprintf(buf, n, "%s:%d:%d: %s", p->d.v[i].file, p->d.v[i].loc.line,
				 p->d.v[i].loc.col, p->d.v[i].msg);
			return buf;
		}
	return "";
}

static bool has_error(const parsed *p, const char *want)
{
	char buf[600];
	for (size_t i = 0; i < p->d.n; i++) {
		snprintf(buf, sizeof buf, "%s:%d:%d: %s", p->d.v[i].file, p->d.v[i].loc.line,
			 p->d.v[i].loc.col, p->d.v[i].msg);
		if (strstr(buf, want))
			return true;
	}
	return false;
}

static const ir_chain *chain(const parsed *p, const char *name)
{
	const ir_table *t = ir_table_find(p->rs, "filter");
	cr_assert(not(eq(ptr, (void *)t, NULL)));
	const ir_chain *c = ir_chain_find(t, name);
	cr_assert(not(eq(ptr, (void *)c, NULL)));
	return c;
}

/* ------------------------------------------------------------ scanner */

Test(pf_scan, continuation_keeps_lines)
{
	parsed p = parse("pass in \\\n  proto tcp \\\n  to port 22\nblock in from 10.0.0.0/33\n");
	char buf[300];
	cr_expect(eq(str, (char *)first_error(&p, buf, sizeof buf),
		     "t.conf:4:15: netmask 33 invalid for IPv4 address"));
	done(&p);
}

Test(pf_scan, crlf_is_a_line_end)
{
	parsed p = parse("pass in proto tcp\r\nblock out\r\n");
	cr_expect(eq(sz, nerrors(&p), 0));
	cr_expect(eq(sz, p.rs->nsource, 2));
	done(&p);
}

Test(pf_scan, nul_byte)
{
	const char text[] = "pass in\nblock \0 out\npass out\n";
	parsed p;
	diag_list_init(&p.d);
	p.rs = pf_parse("t.conf", text, sizeof text - 1, &p.d);
	cr_expect(has_error(&p, "t.conf:2:7: nul byte in input"));
	cr_expect(eq(sz, nerrors(&p), 1));
	cr_expect(eq(sz, p.rs->nsource, 2)); /* the lines around it still count */
	done(&p);
}

Test(pf_scan, unterminated_string)
{
	parsed p = parse("pass in\npass in label \"abc\n");
	cr_expect(has_error(&p, "t.conf:2:15: reached end of file while parsing quoted string"));
	done(&p);
}

Test(pf_scan, string_too_long)
{
	size_t n = PF_MAX_TOKEN + 100;
	char *text = malloc(n + 64);
	strcpy(text, "block in label \"");
	size_t k = strlen(text);
	memset(text + k, 'a', n);
	strcpy(text + k + n, "\"\n");
	parsed p = parse(text);
	cr_expect(has_error(&p, "t.conf:1:16: string too long"));
	free(text);
	done(&p);
}

/* pfctl's yylex() expands "$name" only while it is not expanding a macro:
 * a = "$b" keeps "$b" (quotes), and $a then gives a '$': a syntax error
 * at the line that uses it.  A macro named unquoted in a definition is
 * expanded there. */
Test(pf_scan, macro_inside_a_macro_value_is_not_expanded)
{
	parsed p = parse("if = \"em0\"\nlan = \"$if\"\npass in on $lan proto tcp from $lan:network to any "
			 "port { 22 80 }\n");
	cr_expect(has_error(&p, "t.conf:3:12: syntax error"), "%s", p.d.n ? p.d.v[0].msg : "");
	cr_expect(eq(sz, nerrors(&p), 1));
	done(&p);
	parsed q = parse("if = \"em0\"\nlan = $if\npass in on $lan proto tcp from $lan:network to any "
			 "port { 22 80 }\n");
	cr_expect(eq(sz, nerrors(&q), 0), "%s", q.d.n ? q.d.v[0].msg : "");
	cr_expect(eq(sz, q.rs->nsource, 2));
	done(&q);
}

Test(pf_scan, undefined_macro)
{
	parsed p = parse("pass in\npass out on $nosuch\n");
	char buf[300];
	cr_expect(eq(str, (char *)first_error(&p, buf, sizeof buf),
		     "t.conf:2:13: macro 'nosuch' not defined"));
	done(&p);
}

Test(pf_scan, self_referring_macro_is_a_syntax_error)
{
	parsed p = parse("a = \"$a x\"\npass on $a\n");
	cr_expect(has_error(&p, "t.conf:2:9: syntax error"));
	done(&p);
}

Test(pf_scan, include_locations_point_into_the_included_file)
{
	parsed p = parse_file(DATA "a.conf");
	cr_assert(not(eq(ptr, p.rs, NULL)));
	cr_expect(has_error(&p, DATA "inc/b.conf:4:28: unknown port nosuchport"),
		  "%s", p.d.n ? p.d.v[0].msg : "");
	const ir_chain *in = chain(&p, "in");
	cr_assert(eq(sz, in->n, 2));
	/* last match: the pass of a.conf first, then the block of b.conf */
	cr_expect(eq(str, (char *)in->rule[1]->loc.file, DATA "inc/b.conf"));
	cr_expect(eq(int, in->rule[1]->loc.line, 2));
	done(&p);
}

Test(pf_scan, include_cycle)
{
	parsed p = parse_file(DATA "cycle1.conf");
	cr_expect(has_error(&p, DATA "cycle2.conf:2:9: include cycle: " DATA "cycle1.conf -> "
			    DATA "cycle2.conf -> " DATA "cycle1.conf"));
	done(&p);
}

Test(pf_scan, include_depth)
{
	parsed p = parse_file(DATA "deep.conf");
	cr_expect(has_error(&p, "include cycle") || has_error(&p, "nested more than"));
	done(&p);
}

Test(pf_scan, include_missing)
{
	parsed p = parse("include \"nonexistent/x.conf\"\n");
	cr_expect(has_error(&p, "t.conf:1:9: failed to include file nonexistent/x.conf"));
	done(&p);
}

/* Untrusted input: no include outside the including file's folder. */
Test(pf_scan, include_outside_folder)
{
	parsed p = parse("include \"/etc/passwd\"\ninclude \"../x.conf\"\n");
	cr_expect(has_error(&p, "t.conf:1:9: failed to include file /etc/passwd: fwlint reads "
			    "included files only from the including file's folder and below"));
	cr_expect(has_error(&p, "t.conf:2:9: failed to include file ../x.conf"));
	done(&p);
}

/* Macros side by side in one value are one level deep, not one more each. */
Test(pf_scan, macros_side_by_side_are_not_nested)
{
	char text[4096];
	size_t n = 0;
	for (int i = 0; i < 70; i++)
		n += (size_t)snprintf(text + n, sizeof text - n, "h%d = \"10.0.%d.1\"\n", i, i);
	n += (size_t)snprintf(text + n, sizeof text - n, "l = \"{\"");
	for (int i = 0; i < 70; i++)
		n += (size_t)snprintf(text + n, sizeof text - n, " $h%d", i);
	snprintf(text + n, sizeof text - n, " \"}\"\npass proto udp from $l\n");
	parsed p = parse(text);
	cr_expect(eq(sz, nerrors(&p), 0), "%s", p.d.n ? p.d.v[0].msg : "");
	cr_expect(eq(sz, p.rs->nsource, 70));
	done(&p);
}

/* A macro that cannot be expanded is reported once for its statement. */
Test(pf_scan, runaway_macro_reported_once)
{
	parsed p = parse("a = \"$a $a\"\npass from $a\npass proto udp from 10.0.0.1\n");
	cr_expect(eq(sz, nerrors(&p), 1), "%zu errors", nerrors(&p));
	cr_expect(eq(sz, chain(&p, "in")->n, 1));
	done(&p);
}

/* "-10.0.0.5" is '-' then an address (pfctl's yylex): the scanner gives
 * back all of the word but the '-', and a macro later on the line must
 * still see the rest of that line (it once saw it 8 bytes late: a syntax
 * error at "keep state", and past the end of a macro's value a heap
 * overflow, tests/fuzz/regress/pf/dash-word-then-macro). */
Test(pf_scan, dash_word_then_macro)
{
	parsed p = parse("srv = \"192.0.2.10\"\n"
			 "pass in proto tcp from 10.0.0.1 -10.0.0.5 to $srv port 25 keep state\n");
	char buf[300];
	cr_expect(eq(sz, nerrors(&p), 0), "%s", first_error(&p, buf, sizeof buf));
	cr_expect(eq(sz, p.rs->nsource, 1));
	done(&p);
	p = parse("m = \" \"\npass -$m-o $m\n");
	cr_expect(has_error(&p, "t.conf:2:"));
	done(&p);
}

/* ------------------------------------------------------------ parser */

Test(pf_parse, syntax_error_location_and_recovery)
{
	parsed p = parse("pass in\nblock in return-icmp6 in inet\npass flags S/\npass out\n");
	cr_expect(has_error(&p, "t.conf:2:10: syntax error, unexpected 'return-icmp6'"));
	cr_expect(has_error(&p, "t.conf:3:14: syntax error, unexpected end of line"));
	cr_expect(eq(sz, p.rs->nsource, 2));
	done(&p);
}

Test(pf_parse, value_checks)
{
	parsed p = parse("pass in proto tcp to port 65536\n"
			 "block in tag aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n"
			 "pass from 2000::/161\n"
			 "block from 10.0.0.0.1\n"
			 "table <t> { 1.2.3.4 <u> }\n"
			 "set hostid 0\n"
			 "match scrub (no-df no-df)\n"
			 "pass set prio 8\n");
	cr_expect(has_error(&p, "t.conf:1:27: illegal port value 65536"));
	cr_expect(has_error(&p, ":2:14: tag too long, max 63 chars"));
	cr_expect(has_error(&p, ":3:11: netmask is too large: /161"));
	cr_expect(has_error(&p, ":4:12: could not parse host specification"));
	cr_expect(has_error(&p, ":5:21: tables cannot contain tables"));
	cr_expect(has_error(&p, ":6:12: hostid must be non-zero"));
	cr_expect(has_error(&p, ":7:20: no-df cannot be respecified"));
	cr_expect(has_error(&p, ":8:15: prio must be 0 - 7"));
	done(&p);
}

Test(pf_parse, too_many_errors)
{
	char *text = malloc(100 * 8 + 1);
	text[0] = '\0';
	for (int i = 0; i < 100; i++)
		strcat(text, "bogus x\n");
	parsed p = parse(text);
	cr_expect(eq(sz, nerrors(&p), PF_MAX_ERRORS + 1));
	cr_expect(has_error(&p, "too many errors"));
	free(text);
	done(&p);
}

/* ------------------------------------------------------------ expansion */

Test(pf_expand, cross_product)
{
	parsed p = parse("pass in on { em0 em1 } proto { tcp udp } from { 10.0.0.1 10.0.0.2 } "
			 "to any port { 22 53 80 }\n");
	cr_expect(eq(sz, p.rs->nsource, 2 * 2 * 2 * 3));
	cr_expect(eq(sz, chain(&p, "in")->n, 24));
	cr_expect(eq(sz, chain(&p, "out")->n, 0));
	done(&p);
}

Test(pf_expand, af_mismatch_is_skipped)
{
	parsed p = parse("pass in from { 10.0.0.1 ::1 } to { 192.0.2.1 2001:db8::1 }\n"
			 "pass in inet6 from 10.0.0.1\n");
	cr_expect(eq(sz, p.rs->nsource, 2));
	cr_expect(has_error(&p, "t.conf:2:1: rule expands to no valid combination"));
	done(&p);
}

Test(pf_expand, bound)
{
	/* 300 x 300 ports = 90000 > PF_MAX_EXPANSION */
	size_t cap = 2 * 300 * 8 + 200;
	char *text = malloc(cap);
	strcpy(text, "pass proto tcp from any port {");
	for (int i = 1; i <= 300; i++)
		sprintf(text + strlen(text), " %d", i);
	strcat(text, " } to any port {");
	for (int i = 1; i <= 300; i++)
		sprintf(text + strlen(text), " %d", i);
	strcat(text, " }\n");
	parsed p = parse(text);
	cr_expect(has_error(&p, "t.conf:1:1: rule expands to 90000 rules, more than the 65536"));
	cr_expect(eq(sz, p.rs->nsource, 0));
	free(text);
	done(&p);
}

/* ------------------------------------------------------------ lowering */

Test(pf_lower, last_match_becomes_first_match)
{
	parsed p = parse("block all\npass in quick proto tcp to port 22\npass in proto tcp\n"
			 "block in proto tcp to port 23\n");
	const ir_chain *in = chain(&p, "in"), *out = chain(&p, "out");
	cr_assert(eq(sz, in->n, 4));
	/* quick first, then the others in reverse file order */
	cr_expect(eq(int, in->rule[0]->loc.line, 2));
	cr_expect(in->rule[0]->quick);
	cr_expect(eq(int, in->rule[1]->loc.line, 4));
	cr_expect(eq(int, in->rule[2]->loc.line, 3));
	cr_expect(eq(int, in->rule[3]->loc.line, 1));
	cr_expect(eq(int, in->rule[3]->action, IR_DROP));
	cr_expect(in->rule[2]->keep_state);
	cr_expect(eq(sz, out->n, 1)); /* only "block all" has no direction */
	cr_expect(eq(int, in->policy, IR_ACCEPT));
	done(&p);
}

Test(pf_lower, anchors)
{
	parsed p = parse("block\n"
			 "anchor \"a\" in on em0 {\n"
			 "  pass proto tcp\n"
			 "  block quick proto udp\n"
			 "}\n"
			 "anchor \"q\" in quick {\n"
			 "  pass proto icmp\n"
			 "  block proto icmp\n"
			 "}\n"
			 "anchor \"ftp-proxy/*\"\n");
	cr_expect(eq(sz, nerrors(&p), 0), "%s", p.d.n ? p.d.v[0].msg : "");
	const ir_chain *in = chain(&p, "in");
	cr_assert(eq(sz, in->n, 6));
	int lines[] = { 4, 8, 7, 10, 3, 1 };
	for (size_t i = 0; i < 6; i++)
		cr_expect(eq(int, in->rule[i]->loc.line, lines[i]), "rule %zu", i);
	/* the anchor's "on em0" is on its rules */
	cr_expect(not(eq(ptr, (void *)ir_rule_find_cond(in->rule[0], IR_IIF), NULL)));
	cr_expect(in->rule[1]->quick && in->rule[2]->quick && in->rule[3]->quick);
	cr_expect(eq(int, in->rule[3]->action, IR_UNKNOWN));
	cr_expect(eq(sz, in->rule[3]->nunres, 1));
	/* the out chain has no rule of the "in" anchors */
	cr_expect(eq(sz, chain(&p, "out")->n, 2));
	cr_expect(eq(sz, p.rs->nsource, 8));
	done(&p);
}

Test(pf_lower, set_skip_and_groups)
{
	parsed p = parse("set skip on { lo em1 }\nblock in on egress\n");
	const ir_chain *in = chain(&p, "in");
	cr_assert(eq(sz, in->n, 3));
	cr_expect(eq(str, ir_rule_find_cond(in->rule[0], IR_IIF)->ifname, "lo+"));
	cr_expect(eq(str, ir_rule_find_cond(in->rule[1], IR_IIF)->ifname, "em1"));
	cr_expect(in->rule[0]->quick);
	cr_expect(eq(int, in->rule[0]->action, IR_ACCEPT));
	cr_expect(eq(ptr, (void *)ir_rule_find_cond(in->rule[2], IR_IIF), NULL));
	cr_expect(eq(sz, in->rule[2]->nunres, 1));
	cr_expect(eq(str, in->rule[2]->unres[0].what,
		     "interface group 'egress': its members are not known"));
	done(&p);
}

/* pf.c pf_test_rule(): a pass rule's translation is applied after the last
 * matching rule, so the rules of its own direction see the packet as it
 * came: none of them is unresolved by it, and the rule carries it. */
Test(pf_lower, a_pass_rules_translation_is_carried_by_the_rule)
{
	parsed p = parse("pass in on em0 proto tcp to 192.0.2.1 port 80 rdr-to 10.0.0.5 port 8080\n"
			 "pass in proto tcp to 10.0.0.5 port 8080\n"
			 "pass in proto tcp\n"
			 "pass out proto tcp to 10.0.0.5\n");
	const ir_chain *in = chain(&p, "in"), *out = chain(&p, "out");
	cr_assert(eq(sz, in->n, 3));
	/* reversed: line 3, line 2, line 1 */
	for (size_t i = 0; i < 3; i++)
		cr_expect(eq(sz, in->rule[i]->nunres, 0));
	cr_expect(eq(ptr, in->rule[1]->nat, NULL));
	const ir_nat *n = in->rule[2]->nat;
	cr_assert(not(eq(ptr, (void *)n, NULL)));
	cr_expect(n->dst);
	cr_expect(eq(str, (char *)n->kind, "rdr-to"));
	cr_expect(n->addr.kind == XL_SET && n->addr.lo == addr_v4(0x0a000005) &&
		  n->addr.hi == n->addr.lo);
	cr_expect(n->port.kind == XL_SET && n->port.lo == 8080 && n->port.hi == 8080);
	cr_assert(eq(sz, out->n, 1));
	cr_expect(eq(sz, out->rule[0]->nunres, 0));
	/* no match rule translates: no table nat */
	cr_expect(eq(ptr, (void *)ir_table_find(p.rs, "nat"), NULL));
	done(&p);
}

/* OpenBSD parse.y expand_rule(): binat-to is an out rule with nat-to and a
 * generated in rule from the destination to the binat-to address with the
 * ports swapped; neither half is unresolved by its own translation, later
 * rules are, per direction. */
Test(pf_lower, binat_to_generates_the_inbound_rule)
{
	parsed p = parse("pass on em0 proto tcp from 10.0.0.5 port 25 to 198.51.100.0/24 "
			 "binat-to 192.0.2.5\n"
			 "pass in proto tcp to 10.0.0.5\n"
			 "pass in proto tcp from 10.0.0.5\n"
			 "pass out proto tcp from 10.0.0.5\n");
	cr_expect(eq(sz, nerrors(&p), 0), "%s", p.d.n ? p.d.v[0].msg : "");
	const ir_chain *in = chain(&p, "in"), *out = chain(&p, "out");
	cr_assert(eq(sz, in->n, 3));
	/* reversed: line 3, line 2, the generated rule of line 1 */
	const ir_rule *g = in->rule[2];
	cr_expect(eq(int, g->loc.line, 1));
	cr_expect(eq(sz, g->nunres, 0));
	cr_expect(eq(str, ir_rule_find_cond(g, IR_IIF)->ifname, "em0"));
	const ir_cond *c = ir_rule_find_cond(g, IR_SRC);
	cr_assert(not(eq(ptr, (void *)c, NULL)));
	cr_assert(eq(sz, c->n, 1));
	cr_expect(c->r[0].lo == addr_v4(0xc6336400) && c->r[0].hi == addr_v4(0xc63364ff));
	c = ir_rule_find_cond(g, IR_DST);
	cr_assert(not(eq(ptr, (void *)c, NULL)));
	cr_assert(eq(sz, c->n, 1));
	cr_expect(c->r[0].lo == addr_v4(0xc0000205) && c->r[0].hi == c->r[0].lo);
	c = ir_rule_find_cond(g, IR_DPORT);
	cr_assert(not(eq(ptr, (void *)c, NULL)));
	cr_assert(eq(sz, c->n, 1));
	cr_expect(c->r[0].lo == 25 && c->r[0].hi == 25);
	cr_expect(eq(ptr, (void *)ir_rule_find_cond(g, IR_SPORT), NULL));
	/* the generated rule redirects back to the source, ports kept */
	cr_assert(not(eq(ptr, (void *)g->nat, NULL)));
	cr_expect(g->nat->dst);
	cr_expect(eq(str, (char *)g->nat->kind, "binat-to"));
	cr_expect(g->nat->addr.kind == XL_SET && g->nat->addr.lo == addr_v4(0x0a000005));
	cr_expect(g->nat->port.kind == XL_KEEP);
	/* later pass rules see the packet untranslated (the translation is
	 * the last matching rule's) */
	cr_expect(eq(sz, in->rule[1]->nunres, 0));
	cr_expect(eq(sz, in->rule[0]->nunres, 0));
	cr_assert(eq(sz, out->n, 2));
	/* the out half: the rule as written, unresolved by nothing */
	cr_expect(eq(int, out->rule[1]->loc.line, 1));
	cr_expect(eq(sz, out->rule[1]->nunres, 0));
	cr_expect(eq(ptr, (void *)ir_rule_find_cond(out->rule[1], IR_DPORT), NULL));
	cr_expect(not(eq(ptr, (void *)ir_rule_find_cond(out->rule[1], IR_SPORT), NULL)));
	/* the out half: nat-to the binat-to address, static-port */
	const ir_nat *n = out->rule[1]->nat;
	cr_assert(not(eq(ptr, (void *)n, NULL)));
	cr_expect(not(n->dst));
	cr_expect(n->addr.kind == XL_SET && n->addr.lo == addr_v4(0xc0000205));
	cr_expect(n->port.kind == XL_KEEP);
	cr_expect(eq(sz, out->rule[0]->nunres, 0));
	done(&p);
}

Test(pf_lower, tables)
{
	parsed p = parse_file(DATA "tables.conf");
	cr_expect(eq(sz, nerrors(&p), 0), "%s", p.d.n ? p.d.v[0].msg : "");
	const ir_chain *in = chain(&p, "in");
	cr_assert(eq(sz, in->n, 2));
	/* reversed: <missing> first, unresolved, no address condition */
	cr_expect(eq(sz, in->rule[0]->nunres, 1));
	const ir_cond *c = ir_rule_find_cond(in->rule[1], IR_SRC);
	cr_assert(not(eq(ptr, (void *)c, NULL)));
	/* 10/8 without 10.1/16, and 192.0.2.1 */
	cr_expect(eq(sz, c->n, 3));
	done(&p);
}

/* pfctl gives "pass in" (no protocol) flags S/SA: its TCP half keeps
 * them, its other protocols match whatever their (meaningless) flags. */
Test(pf_lower, default_flags_on_a_rule_without_protocol)
{
	parsed p = parse("pass in\npass in no state\n");
	cr_expect(eq(sz, nerrors(&p), 0), "%s", p.d.n ? p.d.v[0].msg : "");
	const ir_chain *in = chain(&p, "in");
	cr_assert(eq(sz, in->n, 3));
	/* reversed: line 2 whole, then line 1 not-TCP and TCP */
	cr_expect(eq(int, in->rule[0]->loc.line, 2));
	cr_expect(eq(ptr, (void *)ir_rule_find_cond(in->rule[0], IR_TCPFLAGS), NULL));
	const ir_cond *pr = ir_rule_find_cond(in->rule[1], IR_PROTO);
	cr_assert(not(eq(ptr, (void *)pr, NULL)));
	cr_expect(pr->neg);
	cr_expect(eq(ptr, (void *)ir_rule_find_cond(in->rule[1], IR_TCPFLAGS), NULL));
	pr = ir_rule_find_cond(in->rule[2], IR_PROTO);
	cr_assert(not(eq(ptr, (void *)pr, NULL)));
	cr_expect(not(pr->neg));
	const ir_cond *fl = ir_rule_find_cond(in->rule[2], IR_TCPFLAGS);
	cr_assert(not(eq(ptr, (void *)fl, NULL)));
	cr_expect(eq(u64, fl->bits, tcpflags_match(PF_TH_SYN | PF_TH_ACK, PF_TH_SYN)));
	done(&p);
}

/* pf_match_port(): "a <> b" is p < a || p > b, so b < a would be every
 * port; pfctl parse.y validate_range() refuses it (and "a >< a", empty). */
Test(pf_lower, inverted_except_range_is_refused)
{
	parsed q = parse("block in proto tcp to port 2004 <> 2000\n");
	cr_expect(has_error(&q, "t.conf:1:28: invalid port range"));
	done(&q);
	parsed p = parse("block in proto tcp to port 2000 >< 2000\n");
	cr_expect(has_error(&p, "t.conf:1:28: invalid port range"));
	done(&p);
}

/* OpenBSD's parse.y allows a table in an inline anchor (pfa_anchorlist). */
Test(pf_parse, table_inside_an_anchor)
{
	parsed p = parse("anchor \"a\" {\n table <t> { 10.0.0.2 }\n pass in proto tcp from <t>\n}\n");
	cr_expect(eq(sz, nerrors(&p), 0), "%s", p.d.n ? p.d.v[0].msg : "");
	cr_expect(eq(sz, chain(&p, "in")->n, 1));
	done(&p);
}

/* An unclosed list: the error at the next statement names the '{'. */
Test(pf_parse, unclosed_list_names_its_brace)
{
	parsed p = parse("block all\npass in proto tcp to port { 25 110\npass out all\n");
	cr_expect(has_error(&p, "t.conf:3:1: syntax error, unexpected 'pass' (the '{' at 2:27 is still open)"));
	done(&p);
}

/* Anchors nested too deep: one error, at the first anchor past the bound. */
Test(pf_parse, anchor_depth_reported_once)
{
	size_t n = PF_MAX_ANCHOR_DEPTH + 20, len = 0;
	char *text = malloc(n * 16 + 64);
	for (size_t i = 0; i < n; i++)
		len += (size_t)sprintf(text + len, "anchor \"a\" {\n");
	len += (size_t)sprintf(text + len, "pass in proto tcp\n");
	for (size_t i = 0; i < n; i++)
		len += (size_t)sprintf(text + len, "}\n");
	parsed p = parse(text);
	cr_expect(eq(sz, nerrors(&p), 1), "%zu errors", nerrors(&p));
	cr_expect(has_error(&p, "inline anchors nested more than 64 deep"));
	free(text);
	done(&p);
}

/* ------------------------------------------------------------ evaluation */

static pset tcp_packet(const iftab *tab, const char *iif, uint32_t dst, uint16_t dport)
{
	pbox b = pbox_full();
	b.proto_lo = b.proto_hi = PROTO_TCP;
	b.src_lo = b.src_hi = addr_v4(0xc6336407); /* 198.51.100.7 */
	b.dst_lo = b.dst_hi = addr_v4(dst);
	b.sport_lo = b.sport_hi = 40000;
	b.dport_lo = b.dport_hi = dport;
	b.iif_lo = b.iif_hi = iftab_id(tab, iif);
	b.flags = (uint64_t)1 << TCPF_SYN;
	b.state = CT_NEW;
	return pset_from_box(&b);
}

static enum ir_action run(evaluator *ev, const ir_chain *c, const pset *s, int *line)
{
	outcome_list out = { 0 };
	eval_run_chain(ev, c, s, &out);
	cr_assert(eq(sz, out.n, 1), "%zu outcomes", out.n);
	enum ir_action v = out.v[0].verdict;
	*line = out.v[0].rule ? out.v[0].rule->loc.line : 0;
	outcome_list_free(&out);
	return v;
}

Test(pf_eval, packets_through_in)
{
	parsed p = parse("ext = \"em0\"\n"
			 "block in on $ext\n"
			 "pass in on $ext proto tcp to 10.0.0.10 port { 22 443 }\n"
			 "block in quick on $ext proto tcp to port 23\n");
	iftab tab;
	iftab_init(&tab);
	ir_collect_ifnames(p.rs, &tab);
	iftab_add(&tab, "em1");
	iftab_freeze(&tab);
	evaluator *ev = eval_new(p.rs, &tab);
	const ir_chain *in = chain(&p, "in");
	int line;

	pset a = tcp_packet(&tab, "em0", 0x0a00000a, 22);
	cr_expect(eq(int, run(ev, in, &a, &line), IR_ACCEPT));
	cr_expect(eq(int, line, 3));
	pset b = tcp_packet(&tab, "em0", 0x0a00000a, 80);
	cr_expect(eq(int, run(ev, in, &b, &line), IR_DROP));
	cr_expect(eq(int, line, 2));
	pset c = tcp_packet(&tab, "em0", 0x0a00000a, 23);
	cr_expect(eq(int, run(ev, in, &c, &line), IR_DROP));
	cr_expect(eq(int, line, 4));
	pset d = tcp_packet(&tab, "em1", 0x0a00000a, 80);
	cr_expect(eq(int, run(ev, in, &d, &line), IR_ACCEPT));
	cr_expect(eq(int, line, 0)); /* pf's default: pass */
	pset_free(&a);
	pset_free(&b);
	pset_free(&c);
	pset_free(&d);
	eval_free(ev);
	iftab_free(&tab);
	done(&p);
}

/* pfctl parse.y: options a rule takes once, and the values it checks, with
 * pfctl's own words (issue 11, tests/conformance/pf has one case each). */
Test(pf_pfctl_words, options_twice)
{
	parsed p = parse("pass in proto tcp flags S/SA flags any\n"
			 "pass in all label \"a\" label \"b\"\n"
			 "pass in proto tcp all keep state no state\n"
			 "pass out on em0 from 10/8 to any nat-to 192.0.2.1 nat-to 192.0.2.2\n"
			 "pass in on em1 from 10/8 to any route-to 192.0.2.254 reply-to 192.0.2.253\n"
			 "pass out on em0 inet from 10/8 to any nat-to 192.0.2.1 random random\n");
	cr_expect(has_error(&p, "t.conf:1:30: flags cannot be redefined"));
	cr_expect(has_error(&p, "t.conf:2:23: label cannot be redefined"));
	cr_expect(has_error(&p, "t.conf:3:34: modulate or keep cannot be redefined"));
	cr_expect(has_error(&p, "t.conf:4:51: cannot respecify nat-to/binat-to"));
	cr_expect(has_error(&p, "t.conf:5:54: cannot respecify route-to/reply-to/dup-to"));
	cr_expect(has_error(&p, "t.conf:6:63: pool type cannot be redefined"));
	done(&p);
}

Test(pf_pfctl_words, values)
{
	parsed p = parse("block in probability 50\n"
			 "table <w> { 192.0.2.1 weight 0 }\n"
			 "queue q on em0 bandwidth 10X default\n"
			 "block in from (em0:peer:network) to any\n"
			 "block out proto tcp user unknown >< 100\n");
	cr_expect(has_error(&p, "t.conf:1:22: invalid probability: 5000%"));
	cr_expect(has_error(&p, "t.conf:2:23: weight out of range"));
	cr_expect(has_error(&p, "t.conf:3:26: unknown unit \"X\""));
	cr_expect(has_error(&p, "illegal combination of interface modifiers"));
	cr_expect(has_error(&p, "t.conf:5:26: user unknown requires operator = or !="));
	done(&p);
}

static parsed parse_freebsd(const char *text)
{
	parsed p;
	diag_list_init(&p.d);
	pf_opts o = { .freebsd = true };
	p.rs = pf_parse_opts("t.conf", text, strlen(text), &o, &p.d);
	cr_assert(not(eq(ptr, p.rs, NULL)));
	return p;
}

/* FreeBSD's ALTQ queues in percent: FreeBSD's pfctl loads them. */
Test(pf_pfctl_words, freebsd_altq_accepted)
{
	parsed p = parse_freebsd("altq on em0 cbq bandwidth 20Mb queue { q1 }\n"
				 "queue q1 bandwidth 60% cbq(default)\n");
	char buf[600];
	cr_expect(eq(sz, nerrors(&p), 0), "%s", first_error(&p, buf, sizeof buf));
	done(&p);
}

/* OpenBSD parse.y 1.719 has no scrub, nat, rdr, binat, *-anchor or altq
 * statement: each is a syntax error there, one per line, naming the
 * dialect that reads it; the same lines load in FreeBSD's. */
Test(pf_dialect, freebsd_statements_are_syntax_errors_in_openbsd)
{
	static const char *const lines[] = {
		"scrub in all\n",
		"no scrub in on em0\n",
		"nat on em0 from 10/8 to any -> 192.0.2.1\n",
		"no nat on em0 from 10.0.0.1 to any\n",
		"rdr pass on em0 proto tcp to port 80 -> 10.0.0.5\n",
		"binat on em0 from 10.0.0.5 to any -> 192.0.2.5\n",
		"nat-anchor \"ftp-proxy/*\"\n",
		"rdr-anchor \"ftp-proxy/*\"\n",
		"binat-anchor \"b\"\n",
		"altq on em0 cbq bandwidth 20Mb queue { q1 }\n",
	};
	char buf[600];
	for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		parsed p = parse(lines[i]);
		cr_expect(eq(sz, nerrors(&p), 1), "%s", lines[i]);
		const char *e = first_error(&p, buf, sizeof buf);
		cr_expect(strncmp(e, "t.conf:1:1: syntax error: ", 26) == 0, "%s", e);
		cr_expect(strstr(e, "-I pf-freebsd reads it") != NULL, "%s", e);
		done(&p);
		if (i + 1 == sizeof lines / sizeof lines[0])
			break; /* altq needs its queues in FreeBSD's: see above */
		p = parse_freebsd(lines[i]);
		cr_expect(eq(sz, nerrors(&p), 0), "%s: %s", lines[i], first_error(&p, buf, sizeof buf));
		done(&p);
	}
}

/* nat, rdr, binat, their anchors and altq are no keywords of OpenBSD's
 * pfctl: macro names there; keywords, so a syntax error, in FreeBSD's. */
Test(pf_dialect, keyword_named_macro)
{
	const char *text = "nat = \"em0\"\naltq = \"em1\"\npass in on { $nat $altq }\n";
	parsed p = parse(text);
	char buf[600];
	cr_expect(eq(sz, nerrors(&p), 0), "%s", first_error(&p, buf, sizeof buf));
	done(&p);
	p = parse_freebsd(text);
	cr_expect(has_error(&p, "t.conf:1:1: syntax error"));
	done(&p);
}

/* Detection: FreeBSD's dialect when a line starts a FreeBSD-only statement,
 * anywhere in the file (inline anchors included), not a macro named so. */
Test(pf_dialect, detection)
{
	static const struct {
		const char *text, *want;
	} cases[] = {
		{ "pass in all\n", "pf" },
		{ "# c\nset skip on lo\nscrub in all\n", "pf-freebsd" },
		{ "pass in all\nanchor \"a\" {\n  nat on em0 from any to any -> (em0)\n}\n",
		  "pf-freebsd" },
		{ "pass in all\n\tno rdr on em0 from any to any\n", "pf-freebsd" },
		{ "nat = \"em0\"\npass in on $nat\n", "pf" },
		{ "pass in all\naltq = \"x\"\n", "pf" },
		{ "pass in all\naltq on em0 cbq bandwidth 1Mb queue { q }\n", "pf-freebsd" },
		{ "pass in all scrub (no-df)\nmatch in all scrub (random-id)\n", "pf" },
		{ "pass out on em0 nat-to (em0)\n", "pf" },
		{ "rdr-anchor \"x\"\n", "pf-freebsd" },
		{ "-A INPUT -j ACCEPT\n", NULL },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const char *got = pf_detect(cases[i].text, strlen(cases[i].text));
		if (!cases[i].want)
			cr_expect(eq(ptr, (void *)got, NULL), "%s", cases[i].text);
		else
			cr_expect(got && strcmp(got, cases[i].want) == 0, "%s: %s", cases[i].text,
				  got ? got : "(null)");
	}
}

/* What pfctl loads stays loaded: weights in tables, an inline anchor name
 * used again when the first one is empty. */
Test(pf_pfctl_words, accepted)
{
	parsed p = parse("table <pool> { 192.0.2.1 weight 5, 192.0.2.2 weight 10 }\n"
			 "anchor \"a\" {\n}\n"
			 "anchor \"a\" {\n pass in all\n}\n"
			 "pass in all probability 0.5\n"
			 "pass in all probability 50%\n"
			 "pass out on em0 from 10/8 to any nat-to 192.0.2.1 port 50001:65535 static-port\n");
	char buf[600];
	cr_expect(eq(sz, nerrors(&p), 0), "%s", first_error(&p, buf, sizeof buf));
	done(&p);
}

/* A rule over several lines is one line of text in reports and traces. */
Test(pf_pfctl_words, rule_text_one_line)
{
	parsed p = parse("pass in proto tcp \\\n\tfrom any to any port 22\n"
			 "block in from {\n\t192.0.2.1\n\t, 192.0.2.3 } to any\n");
	bool one = false, two = false;
	for (size_t t = 0; t < p.rs->n; t++)
		for (size_t c = 0; c < p.rs->table[t]->n; c++)
			for (size_t r = 0; r < p.rs->table[t]->chain[c]->n; r++) {
				const char *x = p.rs->table[t]->chain[c]->rule[r]->text;
				one |= strcmp(x, "pass in proto tcp from any to any port 22") == 0;
				two |= strcmp(x, "block in from { 192.0.2.1 , 192.0.2.3 } to any") == 0;
			}
	cr_expect(one);
	cr_expect(two);
	done(&p);
}

/* The scanner finds keywords by bsearch(): its table must stay sorted
 * ("once" after "on" was missed while it sat after "nat-to"). */
Test(pf_scan, keyword_table_is_sorted)
{
	size_t n = pf_keyword_count();
	cr_assert(n > 100);
	for (size_t i = 1; i < n; i++)
		cr_expect(strcmp(pf_keyword_at(i - 1), pf_keyword_at(i)) < 0, "'%s' before '%s'",
			  pf_keyword_at(i - 1), pf_keyword_at(i));
	parsed p = parse("block in proto tcp to port 22 once\n");
	cr_expect(eq(sz, nerrors(&p), 0), "%s", p.d.n ? p.d.v[0].msg : "");
	done(&p);
}

/* OpenBSD parse.y host_list: an item "any" makes the whole list any;
 * FreeBSD's drops the item. */
Test(pf_parse, any_in_a_list)
{
	parsed p = parse("block in from { 10.9.9.9, any } to { 10.0.0.1 { 10.0.0.2 any } }\n");
	cr_expect(eq(sz, nerrors(&p), 0), "%s", p.d.n ? p.d.v[0].msg : "");
	const ir_chain *in = chain(&p, "in");
	cr_assert(eq(sz, in->n, 1));
	cr_expect(eq(ptr, (void *)ir_rule_find_cond(in->rule[0], IR_SRC), NULL));
	cr_expect(eq(ptr, (void *)ir_rule_find_cond(in->rule[0], IR_DST), NULL));
	done(&p);
}

/* pf.conf(5) tag/tagged: "tagged T" is the set of packets the earlier
 * matching rules left tagged T (a later tag replaces an earlier one). */
Test(pf_lower, tagged_is_the_packets_earlier_rules_tagged)
{
	parsed p = parse("pass in proto tcp from 10.0.0.0/8 to any port 80 tag A\n"
			 "pass in proto tcp from 10.1.0.0/16 to any port 80 tag B\n"
			 "block in quick tagged A\n");
	cr_expect(eq(sz, nerrors(&p), 0), "%s", p.d.n ? p.d.v[0].msg : "");
	const ir_chain *in = chain(&p, "in");
	cr_assert(eq(sz, in->n, 3));
	const ir_rule *q = in->rule[0];
	cr_expect(q->has_tagged);
	cr_expect(eq(sz, q->nunres, 0));
	cr_assert(eq(sz, q->ntagsteps, 2));
	cr_expect(q->tagsteps[0].sets && !q->tagsteps[1].sets);
	done(&p);
}

/* "load anchor NAME from FILE" is read like an include; the anchor rule
 * named NAME gets its rules. */
Test(pf_parse, load_anchor_is_read)
{
	parsed p = parse_file(DATA "load.conf");
	cr_expect(eq(sz, nerrors(&p), 0), "%s", p.d.n ? p.d.v[0].msg : "");
	const ir_chain *in = chain(&p, "in");
	cr_assert(eq(sz, in->n, 2));
	cr_expect(eq(int, in->rule[1]->loc.line, 2));
	cr_expect(eq(sz, in->rule[1]->nunres, 0));
	done(&p);
}

/* FreeBSD's parse.y host_list (-I pf-freebsd) drops an "any" item. */
Test(pf_parse, freebsd_drops_any_from_a_list)
{
	const char *text = "block in from { 10.9.9.9, any } to { any }\n";
	pf_opts o = { .freebsd = true };
	parsed p;
	diag_list_init(&p.d);
	p.rs = pf_parse_opts("t.conf", text, strlen(text), &o, &p.d);
	cr_expect(eq(sz, nerrors(&p), 0), "%s", p.d.n ? p.d.v[0].msg : "");
	const ir_chain *in = chain(&p, "in");
	cr_assert(eq(sz, in->n, 1));
	cr_expect(not(eq(ptr, (void *)ir_rule_find_cond(in->rule[0], IR_SRC), NULL)));
	cr_expect(eq(ptr, (void *)ir_rule_find_cond(in->rule[0], IR_DST), NULL));
	done(&p);
}

/* Rules that both tag and test the tag nest their sets: bounded, then the
 * tagged rule is unresolved rather than slow. */
Test(pf_lower, tag_steps_are_bounded)
{
	char text[8192];
	size_t n = 0;
	for (int i = 0; i < 40; i++)
		n += (size_t)snprintf(text + n, sizeof text - n,
				      "pass in proto tcp from 10.%d.0.0/16 to any port 80 tag A tagged A\n", i);
	snprintf(text + n, sizeof text - n, "block in quick tagged A\n");
	parsed p = parse(text);
	cr_expect(eq(sz, nerrors(&p), 0), "%s", p.d.n ? p.d.v[0].msg : "");
	const ir_chain *in = chain(&p, "in");
	cr_assert(eq(sz, in->n, 41));
	cr_expect(in->rule[0]->nunres >= 1);
	done(&p);
}
