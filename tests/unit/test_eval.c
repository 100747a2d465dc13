/* Unit tests for the evaluator: iptables semantics on small dumps. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval.h"
#include "iptables.h"

typedef struct fixture {
	ir_ruleset *rs;
	iftab tab;
	evaluator *ev;
	diag_list d;
} fixture;

static void load(fixture *f, const char *text)
{
	memset(f, 0, sizeof *f);
	diag_list_init(&f->d);
	f->rs = ipt_parse("t.rules", text, strlen(text), 0, &f->d);
	cr_assert(eq(sz, f->d.nerror, 0), "parse errors: %s", f->d.n ? f->d.v[0].msg : "");
	iftab_init(&f->tab);
	ir_collect_ifnames(f->rs, &f->tab);
	iftab_add(&f->tab, "eth0");
	iftab_add(&f->tab, "eth1");
	iftab_freeze(&f->tab);
	f->ev = eval_new(f->rs, &f->tab);
}

static void unload(fixture *f)
{
	eval_free(f->ev);
	ir_ruleset_free(f->rs);
	iftab_free(&f->tab);
	diag_list_free(&f->d);
}

static uint32_t v4(const char *s)
{
	unsigned a, b, c, d;
	cr_assert(eq(int, sscanf(s, "%u.%u.%u.%u", &a, &b, &c, &d), 4));
	return a << 24 | b << 16 | c << 8 | d;
}

static pset one_packet(fixture *f, int proto, const char *src, int sport, const char *dst,
		       int dport, const char *in, const char *out, int state)
{
	pbox b = pbox_full();
	b.proto_lo = b.proto_hi = (uint8_t)proto;
	b.src_lo = b.src_hi = addr_v4(v4(src));
	b.dst_lo = b.dst_hi = addr_v4(v4(dst));
	b.sport_lo = b.sport_hi = (uint16_t)sport;
	b.dport_lo = b.dport_hi = (uint16_t)dport;
	b.iif_lo = b.iif_hi = in ? iftab_id(&f->tab, in) : 0;
	b.oif_lo = b.oif_hi = out ? iftab_id(&f->tab, out) : 0;
	b.state = (uint8_t)state;
	if (proto == PROTO_TCP)
		b.flags = (uint64_t)1 << (state == CT_NEW ? TCPF_SYN : TCPF_ACK);
	return pset_from_box(&b);
}

/* The single verdict of a packet, and the line that decided it. */
static enum ir_action verdict(fixture *f, const pset *p, int *line)
{
	outcome_list out = { 0 };
	eval_run(f->ev, EVAL_FORWARD, p, &out);
	cr_assert(eq(sz, out.n, 1), "one packet, %zu outcomes", out.n);
	enum ir_action v = out.v[0].verdict;
	*line = out.v[0].rule ? out.v[0].rule->loc.line
	      : out.v[0].chain ? out.v[0].chain->policy_loc.line : 0;
	outcome_list_free(&out);
	return v;
}

#define EXPECT(f, want, wline, ...)                                          \
	do {                                                                 \
		pset p_ = one_packet(f, __VA_ARGS__);                        \
		int line_;                                                   \
		cr_expect(eq(int, verdict(f, &p_, &line_), want));           \
		cr_expect(eq(int, line_, wline));                            \
		pset_free(&p_);                                              \
	} while (0)

Test(eval, first_match_and_policy)
{
	fixture f;
	load(&f, "*filter\n"
		 ":INPUT ACCEPT [0:0]\n"
		 ":FORWARD DROP [0:0]\n"
		 ":OUTPUT ACCEPT [0:0]\n"
		 "-A FORWARD -p tcp -m tcp --dport 80 -j ACCEPT\n"
		 "-A FORWARD -p tcp -m tcp --dport 80 -j DROP\n"
		 "COMMIT\n");
	EXPECT(&f, IR_ACCEPT, 5, PROTO_TCP, "1.1.1.1", 40000, "2.2.2.2", 80, NULL, NULL, CT_NEW);
	EXPECT(&f, IR_DROP, 3, PROTO_TCP, "1.1.1.1", 40000, "2.2.2.2", 81, NULL, NULL, CT_NEW);
	EXPECT(&f, IR_DROP, 3, PROTO_UDP, "1.1.1.1", 40000, "2.2.2.2", 80, NULL, NULL, CT_NEW);
	unload(&f);
}

Test(eval, jump_return_goto)
{
	fixture f;
	load(&f, "*filter\n"
		 ":FORWARD DROP [0:0]\n"
		 ":A - [0:0]\n"
		 ":B - [0:0]\n"
		 "-A FORWARD -j A\n"                          /* 5 */
		 "-A FORWARD -p tcp --dport 25 -j ACCEPT\n"   /* 6 */
		 "-A A -p tcp --dport 22 -j RETURN\n"         /* 7 */
		 "-A A -p tcp --dport 25 -g B\n"              /* 8 */
		 "-A A -p tcp -j ACCEPT\n"                    /* 9 */
		 "-A B -s 10.0.0.0/8 -j RETURN\n"             /* 10 */
		 "-A B -j REJECT\n"                           /* 11 */
		 "COMMIT\n");
	/* 22 returns from A and meets the policy */
	EXPECT(&f, IR_DROP, 2, PROTO_TCP, "1.1.1.1", 40000, "2.2.2.2", 22, NULL, NULL, CT_NEW);
	/* 25 from 10/8: -g B, B returns to FORWARD (A's caller), line 6 accepts */
	EXPECT(&f, IR_ACCEPT, 6, PROTO_TCP, "10.1.1.1", 40000, "2.2.2.2", 25, NULL, NULL, CT_NEW);
	/* 25 from elsewhere: REJECT in B */
	EXPECT(&f, IR_REJECT, 11, PROTO_TCP, "1.1.1.1", 40000, "2.2.2.2", 25, NULL, NULL, CT_NEW);
	EXPECT(&f, IR_ACCEPT, 9, PROTO_TCP, "1.1.1.1", 40000, "2.2.2.2", 443, NULL, NULL, CT_NEW);
	EXPECT(&f, IR_DROP, 2, PROTO_UDP, "1.1.1.1", 40000, "2.2.2.2", 443, NULL, NULL, CT_NEW);
	unload(&f);
}

Test(eval, negation_interfaces_state_and_log)
{
	fixture f;
	load(&f, "*filter\n"
		 ":FORWARD DROP [0:0]\n"
		 "-A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\n" /* 3 */
		 "-A FORWARD -j LOG --log-prefix \"x \"\n"                          /* 4 */
		 "-A FORWARD ! -s 10.0.0.0/8 -i eth0 -o eth1 -j ACCEPT\n"           /* 5 */
		 "-A FORWARD -i eth+ -p tcp -m multiport --dports 25,110:112 -j ACCEPT\n" /* 6 */
		 "COMMIT\n");
	EXPECT(&f, IR_ACCEPT, 3, PROTO_TCP, "10.1.1.1", 80, "2.2.2.2", 40000, "eth1", "eth0", CT_ESTABLISHED);
	EXPECT(&f, IR_ACCEPT, 5, PROTO_TCP, "11.1.1.1", 40000, "2.2.2.2", 80, "eth0", "eth1", CT_NEW);
	EXPECT(&f, IR_DROP, 2, PROTO_TCP, "10.1.1.1", 40000, "2.2.2.2", 80, "eth0", "eth1", CT_NEW);
	EXPECT(&f, IR_DROP, 2, PROTO_TCP, "11.1.1.1", 40000, "2.2.2.2", 80, "eth1", "eth0", CT_NEW);
	EXPECT(&f, IR_ACCEPT, 6, PROTO_TCP, "10.1.1.1", 40000, "2.2.2.2", 111, "eth1", "eth0", CT_NEW);
	EXPECT(&f, IR_DROP, 2, PROTO_TCP, "10.1.1.1", 40000, "2.2.2.2", 113, "eth1", "eth0", CT_NEW);
	unload(&f);
}

/* Without unresolved rules the outcomes partition the input exactly. */
Test(eval, outcomes_partition_the_input)
{
	fixture f;
	load(&f, "*filter\n"
		 ":FORWARD ACCEPT [0:0]\n"
		 ":C - [0:0]\n"
		 "-A FORWARD -s 10.0.0.0/8 -j C\n"
		 "-A FORWARD -p udp -j DROP\n"
		 "-A C -p tcp -m tcp --dport 1:1023 -j DROP\n"
		 "-A C -d 192.168.0.0/16 -j RETURN\n"
		 "-A C -j ACCEPT\n"
		 "COMMIT\n");
	pset in = eval_family_universe(4);
	outcome_list out = { 0 };
	eval_run(f.ev, EVAL_FORWARD, &in, &out);
	pset all = pset_empty();
	for (size_t i = 0; i < out.n; i++) {
		cr_expect(not(out.v[i].maybe));
		for (size_t j = 0; j < i; j++)
			cr_expect(not(pset_intersects(&out.v[i].set, &out.v[j].set)));
		pset u = pset_union(&all, &out.v[i].set);
		pset_free(&all);
		all = u;
	}
	cr_expect(pset_equal(&all, &in));
	pset_free(&all);
	pset_free(&in);
	outcome_list_free(&out);
	unload(&f);
}

Test(eval, unresolved_rule_gives_both_outcomes)
{
	fixture f;
	load(&f, "*filter\n"
		 ":FORWARD DROP [0:0]\n"
		 "-A FORWARD -p tcp -m set --match-set admins src -j ACCEPT\n"
		 "COMMIT\n");
	pset p = one_packet(&f, PROTO_TCP, "1.1.1.1", 40000, "2.2.2.2", 22, NULL, NULL, CT_NEW);
	outcome_list out = { 0 };
	eval_run(f.ev, EVAL_FORWARD, &p, &out);
	cr_assert(eq(sz, out.n, 2));
	cr_expect(eq(int, out.v[0].verdict, IR_ACCEPT));
	cr_expect(out.v[0].maybe);
	cr_expect(eq(int, out.v[1].verdict, IR_DROP));
	/* The policy decides only if the unresolved rule did not match. */
	cr_expect(out.v[1].maybe);
	outcome_list_free(&out);
	pset_free(&p);
	unload(&f);
}

Test(eval, other_family_is_not_filtered)
{
	fixture f;
	load(&f, "# Generated by ip6tables-save v1.8.9\n*filter\n:FORWARD DROP [0:0]\nCOMMIT\n");
	pset p = one_packet(&f, PROTO_TCP, "1.1.1.1", 40000, "2.2.2.2", 22, NULL, NULL, CT_NEW);
	int line;
	cr_expect(eq(int, verdict(&f, &p, &line), IR_ACCEPT));
	cr_expect(eq(int, line, 0));
	pset_free(&p);
	unload(&f);
}

Test(eval, candidates_skip_rules_that_cannot_match)
{
	/* Long enough (> 32 rules) for the index to be used. */
	char text[8192];
	size_t len = (size_t)snprintf(text, sizeof text, "*filter\n:FORWARD DROP [0:0]\n");
	for (int i = 0; i < 40; i++)
		len += (size_t)snprintf(text + len, sizeof text - len,
					"-A FORWARD -d 10.0.1.%d/32 -j ACCEPT\n", i);
	len += (size_t)snprintf(text + len, sizeof text - len,
				"-A FORWARD -p tcp --dport 80 -j ACCEPT\n"      /* rule 40 */
				"-A FORWARD -d 10.0.1.3/32 -p tcp --dport 81 -j ACCEPT\n"
				"-A FORWARD -d 10.0.0.0/16 -p udp -j ACCEPT\n"   /* rule 42 */
				"COMMIT\n");
	fixture f;
	load(&f, text);
	const ir_chain *c = eval_hook_chain(f.ev, EVAL_FORWARD);
	pset p = one_packet(&f, PROTO_TCP, "1.1.1.1", 40000, "10.0.1.2", 80, NULL, NULL, CT_NEW);
	size_t *cand;
	size_t n = eval_candidates(f.ev, c, &p, SIZE_MAX, &cand);
	cr_assert(eq(sz, n, 2));
	cr_expect(eq(sz, cand[0], 2));
	cr_expect(eq(sz, cand[1], 40));
	free(cand);
	/* below: only rules before position 40 */
	n = eval_candidates(f.ev, c, &p, 40, &cand);
	cr_assert(eq(sz, n, 1));
	cr_expect(eq(sz, cand[0], 2));
	free(cand);
	pset_free(&p);
	unload(&f);
}

Test(eval, reach_stops_before_a_rule)
{
	fixture f;
	load(&f, "*filter\n"
		 ":FORWARD DROP [0:0]\n"
		 ":C - [0:0]\n"
		 "-A FORWARD -p tcp --dport 22 -j DROP\n"      /* 0 */
		 "-A FORWARD -j C\n"                           /* 1 */
		 "-A FORWARD -p tcp -j ACCEPT\n"               /* 2 */
		 "-A C -p tcp --dport 80 -j ACCEPT\n"
		 "-A C -p tcp --dport 81 -j RETURN\n"
		 "COMMIT\n");
	const ir_chain *c = eval_hook_chain(f.ev, EVAL_FORWARD);
	pbox b = pbox_full();
	b.proto_lo = b.proto_hi = PROTO_TCP;
	b.dport_lo = 20;
	b.dport_hi = 90;
	pset in = pset_from_box(&b);
	/* What reaches rule 2: TCP 20-90 less 22 (dropped) less 80 (accepted
	 * in C); 81 returns from C and reaches it. */
	pset reach = eval_reach(f.ev, c, 2, &in);
	pbox w = b;
	pset want = pset_from_box(&w);
	for (int port = 22; port <= 80; port += 58) {
		pbox x = b;
		x.dport_lo = x.dport_hi = (uint16_t)port;
		pset t = pset_subtract_box(&want, &x);
		pset_free(&want);
		want = t;
	}
	cr_expect(pset_equal(&reach, &want));
	pset_free(&want);
	pset_free(&reach);
	pset_free(&in);
	unload(&f);
}

/* ------------------------------------------------------------------ */
/* Stages: a pf-shaped IR (pf.h) built by hand, so that the evaluator's
 * "in then out" composition is tested apart from the pf front end. */

static ir_rule *stage_rule(ir_chain *c, int line, enum ir_action a, const char *iface,
			   bool in, int dport, bool keep)
{
	srcloc loc = { "t.conf", line, 1, line, 1 };
	ir_rule *r = ir_rule_new(loc, "rule", 4);
	if (iface)
		ir_cond_ifname(ir_rule_cond(r, in ? IR_IIF : IR_OIF, false, loc), iface);
	if (dport >= 0) {
		ir_cond_range(ir_rule_cond(r, IR_PROTO, false, loc), PROTO_TCP, PROTO_TCP);
		ir_cond_range(ir_rule_cond(r, IR_DPORT, false, loc), (u128)dport, (u128)dport);
	}
	ir_rule_action(r, a, a == IR_ACCEPT ? "pass" : "block", loc);
	r->keep_state = keep;
	ir_chain_append(c, r);
	return r;
}

static void load_stages(fixture *f, bool out_keeps)
{
	memset(f, 0, sizeof *f);
	diag_list_init(&f->d);
	f->rs = ir_ruleset_new("t.conf", IR_FMT_PF, 0);
	ir_table *t = ir_table_get(f->rs, "filter", SRCLOC_NONE);
	ir_chain *in = ir_chain_new(t, "in", true, SRCLOC_NONE);
	ir_chain *out = ir_chain_new(t, "out", true, SRCLOC_NONE);
	ir_chain_policy(in, IR_ACCEPT, SRCLOC_NONE);
	ir_chain_policy(out, IR_ACCEPT, SRCLOC_NONE);
	/* Lowered order: "pass in on eth0 port 25" (line 2) after
	 * "block all" (line 1), reversed; out: "pass out on eth1" (line 3). */
	stage_rule(in, 2, IR_ACCEPT, "eth0", true, 25, true);
	stage_rule(in, 1, IR_DROP, NULL, true, -1, false);
	stage_rule(out, 3, IR_ACCEPT, "eth1", false, -1, out_keeps);
	stage_rule(out, 1, IR_DROP, NULL, false, -1, false);
	ir_ruleset_finish(f->rs);
	iftab_init(&f->tab);
	ir_collect_ifnames(f->rs, &f->tab);
	iftab_add(&f->tab, "eth2");
	iftab_freeze(&f->tab);
	f->ev = eval_new(f->rs, &f->tab);
}

Test(eval_stages, both_stages_must_pass)
{
	fixture f;
	load_stages(&f, true);
	/* in on eth0, out on eth1: line 2 then line 3; the accept names
	 * the first stage's rule. */
	EXPECT(&f, IR_ACCEPT, 2, PROTO_TCP, "10.0.0.1", 40000, "10.9.0.1", 25, "eth0", "eth1", CT_NEW);
	/* out on eth2: the out stage's block (line 1) decides. */
	EXPECT(&f, IR_DROP, 1, PROTO_TCP, "10.0.0.1", 40000, "10.9.0.1", 25, "eth0", "eth2", CT_NEW);
	/* the wrong port: the in stage's block. */
	EXPECT(&f, IR_DROP, 1, PROTO_TCP, "10.0.0.1", 40000, "10.9.0.1", 26, "eth0", "eth1", CT_NEW);
	unload(&f);
}

Test(eval_stages, kept_state_per_stage)
{
	for (int keeps = 0; keeps < 2; keeps++) {
		fixture f;
		load_stages(&f, keeps);
		pset p = one_packet(&f, PROTO_TCP, "10.0.0.1", 40000, "10.9.0.1", 25, "eth0", "eth1", CT_NEW);
		outcome_list out = { 0 };
		eval_run(f.ev, EVAL_FORWARD, &p, &out);
		cr_assert(eq(sz, out.n, 1));
		cr_expect(eq(u32, out.v[0].kept, keeps ? 3u : 1u));
		outcome_list_free(&out);
		pset_free(&p);

		/* The reply comes in on eth1 and goes out on eth0: both
		 * stages' rules block it, unless the mirror stage kept
		 * state (in <-> out). */
		pset r = one_packet(&f, PROTO_TCP, "10.9.0.1", 25, "10.0.0.1", 40000, "eth1", "eth0",
				    CT_ESTABLISHED);
		eval_run_states(f.ev, EVAL_FORWARD, &r, 2u /* out stage by state */, &out);
		cr_assert(eq(sz, out.n, 1));
		cr_expect(eq(int, out.v[0].verdict, IR_DROP), "the in stage blocks on eth1");
		outcome_list_free(&out);
		eval_run_states(f.ev, EVAL_FORWARD, &r, 3u, &out);
		cr_assert(eq(sz, out.n, 1));
		cr_expect(eq(int, out.v[0].verdict, IR_ACCEPT));
		outcome_list_free(&out);
		pset_free(&r);
		unload(&f);
	}
}

Test(eval_stages, host_sees_one_stage)
{
	fixture f;
	load_stages(&f, true);
	const ir_chain *st[EVAL_MAX_STAGES];
	cr_assert(eq(sz, eval_hook_stages(f.ev, EVAL_INPUT, st), 1));
	cr_expect(eq(str, (char *)st[0]->name, "in"));
	cr_assert(eq(sz, eval_hook_stages(f.ev, EVAL_OUTPUT, st), 1));
	cr_expect(eq(str, (char *)st[0]->name, "out"));
	cr_assert(eq(sz, eval_hook_stages(f.ev, EVAL_FORWARD, st), 2));
	unload(&f);
}

/* A growing buffer for generated dumps. */
__attribute__((format(printf, 3, 4)))
static char *dump_append(char *s, size_t *len, const char *fmt, ...)
{
	char line[128];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	s = realloc(s, *len + (size_t)n + 1);
	cr_assert(s != NULL);
	memcpy(s + *len, line, (size_t)n + 1);
	*len += (size_t)n;
	return s;
}

/* 1,000 user chains, each jumping to the next: the kernel takes it (no
 * loop) and so must the evaluator, exactly, at depth 1,000. */
Test(eval, thousand_deep_jumps_are_exact)
{
	enum { N = 1000 };
	size_t len = 0;
	char *s = dump_append(NULL, &len, "*filter\n:FORWARD DROP [0:0]\n");
	for (int i = 0; i < N; i++)
		s = dump_append(s, &len, ":c%d - [0:0]\n", i);
	s = dump_append(s, &len, "-A FORWARD -p tcp -j c0\n");
	for (int i = 0; i + 1 < N; i++) {
		s = dump_append(s, &len, "-A c%d -p tcp --dport %d -j DROP\n", i, 1000 + i);
		s = dump_append(s, &len, "-A c%d -j c%d\n", i, i + 1);
	}
	s = dump_append(s, &len, "-A c%d -p tcp --dport 135 -j ACCEPT\nCOMMIT\n", N - 1);
	fixture f;
	load(&f, s);
	/* 135 goes down all 1,000 chains; 1500 is dropped in c500 (line
	 * 1003 + 2 * 500 + 1 of the dump: header 2 lines, 1,000 chains, the
	 * FORWARD jump). */
	EXPECT(&f, IR_ACCEPT, 3 + N + 1 + 2 * (N - 1), PROTO_TCP, "1.1.1.1", 40000, "2.2.2.2", 135,
	       NULL, NULL, CT_NEW);
	EXPECT(&f, IR_DROP, 3 + N + 1 + 2 * 500, PROTO_TCP, "1.1.1.1", 40000, "2.2.2.2", 1500,
	       NULL, NULL, CT_NEW);
	EXPECT(&f, IR_DROP, 2, PROTO_UDP, "1.1.1.1", 40000, "2.2.2.2", 135, NULL, NULL, CT_NEW);

	/* The whole address space: still exact, not cut short. */
	pset all = eval_family_universe(4);
	outcome_list out = { 0 };
	eval_run(f.ev, EVAL_FORWARD, &all, &out);
	bool exact = !out.too_deep && !out.too_complex && !out.overflow;
	cr_expect(exact);
	cr_expect(eq(sz, out.entries, (size_t)N + 1)); /* FORWARD and c0..c999 */
	outcome_list_free(&out);
	pset_free(&all);
	unload(&f);
	free(s);
}

/* Chains that each jump twice to the next: 2^n chain entries for a set of
 * packets (and for one packet, in the kernel too).  The evaluator stops at
 * its budget, says so, and does not pretend to a verdict. */
Test(eval, doubling_jumps_are_bounded)
{
	enum { N = 60 };
	size_t len = 0;
	char *s = dump_append(NULL, &len, "*filter\n:FORWARD DROP [0:0]\n");
	for (int i = 0; i < N; i++)
		s = dump_append(s, &len, ":c%d - [0:0]\n", i);
	s = dump_append(s, &len, "-A FORWARD -j c0\n");
	for (int i = 0; i + 1 < N; i++) {
		s = dump_append(s, &len, "-A c%d -p tcp -j c%d\n", i, i + 1);
		s = dump_append(s, &len, "-A c%d -p tcp -j c%d\n", i, i + 1);
	}
	s = dump_append(s, &len, "-A FORWARD -p tcp -j ACCEPT\nCOMMIT\n");
	fixture f;
	load(&f, s);
	cr_expect(eq(sz, eval_max_entries(f.ev), EVAL_ENTRIES_BASE + EVAL_ENTRIES_PER_JUMP * (2 * (N - 1) + 1)));
	pset p = one_packet(&f, PROTO_TCP, "1.1.1.1", 40000, "2.2.2.2", 80, NULL, NULL, CT_NEW);
	outcome_list out = { 0 };
	eval_run(f.ev, EVAL_FORWARD, &p, &out);
	cr_expect(out.too_complex);
	cr_expect(out.entries <= eval_max_entries(f.ev) + 2 * N);
	bool cut = false;
	for (size_t i = 0; i < out.n; i++)
		cut |= outcome_cut_short(&out.v[i]);
	cr_expect(cut, "the cut-short packets are an UNKNOWN outcome without a rule");
	outcome_list_free(&out);

	/* The next evaluation does not follow jumps again. */
	outcome_list again = { 0 };
	eval_run(f.ev, EVAL_FORWARD, &p, &again);
	cr_expect(again.too_complex);
	cr_expect(eq(sz, again.entries, 2));
	outcome_list_free(&again);
	pset_free(&p);
	unload(&f);
	free(s);
}

/* MARK then -m mark in a complete dump: a packet from the wire comes
 * with mark 0 (eval_int.h, wire_mark_zero). */
Test(eval_mark, complete_dump_marks_start_at_zero)
{
	fixture f;
	load(&f, "*filter\n"
		 ":FORWARD DROP [0:0]\n"
		 "-A FORWARD -p tcp --dport 22 -j MARK --set-mark 0x1\n"
		 "-A FORWARD -p tcp --dport 23 -j MARK --set-xmark 0x12/0xffffffff\n"
		 "-A FORWARD -j MARK --or-mark 0x100\n"
		 "-A FORWARD -m mark --mark 0x101 -j ACCEPT\n"
		 "-A FORWARD -m mark --mark 0x100 -j REJECT\n"
		 "COMMIT\n");
	EXPECT(&f, IR_ACCEPT, 6, PROTO_TCP, "1.1.1.1", 40000, "2.2.2.2", 22, NULL, NULL, CT_NEW);
	/* 0x12 | 0x100 */
	EXPECT(&f, IR_DROP, 2, PROTO_TCP, "1.1.1.1", 40000, "2.2.2.2", 23, NULL, NULL, CT_NEW);
	/* 0 | 0x100 */
	EXPECT(&f, IR_REJECT, 7, PROTO_TCP, "1.1.1.1", 40000, "2.2.2.2", 24, NULL, NULL, CT_NEW);
	unload(&f);
}

/* MARK then -m mark in a fragment (the rest of the rules are not in the
 * file): decided where the file set the mark, "maybe" where it did not;
 * outcomes give the mark field back whole. */
Test(eval_mark, set_then_match)
{
	fixture f;
	load(&f, "*filter\n"
		 "-A FORWARD -p tcp --dport 22 -j MARK --set-mark 0x1\n"
		 "-A FORWARD -p tcp --dport 23 -j MARK --set-xmark 0x12/0xffffffff\n"
		 "-A FORWARD -j MARK --or-mark 0x100\n"
		 "-A FORWARD -m mark --mark 0x101 -j ACCEPT\n"
		 "-A FORWARD -m mark --mark 0x2/0xf -j REJECT\n"
		 "COMMIT\n");
	EXPECT(&f, IR_ACCEPT, 5, PROTO_TCP, "1.1.1.1", 40000, "2.2.2.2", 22, NULL, NULL, CT_NEW);
	EXPECT(&f, IR_REJECT, 6, PROTO_TCP, "1.1.1.1", 40000, "2.2.2.2", 23, NULL, NULL, CT_NEW);
	/* port 24: the mark stays unknown, both rules may match */
	pset p = one_packet(&f, PROTO_TCP, "1.1.1.1", 40000, "2.2.2.2", 24, NULL, NULL, CT_NEW);
	outcome_list out = { 0 };
	eval_run(f.ev, EVAL_FORWARD, &p, &out);
	cr_assert(eq(sz, out.n, 3));
	for (size_t i = 0; i < out.n; i++) {
		cr_expect(out.v[i].maybe);
		for (size_t k = 0; k < out.v[i].set.n; k++) {
			cr_expect(eq(u64, out.v[i].set.box[k].mark_lo, 0));
			cr_expect(eq(u64, out.v[i].set.box[k].mark_hi, MARK_UNKNOWN));
		}
	}
	outcome_list_free(&out);
	pset_free(&p);
	/* a set of every port: the outcomes are parts of it, and the
	 * marked ports are decided for sure */
	pbox all = pbox_full();
	all.proto_lo = all.proto_hi = PROTO_TCP;
	pset s = pset_from_box(&all);
	eval_run(f.ev, EVAL_FORWARD, &s, &out);
	bool sure_accept = false;
	for (size_t i = 0; i < out.n; i++) {
		cr_expect(pset_subset(&out.v[i].set, &s));
		sure_accept |= out.v[i].verdict == IR_ACCEPT && !out.v[i].maybe;
	}
	cr_expect(sure_accept);
	outcome_list_free(&out);
	pset_free(&s);
	unload(&f);
}

/* Without a MARK in the file, -m mark is unresolved as before. */
Test(eval_mark, no_mark_set_stays_unresolved)
{
	fixture f;
	load(&f, "*filter\n"
		 ":FORWARD DROP [0:0]\n"
		 "-A FORWARD -m mark ! --mark 0x1 -j ACCEPT\n"
		 "COMMIT\n");
	pset p = one_packet(&f, PROTO_TCP, "1.1.1.1", 40000, "2.2.2.2", 22, NULL, NULL, CT_NEW);
	outcome_list out = { 0 };
	eval_run(f.ev, EVAL_FORWARD, &p, &out);
	cr_assert(eq(sz, out.n, 2));
	cr_expect(out.v[0].maybe);
	cr_expect(out.v[1].maybe);
	outcome_list_free(&out);
	pset_free(&p);
	unload(&f);
}

/* --ctdir: NEW is ORIGINAL; an ESTABLISHED packet by its direction;
 * --ctproto: the packet's protocol; an INVALID packet matches neither
 * unless the match has --ctstate. */
Test(eval_conntrack, ctdir_and_ctproto)
{
	fixture f;
	load(&f, "*filter\n"
		 ":FORWARD ACCEPT [0:0]\n"
		 "-A FORWARD -m conntrack --ctdir REPLY -j DROP\n"
		 "-A FORWARD -m conntrack --ctproto udp -j REJECT\n"
		 "-A FORWARD -m conntrack --ctstate INVALID --ctproto udp -j DROP\n"
		 "COMMIT\n");
	EXPECT(&f, IR_ACCEPT, 2, PROTO_TCP, "1.1.1.1", 40000, "2.2.2.2", 22, NULL, NULL, CT_NEW);
	EXPECT(&f, IR_REJECT, 4, PROTO_UDP, "1.1.1.1", 40000, "2.2.2.2", 53, NULL, NULL, CT_NEW);
	EXPECT(&f, IR_DROP, 5, PROTO_TCP, "1.1.1.1", 40000, "2.2.2.2", 22, NULL, NULL, CT_INVALID);
	pset p = one_packet(&f, PROTO_TCP, "1.1.1.1", 40000, "2.2.2.2", 22, NULL, NULL,
			    CT_ESTABLISHED);
	p.box[0].dir = CTDIR_REPLY;
	int line;
	cr_expect(eq(int, verdict(&f, &p, &line), IR_DROP));
	cr_expect(eq(int, line, 3));
	p.box[0].dir = CTDIR_ORIGINAL;
	cr_expect(eq(int, verdict(&f, &p, &line), IR_ACCEPT));
	pset_free(&p);
	unload(&f);
}

/* --ctorigdst and --ctorigdstport are two options, not one given twice. */
Test(eval_conntrack, ctorig_options_are_distinct)
{
	diag_list d;
	diag_list_init(&d);
	const char *t = "*filter\n:FORWARD DROP [0:0]\n"
			"-A FORWARD -m conntrack --ctorigdst 10.0.0.1 --ctorigdstport 80 -j ACCEPT\n"
			"COMMIT\n";
	ir_ruleset *rs = ipt_parse("t.rules", t, strlen(t), 0, &d);
	cr_expect(eq(sz, d.nerror, 0));
	ir_ruleset_free(rs);
	diag_list_free(&d);
}

/* ------------------------------------------------------------------
 * The whole packet path: raw, mangle, nat (src/core/eval_path.c).
 */

static const char nat_rules[] =
	"*raw\n:PREROUTING ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n"
	"-A PREROUTING -p tcp -m tcp --dport 80 -j NOTRACK\n"
	"-A PREROUTING -p tcp -m tcp --dport 23 -j DROP\n"
	"COMMIT\n"
	"*mangle\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n"
	":OUTPUT ACCEPT [0:0]\n:POSTROUTING ACCEPT [0:0]\n"
	"-A PREROUTING -p tcp -m tcp --dport 25 -j MARK --set-mark 7\n"
	"COMMIT\n"
	"*nat\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n"
	":POSTROUTING ACCEPT [0:0]\n"
	"-A PREROUTING -d 203.0.113.10/32 -p tcp -m tcp --dport 25 -j DNAT --to-destination 192.0.2.10\n"
	"-A PREROUTING -d 203.0.113.10/32 -p tcp -m tcp --dport 80 -j DNAT --to-destination 192.0.2.10\n"
	"-A PREROUTING -d 203.0.113.10/32 -p tcp -m tcp --dport 22 -j REDIRECT --to-ports 2222\n"
	"-A POSTROUTING -o eth0 -j MASQUERADE\n"
	"COMMIT\n"
	"*filter\n:INPUT DROP [0:0]\n:FORWARD DROP [0:0]\n:OUTPUT ACCEPT [0:0]\n"
	"-A INPUT -p tcp -m tcp --dport 2222 -j ACCEPT\n"
	"-A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\n"
	"-A FORWARD -d 192.0.2.10/32 -p tcp -m tcp --dport 25 -m mark --mark 7 -j ACCEPT\n"
	"-A FORWARD -d 203.0.113.10/32 -p tcp -m tcp --dport 80 -m conntrack --ctstate UNTRACKED -j ACCEPT\n"
	"-A FORWARD -i eth1 -o eth0 -j ACCEPT\n"
	"COMMIT\n";

/* The one outcome of a packet through the path. */
static outcome path_one(fixture *f, const pset *p, outcome_list *out)
{
	eval_run(f->ev, EVAL_FORWARD, p, out);
	cr_assert(eq(sz, out->n, 1), "one packet, %zu outcomes", out->n);
	return out->v[0];
}

Test(eval_path, dnat_then_filter_on_the_server_address)
{
	fixture f;
	load(&f, nat_rules);
	pset p = one_packet(&f, PROTO_TCP, "198.51.100.7", 40000, "203.0.113.10", 25, "eth0", "eth1",
			    CT_NEW);
	outcome_list out = { 0 };
	outcome o = path_one(&f, &p, &out);
	cr_expect(eq(int, o.verdict, IR_ACCEPT));
	cr_assert(o.rule != NULL);
	/* the rule that tests the server's own address and the mark set in
	 * mangle */
	cr_expect(eq(int, o.rule->loc.line, 31));
	cr_assert(o.dnat != NULL);
	cr_expect(eq(int, o.dnat->loc.line, 20));
	cr_expect(o.xl.f[XL_DST].kind == XL_SET && o.xl.f[XL_DST].lo == addr_v4(v4("192.0.2.10")));
	cr_expect(not(o.local));
	cr_expect(o.notrack == NULL);
	/* the set is the packet as it came */
	cr_expect(pset_equal(&o.set, &p));
	outcome_list_free(&out);
	pset_free(&p);
	unload(&f);
}

Test(eval_path, notrack_skips_nat)
{
	fixture f;
	load(&f, nat_rules);
	pset p = one_packet(&f, PROTO_TCP, "198.51.100.7", 40000, "203.0.113.10", 80, "eth0", "eth1",
			    CT_NEW);
	outcome_list out = { 0 };
	outcome o = path_one(&f, &p, &out);
	/* untracked: not translated, and accepted by the rule for UNTRACKED
	 * packets to the public address */
	cr_expect(eq(int, o.verdict, IR_ACCEPT));
	cr_expect(eq(int, o.rule->loc.line, 32));
	cr_expect(o.dnat == NULL);
	cr_assert(o.notrack != NULL);
	cr_expect(eq(int, o.notrack->loc.line, 4));
	cr_expect(eq(int, eval_reply_state(&o, PROTO_TCP), CT_INVALID));
	cr_expect(eq(int, eval_reply_state(&o, PROTO_UDP), CT_NEW));
	outcome_list_free(&out);
	pset_free(&p);
	unload(&f);
}

Test(eval_path, raw_drop_drops)
{
	fixture f;
	load(&f, nat_rules);
	pset p = one_packet(&f, PROTO_TCP, "198.51.100.7", 40000, "192.0.2.10", 23, "eth0", "eth1",
			    CT_NEW);
	int line;
	cr_expect(eq(int, verdict(&f, &p, &line), IR_DROP));
	cr_expect(eq(int, line, 5));
	pset_free(&p);
	unload(&f);
}

Test(eval_path, redirect_goes_to_input)
{
	fixture f;
	load(&f, nat_rules);
	pset p = one_packet(&f, PROTO_TCP, "198.51.100.7", 40000, "203.0.113.10", 22, "eth0", "eth1",
			    CT_NEW);
	outcome_list out = { 0 };
	outcome o = path_one(&f, &p, &out);
	cr_expect(eq(int, o.verdict, IR_ACCEPT));
	cr_expect(o.local);
	cr_expect(eq(int, o.rule->loc.line, 29)); /* INPUT --dport 2222 */
	outcome_list_free(&out);
	pset_free(&p);
	unload(&f);
}

Test(eval_path, reply_translated_back)
{
	fixture f;
	load(&f, nat_rules);
	/* the server's answer to the client, as the filter sees it */
	pset open = one_packet(&f, PROTO_TCP, "198.51.100.7", 40000, "203.0.113.10", 25, "eth0",
			       "eth1", CT_NEW);
	outcome_list out = { 0 };
	outcome o = path_one(&f, &open, &out);
	eval_conn c = eval_conn_reply(&o.xl, &open);
	pset r = one_packet(&f, PROTO_TCP, "192.0.2.10", 25, "198.51.100.7", 40000, "eth1", "eth0",
			    CT_ESTABLISHED);
	outcome_list back = { 0 };
	eval_run_path(f.ev, EVAL_FORWARD, &r, 0, &c, &back);
	cr_assert(eq(sz, back.n, 1));
	cr_expect(eq(int, back.v[0].verdict, IR_ACCEPT));
	cr_expect(eq(int, back.v[0].rule->loc.line, 30)); /* ESTABLISHED */
	/* it leaves from the address the client used */
	packet q = { 0 };
	q.proto = PROTO_TCP;
	q.src = addr_v4(v4("192.0.2.10"));
	q.sport = 25;
	xlate_packet(&back.v[0].xl, XL_SRC_FIELDS, &q);
	cr_expect(q.src == addr_v4(v4("203.0.113.10")));
	outcome_list_free(&back);
	outcome_list_free(&out);
	pset_free(&r);
	pset_free(&open);
	unload(&f);
}

Test(eval_path, masquerade_takes_the_egress_address)
{
	fixture f;
	load(&f, nat_rules);
	u128 addr = addr_v4(v4("203.0.113.1"));
	uint16_t ifid = iftab_id(&f.tab, "eth0");
	eval_local l = { &addr, &ifid, 1 };
	eval_set_local(f.ev, &l);
	pset p = one_packet(&f, PROTO_UDP, "192.0.2.10", 40000, "8.8.8.8", 53, "eth1", "eth0", CT_NEW);
	outcome_list out = { 0 };
	outcome o = path_one(&f, &p, &out);
	cr_expect(eq(int, o.verdict, IR_ACCEPT));
	cr_assert(o.snat != NULL);
	cr_expect(o.xl.f[XL_SRC].kind == XL_SET && o.xl.f[XL_SRC].lo == addr);
	outcome_list_free(&out);
	pset_free(&p);
	unload(&f);
}

/* CONNMARK --restore-mark gives the packet its connection's mark, which
 * fwlint does not follow: -m mark after it may or may not match, even in
 * a complete dump where the packet came with mark 0. */
Test(eval_mark, connmark_restore_makes_the_mark_unknown)
{
	fixture f;
	load(&f, "*mangle\n:PREROUTING ACCEPT [0:0]\n"
		 "-A PREROUTING -j CONNMARK --restore-mark --nfmask 0xffffffff --ctmask 0xffffffff\n"
		 "COMMIT\n"
		 "*filter\n:FORWARD DROP [0:0]\n"
		 "-A FORWARD -m mark --mark 0x1 -j ACCEPT\n"
		 "COMMIT\n");
	pset p = one_packet(&f, PROTO_TCP, "1.1.1.1", 40000, "2.2.2.2", 22, NULL, NULL, CT_NEW);
	outcome_list out = { 0 };
	eval_run(f.ev, EVAL_FORWARD, &p, &out);
	cr_assert(eq(sz, out.n, 2));
	cr_expect(out.v[0].maybe);
	cr_expect(out.v[1].maybe);
	outcome_list_free(&out);
	pset_free(&p);
	unload(&f);
}

/* TPROXY hands the packet to a local socket: not modelled, and said so. */
Test(eval_path, tproxy_is_unresolved)
{
	fixture f;
	load(&f, "*mangle\n:PREROUTING ACCEPT [0:0]\n"
		 "-A PREROUTING -p tcp -m tcp --dport 80 -j TPROXY --on-port 3129 --tproxy-mark 0x1/0x1\n"
		 "COMMIT\n");
	const ir_chain *c = ir_chain_find(ir_table_find(f.rs, "mangle"), "PREROUTING");
	cr_assert(eq(sz, c->n, 1));
	cr_assert(eq(sz, c->rule[0]->nunres, 1));
	cr_expect(strstr(c->rule[0]->unres[0].what, "TPROXY") != NULL);
	unload(&f);
}
