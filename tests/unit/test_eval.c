/* Unit tests for the evaluator: iptables semantics on small dumps. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <stdio.h>
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
