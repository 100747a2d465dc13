/* Unit tests for the fix-its' shared helpers (src/core/fixit.c) and the
 * iptables writer (src/frontend/iptables/ipt_fixit.c): each request is
 * built by hand, its lines, place and command checked exactly, then the
 * file's fix is applied to the text, parsed again and evaluated: the
 * packets asked for now pass (or stop), and nothing else changed. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <stdlib.h>
#include <string.h>

#include "fixit.h"
#include "frontend.h"
#include "iptables.h"
#include "xalloc.h"

static u128 v4(unsigned a, unsigned b, unsigned c, unsigned d)
{
	return addr_v4(a << 24 | b << 16 | c << 8 | d);
}

Test(fixit, cidr_blocks)
{
	u128 base[8];
	int len[8];
	cr_expect(eq(sz, fixit_cidrs(v4(10, 0, 0, 0), v4(10, 0, 0, 255), base, len, 8), 1));
	cr_expect(eq(int, len[0], 24));
	/* .1, .2-.3, .4-.5, .6 */
	cr_assert(eq(sz, fixit_cidrs(v4(10, 0, 0, 1), v4(10, 0, 0, 6), base, len, 8), 4));
	cr_expect(eq(int, len[0], 32));
	cr_expect(eq(int, len[1], 31));
	cr_expect(eq(int, len[2], 31));
	cr_expect(eq(int, len[3], 32));
	cr_expect(base[3] == v4(10, 0, 0, 6));
	/* counting only */
	cr_expect(eq(sz, fixit_cidrs(v4(0, 0, 0, 1), v4(255, 255, 255, 254), NULL, NULL, 0), 62));
	cr_expect(eq(sz, fixit_cidrs(0, U128_MAX, base, len, 8), 1));
	cr_expect(eq(int, len[0], 0));
	cr_expect(eq(sz, fixit_cidrs(PSET_V4_LO, PSET_V4_HI, base, len, 8), 1));
	cr_expect(eq(int, len[0], 0));
}

Test(fixit, cidr_list)
{
	ivl v[] = { { v4(10, 1, 0, 0), v4(10, 1, 255, 255) }, { v4(192, 0, 2, 10), v4(192, 0, 2, 11) },
		    { v4(192, 0, 2, 20), v4(192, 0, 2, 20) } };
	ivset s = { v, 3 };
	char *l = fixit_cidr_list(&s, ",", false);
	cr_expect(eq(str, l, "10.1.0.0/16,192.0.2.10/31,192.0.2.20/32"));
	free(l);
	l = fixit_cidr_list(&s, " ", true);
	cr_expect(eq(str, l, "10.1.0.0/16 192.0.2.10/31 192.0.2.20"));
	free(l);
}

Test(fixit, family_part_splits_at_the_ipv4_block)
{
	/* One interval from below the IPv4-mapped block to above it: its
	 * IPv4 part, its IPv6 parts on both sides, or all of it. */
	ivl v[] = { { 5, U128_MAX - 7 }, { v4(192, 0, 2, 0), v4(192, 0, 2, 255) } };
	ivset s = { v, 2 };
	ivset p4 = fixit_family_part(&s, 4);
	cr_assert(eq(sz, p4.n, 2));
	cr_expect(p4.v[0].lo == PSET_V4_LO && p4.v[0].hi == PSET_V4_HI);
	cr_expect(p4.v[1].lo == v4(192, 0, 2, 0) && p4.v[1].hi == v4(192, 0, 2, 255));
	ivset p6 = fixit_family_part(&s, 6);
	cr_assert(eq(sz, p6.n, 2));
	cr_expect(p6.v[0].lo == 5 && p6.v[0].hi == PSET_V4_LO - 1);
	cr_expect(p6.v[1].lo == PSET_V4_HI + 1 && p6.v[1].hi == U128_MAX - 7);
	ivset all = fixit_family_part(&s, 0);
	cr_expect(eq(sz, all.n, 2));
	free(p4.v);
	free(p6.v);
	free(all.v);
}

Test(fixit, list_keeps_one_of_each)
{
	fixit_list a, b;
	fixit_list_init(&a);
	fixit_list_init(&b);
	fixit_add(&a, "f", 3, "x\n", NULL);
	fixit_add(&b, "f", 3, "x\n", "cmd");
	fixit_add(&b, "f", 4, "x\n", NULL);
	fixit_list_move(&a, &b);
	cr_expect(eq(sz, a.n, 2));
	cr_expect(eq(sz, b.n, 0));
	cr_expect(eq(int, a.v[1].line, 4));
	fixit_list_free(&a);
}

static const char dump[] =
	"*filter\n"                                                      /* 1 */
	":INPUT ACCEPT [0:0]\n"                                          /* 2 */
	":FORWARD DROP [0:0]\n"                                          /* 3 */
	":OUTPUT ACCEPT [0:0]\n"                                         /* 4 */
	"-A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\n" /* 5 */
	"-A FORWARD -s 10.1.0.0/16 -d 192.0.2.10/32 -p tcp -m tcp --dport 135 -j ACCEPT\n" /* 6 */
	"-A FORWARD -d 192.0.2.10/32 -j DROP\n"                          /* 7 */
	"COMMIT\n";                                                      /* 8 */

static const char *const ifnames[] = { "eth0", "eth1" };

static void load(fwload *f, const char *text)
{
	fwload_opts o = { .format = "iptables", .ifnames = ifnames, .nifnames = 2 };
	diag_list d;
	diag_list_init(&d);
	cr_assert(fwload_open_buf(f, "t.rules", text, strlen(text), &o, &d));
	cr_assert(eq(sz, d.n, 0));
	diag_list_free(&d);
}

/* text with fx's lines inserted before its line */
static char *apply(const char *text, const fixit *fx)
{
	size_t len = strlen(text), at = len;
	int line = 1;
	for (size_t i = 0; i < len && fx->line > 0; i++) {
		if (line == fx->line) {
			at = i;
			break;
		}
		if (text[i] == '\n')
			line++;
	}
	if (fx->line > 0 && line == fx->line && at == len)
		at = len;
	return xasprintf("%.*s%s%s", (int)at, text, fx->text, text + at);
}

/* What the FORWARD hook accepts of every new IPv4 TCP packet from eth0 to
 * eth1. */
static pset accepted(fwload *f)
{
	pbox u = pbox_full();
	u.src_lo = u.dst_lo = PSET_V4_LO;
	u.src_hi = u.dst_hi = PSET_V4_HI;
	u.proto_lo = u.proto_hi = PROTO_TCP;
	u.state = CT_NEW;
	u.iif_lo = u.iif_hi = iftab_id(&f->tab, "eth0");
	u.oif_lo = u.oif_hi = iftab_id(&f->tab, "eth1");
	pset in = pset_from_box(&u);
	outcome_list out = { 0 };
	eval_run(f->ev, EVAL_FORWARD, &in, &out);
	pset acc = pset_empty();
	for (size_t i = 0; i < out.n; i++)
		if (out.v[i].verdict == IR_ACCEPT)
			pset_add_set(&acc, &out.v[i].set);
	outcome_list_free(&out);
	pset_free(&in);
	return acc;
}

static pbox flow_box(fwload *f, unsigned dlo, unsigned dhi)
{
	pbox b = pbox_full();
	b.proto_lo = b.proto_hi = PROTO_TCP;
	b.src_lo = v4(10, 1, 0, 0);
	b.src_hi = v4(10, 1, 255, 255);
	b.dst_lo = b.dst_hi = v4(192, 0, 2, 10);
	b.sport_lo = 1024;
	b.sport_hi = 65535;
	b.dport_lo = (uint16_t)dlo;
	b.dport_hi = (uint16_t)dhi;
	b.state = CT_NEW;
	b.iif_lo = b.iif_hi = iftab_id(&f->tab, "eth0");
	b.oif_lo = b.oif_hi = iftab_id(&f->tab, "eth1");
	return b;
}

static const ir_rule *rule_on(const fwload *f, int line)
{
	const ir_chain *c = ir_chain_find(ir_table_find(f->rs, "filter"), "FORWARD");
	for (size_t i = 0; i < c->n; i++)
		if (c->rule[i]->loc.line == line)
			return c->rule[i];
	cr_assert(false, "no rule on line %d", line);
	return NULL;
}

/* Ask for box b at the rule of line `line` (0: the policy), check the
 * fix-it's line, text and command, then that the fixed file accepts what
 * it did and b, and nothing else. */
static void check_open(const pbox *b, int line, int at_line, const char *text,
		       const char *command)
{
	fwload f;
	load(&f, dump);
	pset want = pset_from_box(b);
	pset_terms terms;
	cr_assert(pset_terms_of(&want, &terms));
	const ir_chain *c = ir_chain_find(ir_table_find(f.rs, "filter"), "FORWARD");
	fixit_req rq = { .f = &f, .chain = c, .at = line ? rule_on(&f, line) : NULL,
			 .terms = &terms, .iif = "eth0", .oif = "eth1", .state = CT_NEW,
			 .action = IR_ACCEPT, .by_state = f.by_state, .to_port = -1 };
	fixit_list out;
	fixit_list_init(&out);
	const char *why = NULL;
	cr_assert(eq(int, ipt_fixit(&rq, &out, &why), 0));
	cr_assert(eq(sz, out.n, 1));
	cr_expect(eq(int, out.v[0].line, at_line));
	cr_expect(eq(str, out.v[0].text, (char *)text));
	cr_expect(eq(str, out.v[0].command, (char *)command));

	pset before = accepted(&f);
	char *fixed = apply(dump, &out.v[0]);
	fwload g;
	load(&g, fixed);
	pset after = accepted(&g);
	pset grown = pset_subtract(&after, &before);
	pset lost = pset_subtract(&before, &after);
	/* The rule matches any flags of a NEW packet: compare on the box's
	 * fields with flags whole. */
	pbox bw = *b;
	bw.flags = TCPFLAGS_ALL;
	pset wantw = pset_from_box(&bw);
	pset extra = pset_subtract(&grown, &wantw);
	pset missing = pset_subtract(&wantw, &after);
	cr_expect(pset_is_empty(&lost), "the fix took something away");
	cr_expect(pset_is_empty(&extra), "the fix opened more than asked");
	cr_expect(pset_is_empty(&missing), "the fix did not open all that was asked");
	pset_free(&wantw);
	pset_free(&extra);
	pset_free(&missing);
	pset_free(&lost);
	pset_free(&grown);
	pset_free(&after);
	pset_free(&before);
	fwload_close(&g);
	free(fixed);
	fixit_list_free(&out);
	pset_terms_free(&terms);
	pset_free(&want);
	fwload_close(&f);
}

Test(ipt_fixit, before_the_rule_that_drops)
{
	fwload f;
	load(&f, dump);
	pbox b = flow_box(&f, 4000, 4001);
	fwload_close(&f);
	check_open(&b, 7, 7,
		   "-A FORWARD -s 10.1.0.0/16 -d 192.0.2.10/32 -i eth0 -o eth1 -p tcp -m tcp --sport 1024:65535 --dport 4000:4001 -m conntrack --ctstate NEW -j ACCEPT\n",
		   "iptables -I FORWARD 3 -s 10.1.0.0/16 -d 192.0.2.10/32 -i eth0 -o eth1 -p tcp -m tcp --sport 1024:65535 --dport 4000:4001 -m conntrack --ctstate NEW -j ACCEPT");
}

Test(ipt_fixit, at_the_policy)
{
	fwload f;
	load(&f, dump);
	pbox b = flow_box(&f, 25, 25);
	b.dst_lo = b.dst_hi = v4(192, 0, 2, 11);
	fwload_close(&f);
	check_open(&b, 0, 8,
		   "-A FORWARD -s 10.1.0.0/16 -d 192.0.2.11/32 -i eth0 -o eth1 -p tcp -m tcp --sport 1024:65535 --dport 25 -m conntrack --ctstate NEW -j ACCEPT\n",
		   "iptables -A FORWARD -s 10.1.0.0/16 -d 192.0.2.11/32 -i eth0 -o eth1 -p tcp -m tcp --sport 1024:65535 --dport 25 -m conntrack --ctstate NEW -j ACCEPT");
}

Test(ipt_fixit, multiport_and_its_negation)
{
	fwload f;
	load(&f, dump);
	pbox b = flow_box(&f, 0, 65535);
	pset s = pset_from_box(&b);
	pbox hole = b;
	hole.dport_lo = hole.dport_hi = 25;
	pset t = pset_subtract_box(&s, &hole);
	hole.dport_lo = hole.dport_hi = 993;
	pset u = pset_subtract_box(&t, &hole);
	pset_terms terms;
	cr_assert(pset_terms_of(&u, &terms));
	const ir_chain *c = ir_chain_find(ir_table_find(f.rs, "filter"), "FORWARD");
	fixit_req rq = { .f = &f, .chain = c, .at = rule_on(&f, 7), .terms = &terms, .iif = "eth0",
			 .oif = "eth1", .state = CT_NEW, .action = IR_DROP, .by_state = true,
			 .to_port = -1 };
	fixit_list out;
	fixit_list_init(&out);
	const char *why = NULL;
	cr_assert(eq(int, ipt_fixit(&rq, &out, &why), 0));
	cr_expect(eq(str, out.v[0].text,
		     "-A FORWARD -s 10.1.0.0/16 -d 192.0.2.10/32 -i eth0 -o eth1 -p tcp -m tcp --sport 1024:65535 -m multiport ! --dports 25,993 -m conntrack --ctstate NEW -j DROP\n"));
	fixit_list_free(&out);
	pset_terms_free(&terms);
	pset_free(&u);
	pset_free(&t);
	pset_free(&s);
	fwload_close(&f);
}

Test(ipt_fixit, dnat_and_the_rule_bound)
{
	fwload f;
	load(&f, dump);
	pbox b = flow_box(&f, 995, 995);
	pset s = pset_from_box(&b);
	pset_terms terms;
	cr_assert(pset_terms_of(&s, &terms));
	const ir_chain *c = ir_chain_find(ir_table_find(f.rs, "filter"), "FORWARD");
	fixit_req rq = { .f = &f, .chain = c, .at = rule_on(&f, 6), .terms = &terms, .iif = "eth0",
			 .state = CT_NEW, .action = IR_ACCEPT, .dnat = true,
			 .to_addr = v4(192, 0, 2, 20), .to_port = 8995 };
	fixit_list out;
	fixit_list_init(&out);
	const char *why = NULL;
	cr_assert(eq(int, ipt_fixit(&rq, &out, &why), 0));
	cr_expect(eq(str, out.v[0].text,
		     "-A FORWARD -s 10.1.0.0/16 -d 192.0.2.10/32 -i eth0 -p tcp -m tcp --sport 1024:65535 --dport 995 -j DNAT --to-destination 192.0.2.20:8995\n"));
	fixit_list_free(&out);
	pset_terms_free(&terms);
	pset_free(&s);

	/* 17 single addresses, not one block: 17 rules in the kernel. */
	s = pset_empty();
	for (unsigned i = 0; i < 17; i++) {
		pbox one = flow_box(&f, 135, 135);
		one.src_lo = one.src_hi = v4(10, 1, 0, 2 * i + 1);
		pset_add_box(&s, &one);
	}
	cr_assert(pset_terms_of(&s, &terms));
	rq.terms = &terms;
	rq.dnat = false;
	cr_expect(eq(int, ipt_fixit(&rq, &out, &why), -1));
	cr_expect(eq(str, (char *)why, "it takes more than 16 iptables rules"));
	cr_expect(eq(sz, out.n, 0));
	pset_terms_free(&terms);
	pset_free(&s);
	fwload_close(&f);
}

Test(ipt_fixit, kernel_numbers)
{
	/* A line with two sources is two kernel rules, and -I 1 puts one
	 * before them: the DROP is rule 4 ("iptables -I FORWARD 4" puts a
	 * rule before it), not the third of the chain's IR rules. */
	static const char text[] =
		"*filter\n"
		":INPUT ACCEPT [0:0]\n"
		":FORWARD DROP [0:0]\n"
		":OUTPUT ACCEPT [0:0]\n"
		"-A FORWARD -s 10.0.0.1,10.0.0.2 -j ACCEPT\n"
		"-I FORWARD 1 -s 10.0.0.9 -j ACCEPT\n"
		"-A FORWARD -d 192.0.2.10/32 -j DROP\n"
		"COMMIT\n";
	fwload f;
	load(&f, text);
	cr_expect(eq(u32, rule_on(&f, 6)->number, 1));
	cr_expect(eq(u32, rule_on(&f, 5)->number, 2));
	cr_expect(eq(u32, rule_on(&f, 7)->number, 4));
	fwload_close(&f);
}
