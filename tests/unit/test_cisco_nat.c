/* Unit tests for Cisco NAT: ASA nat (src/frontend/cisco/cisco_nat.c) and
 * IOS ip nat (src/frontend/cisco/cisco_ipnat.c) are read, refused where
 * the command reference says the device refuses them, and lowered into
 * the chains of table "nat" so that each access list sees the address the
 * device shows it: ASA access lists the real ones (destination translated
 * in "in", source in "post"), IOS the input list the address as it
 * arrives and the output list the translated one ("out").  What is not
 * modelled is unresolved at its line. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cisco.h"
#include "cisco_fixture.h"
#include "eval.h"
#include "xalloc.h"

static parsed parse(const char *text, enum ir_format f)
{
	return cisco_fx_parse(text, f, NULL, 0);
}

/* The rules of chain name of table "nat" at line (0: any). */
static size_t nat_rules(const parsed *p, const char *name, int line)
{
	const ir_table *t = ir_table_find(p->rs, "nat");
	const ir_chain *c = t ? ir_chain_find(t, name) : NULL;
	size_t n = 0;
	for (size_t i = 0; c && i < c->n; i++)
		n += line == 0 || c->rule[i]->loc.line == line;
	return n;
}

/* Whether a rule of the nat table at line is unresolved with a text
 * containing want. */
static bool unresolved_at(const parsed *p, int line, const char *want)
{
	const ir_table *t = ir_table_find(p->rs, "nat");
	for (size_t c = 0; t && c < t->n; c++)
		for (size_t i = 0; i < t->chain[c]->n; i++) {
			const ir_rule *r = t->chain[c]->rule[i];
			for (size_t k = 0; k < r->nunres; k++)
				if (r->loc.line == line && strstr(r->unres[k].what, want))
					return true;
		}
	return false;
}

typedef struct verdict {
	size_t n;          /* outcomes */
	bool maybe;        /* one of them only possibly */
	enum ir_action v;  /* the last one's */
	int line;          /* the last one's rule line (0: none) */
	int dnat, snat;    /* the last one's translating rules' lines (0: none) */
	packet out;        /* the packet as it leaves (the last one's) */
} verdict;

static u128 v4(const char *s)
{
	unsigned a[4];
	cr_assert(eq(int, sscanf(s, "%u.%u.%u.%u", &a[0], &a[1], &a[2], &a[3]), 4));
	return addr_v4(a[0] << 24 | a[1] << 16 | a[2] << 8 | a[3]);
}

/* A TCP SYN from iif to oif. */
static verdict tcp(parsed *p, const char *src, uint16_t sport, const char *dst, uint16_t dport,
		   const char *iif, const char *oif)
{
	pbox x = pbox_full();
	x.proto_lo = x.proto_hi = PROTO_TCP;
	x.src_lo = x.src_hi = v4(src);
	x.dst_lo = x.dst_hi = v4(dst);
	x.sport_lo = x.sport_hi = sport;
	x.dport_lo = x.dport_hi = dport;
	x.iif_lo = x.iif_hi = iftab_id(&p->tab, iif);
	x.oif_lo = x.oif_hi = iftab_id(&p->tab, oif);
	x.flags = (uint64_t)1 << TCPF_SYN;
	x.state = CT_NEW;
	pset s = pset_from_box(&x);
	outcome_list out = { 0 };
	eval_run(p->ev, EVAL_FORWARD, &s, &out);
	verdict r;
	memset(&r, 0, sizeof r);
	r.n = out.n;
	r.v = IR_UNKNOWN;
	for (size_t i = 0; i < out.n; i++) {
		const outcome *o = &out.v[i];
		r.maybe |= o->maybe;
		r.v = o->verdict;
		r.line = o->rule ? o->rule->loc.line : 0;
		r.dnat = o->dnat ? o->dnat->loc.line : 0;
		r.snat = o->snat ? o->snat->loc.line : 0;
		memset(&r.out, 0, sizeof r.out);
		r.out.proto = PROTO_TCP;
		r.out.src = x.src_lo;
		r.out.dst = x.dst_lo;
		r.out.sport = sport;
		r.out.dport = dport;
		xlate_packet(&o->xl, XL_ALL_FIELDS, &r.out);
	}
	outcome_list_free(&out);
	pset_free(&s);
	return r;
}

#define IFS                                   \
	"interface GigabitEthernet0/0\n"      \
	" nameif outside\n"                   \
	" security-level 0\n"                 \
	"interface GigabitEthernet0/1\n"      \
	" nameif inside\n"                    \
	" security-level 100\n"               /* lines 1-6 */

/* ------------------------------------------------------------------ ASA */

Test(cisco_nat, object_static_translates_the_mapped_destination_before_the_acl)
{
	parsed p = parse(IFS
			 "object network WEB\n"                               /* 7 */
			 " host 10.1.1.10\n"
			 "object network WEB\n"
			 " nat (inside,outside) static 203.0.113.10\n"        /* 10 */
			 "access-list OUT_IN extended permit tcp any object WEB eq www\n"
			 "access-group OUT_IN in interface outside\n",
			 IR_FMT_ASA);
	cisco_fx_dump(&p);
	cr_expect(eq(sz, p.d.n, 0));
	cr_expect(eq(sz, nat_rules(&p, "in", 10), 1));
	cr_expect(eq(sz, nat_rules(&p, "post", 10), 1));
	/* to the mapped address: the ASA translates it to 10.1.1.10 and the
	 * ACL, which names the real address, permits */
	verdict v = tcp(&p, "198.51.100.1", 40000, "203.0.113.10", 80, "outside", "inside");
	cr_expect(eq(sz, v.n, 1));
	cr_expect(not(v.maybe));
	cr_expect(eq(int, v.v, IR_ACCEPT));
	cr_expect(eq(int, v.line, 11));
	cr_expect(eq(int, v.dnat, 10));
	cr_expect(v.out.dst == v4("10.1.1.10") && v.out.dport == 80);
	/* to the real address: the ACL names it */
	v = tcp(&p, "198.51.100.1", 40000, "10.1.1.10", 80, "outside", "inside");
	cr_expect(eq(int, v.v, IR_ACCEPT));
	cr_expect(eq(int, v.dnat, 0));
	/* to another address: nothing translates it, the ACL drops it */
	v = tcp(&p, "198.51.100.1", 40000, "203.0.113.11", 80, "outside", "inside");
	cr_expect(eq(int, v.v, IR_DROP));
	cr_expect(not(v.maybe));
	/* from the real address on the real interface: the source is
	 * mapped after the ACLs */
	v = tcp(&p, "10.1.1.10", 40000, "198.51.100.1", 443, "inside", "outside");
	cr_expect(eq(int, v.v, IR_ACCEPT));
	cr_expect(not(v.maybe));
	cr_expect(eq(int, v.snat, 10));
	cr_expect(v.out.src == v4("203.0.113.10") && v.out.sport == 40000);
	/* from another inside host: not translated */
	v = tcp(&p, "10.1.1.11", 40000, "198.51.100.1", 443, "inside", "outside");
	cr_expect(eq(int, v.snat, 0));
	cr_expect(eq(int, v.v, IR_ACCEPT));
	cisco_fx_done(&p);
}

Test(cisco_nat, object_holds_one_nat_the_last)
{
	parsed p = parse(IFS
			 "object network WEB\n"
			 " host 10.1.1.10\n"
			 " nat (inside,outside) static 203.0.113.10\n"       /* 9 */
			 " nat (inside,outside) static 203.0.113.20\n",      /* 10 */
			 IR_FMT_ASA);
	cr_expect(eq(sz, p.d.n, 0));
	cr_expect(eq(sz, nat_rules(&p, "in", 9), 0));
	cr_expect(eq(sz, nat_rules(&p, "in", 10), 1));
	verdict v = tcp(&p, "198.51.100.1", 1, "203.0.113.10", 80, "outside", "inside");
	cr_expect(eq(int, v.dnat, 0));
	v = tcp(&p, "198.51.100.1", 1, "203.0.113.20", 80, "outside", "inside");
	cr_expect(eq(int, v.dnat, 10));
	cisco_fx_done(&p);
}

Test(cisco_nat, dynamic_translates_from_the_real_side_only)
{
	parsed p = parse(IFS
			 "object network LAN\n"
			 " subnet 10.1.1.0 255.255.255.0\n"
			 " nat (INSIDE,OUTSIDE) dynamic interface\n"         /* 9 */
			 "object network POOLED\n"
			 " subnet 10.2.0.0 255.255.0.0\n"
			 " nat (inside,outside) dynamic POOL\n"              /* 12 */
			 "object network POOL\n"
			 " range 203.0.113.100 203.0.113.110\n",
			 IR_FMT_ASA);
	cisco_fx_dump(&p);
	cr_expect(eq(sz, p.d.n, 0));
	cr_expect(eq(sz, nat_rules(&p, "post", 9), 1));
	cr_expect(eq(sz, nat_rules(&p, "in", 0), 0));
	/* the nameif as the interfaces spell it */
	const ir_chain *post = ir_chain_find(ir_table_find(p.rs, "nat"), "post");
	cr_expect(eq(str, post->rule[0]->cond[0].ifname, "inside"));
	/* PAT to the mapped interface's address: the egress interface's */
	cr_expect(post->rule[post->n - 1]->nat->to_egress || post->rule[0]->nat->to_egress);
	verdict v = tcp(&p, "10.1.1.5", 40000, "198.51.100.1", 443, "inside", "outside");
	cr_expect(eq(int, v.snat, 9));
	cr_expect(eq(int, v.v, IR_ACCEPT));
	/* dynamic NAT to a pool: one of its addresses, the port kept */
	const ir_rule *pr = NULL;
	for (size_t i = 0; i < post->n; i++)
		if (post->rule[i]->loc.line == 12)
			pr = post->rule[i];
	cr_assert(not(eq(ptr, (void *)pr, NULL)));
	cr_expect(pr->nat->addr.kind == XL_SET && pr->nat->addr.lo == v4("203.0.113.100") &&
		  pr->nat->addr.hi == v4("203.0.113.110"));
	cr_expect(eq(int, pr->nat->port.kind, XL_KEEP));
	/* from outside to the real address: nothing translates, the
	 * security levels drop it */
	v = tcp(&p, "198.51.100.1", 1, "10.1.1.5", 443, "outside", "inside");
	cr_expect(eq(int, v.dnat, 0));
	cr_expect(eq(int, v.v, IR_DROP));
	cisco_fx_done(&p);
}

Test(cisco_nat, interface_address_from_the_configuration)
{
	parsed p = parse("interface GigabitEthernet0/0\n"
			 " nameif outside\n"
			 " security-level 0\n"
			 " ip address 203.0.113.2 255.255.255.0 standby 203.0.113.3\n"
			 "interface GigabitEthernet0/1\n"
			 " nameif inside\n"
			 " security-level 100\n"
			 "object network WEB\n"
			 " host 10.1.1.10\n"
			 " nat (inside,outside) static interface service tcp www 8080\n", /* 10 */
			 IR_FMT_ASA);
	cisco_fx_dump(&p);
	cr_expect(eq(sz, p.d.n, 0));
	verdict v = tcp(&p, "198.51.100.1", 1, "203.0.113.2", 8080, "outside", "inside");
	cr_expect(eq(int, v.dnat, 10));
	cr_expect(v.out.dst == v4("10.1.1.10") && v.out.dport == 80);
	cr_expect(not(v.maybe));
	/* another port of the interface: not translated */
	v = tcp(&p, "198.51.100.1", 1, "203.0.113.2", 80, "outside", "inside");
	cr_expect(eq(int, v.dnat, 0));
	/* the way out: from port 80 of the real host, to the interface's
	 * address and port 8080 */
	v = tcp(&p, "10.1.1.10", 80, "198.51.100.1", 40000, "inside", "outside");
	cr_expect(eq(int, v.snat, 10));
	cr_expect(v.out.src == v4("203.0.113.2") && v.out.sport == 8080);
	cisco_fx_done(&p);
}

Test(cisco_nat, interface_address_not_given_is_unresolved)
{
	parsed p = parse(IFS
			 "object network WEB\n"
			 " host 10.1.1.10\n"
			 " nat (inside,outside) static interface service tcp www 8080\n", /* 9 */
			 IR_FMT_ASA);
	cr_expect(eq(sz, cisco_fx_count(&p, DIAG_ERROR), 0));
	cr_expect(unresolved_at(&p, 9, "the address of the mapped interface"));
	/* the way in: no condition on the address, port 8080 only */
	const ir_chain *in = ir_chain_find(ir_table_find(p.rs, "nat"), "in");
	cr_assert(eq(sz, in->n, 1));
	cr_expect(eq(ptr, (void *)ir_rule_find_cond(in->rule[0], IR_DST), NULL));
	cr_expect(not(eq(ptr, (void *)ir_rule_find_cond(in->rule[0], IR_DPORT), NULL)));
	verdict v = tcp(&p, "198.51.100.1", 1, "203.0.113.77", 80, "outside", "inside");
	cr_expect(not(v.maybe));
	cr_expect(eq(int, v.dnat, 0));
	/* the way out: to the egress interface's address, exact */
	v = tcp(&p, "10.1.1.10", 80, "198.51.100.1", 40000, "inside", "outside");
	cr_expect(eq(int, v.snat, 9));
	cr_expect(not(v.maybe));
	cisco_fx_done(&p);
}

Test(cisco_nat, twice_nat_destination_before_the_acl_source_after)
{
	parsed p = parse(IFS
			 "object network LAN\n"
			 " subnet 10.1.1.0 255.255.255.0\n"
			 "object network LAN_PUB\n"
			 " host 203.0.113.50\n"
			 "object network P_MAPPED\n"
			 " host 192.0.2.80\n"
			 "object network P_REAL\n"
			 " host 172.20.0.80\n"
			 "nat (inside,outside) 1 source dynamic LAN LAN_PUB destination static P_MAPPED P_REAL "
			 "service any any description to the partner\n",    /* 15 */
			 IR_FMT_ASA);
	cisco_fx_dump(&p);
	cr_expect(eq(sz, p.d.n, 0));
	/* dynamic: no way back */
	cr_expect(eq(sz, nat_rules(&p, "in", 15), 1));
	cr_expect(eq(sz, nat_rules(&p, "post", 15), 1));
	verdict v = tcp(&p, "10.1.1.5", 40000, "192.0.2.80", 80, "inside", "outside");
	cr_expect(eq(int, v.dnat, 15));
	cr_expect(v.out.dst == v4("172.20.0.80"));
	cr_expect(eq(int, v.v, IR_ACCEPT));
	const ir_chain *post = ir_chain_find(ir_table_find(p.rs, "nat"), "post");
	cr_assert(eq(sz, post->n, 1));
	cr_expect(not(post->rule[0]->nat->dst));
	cr_expect(post->rule[0]->nat->addr.kind == XL_SET &&
		  post->rule[0]->nat->addr.lo == v4("203.0.113.50"));
	cr_expect(eq(int, post->rule[0]->nat->port.kind, XL_SET)); /* PAT */
	/* the source part in "post" cannot tell a packet sent to the real
	 * destination from one sent to the mapped one: unresolved */
	cr_expect(unresolved_at(&p, 15, "sent to the destination's real address"));
	/* only toward the destination's mapped address */
	v = tcp(&p, "10.1.1.5", 40000, "192.0.2.81", 80, "inside", "outside");
	cr_expect(eq(int, v.dnat, 0));
	cr_expect(eq(int, v.snat, 0));
	cr_expect(not(v.maybe));
	cisco_fx_done(&p);
}

Test(cisco_nat, identity_nat_keeps_later_rules_from_translating)
{
	parsed p = parse(IFS
			 "object network LAN\n"
			 " subnet 10.1.1.0 255.255.255.0\n"
			 " nat (inside,outside) dynamic interface\n"          /* 9 */
			 "object network VPN\n"
			 " subnet 172.16.0.0 255.255.0.0\n"
			 "object network PUB\n"
			 " host 203.0.113.1\n"
			 "nat (inside,outside) source static LAN LAN destination static VPN VPN no-proxy-arp route-lookup\n" /* 14 */
			 "nat (inside,outside) after-auto source static LAN PUB inactive\n"
			 "nat (any,any) after-auto source static any any\n",
			 IR_FMT_ASA);
	cisco_fx_dump(&p);
	cr_expect(eq(sz, p.d.n, 0));
	/* to the VPN: the identity NAT of section 1 matches first */
	verdict v = tcp(&p, "10.1.1.5", 40000, "172.16.1.1", 443, "inside", "outside");
	cr_expect(eq(int, v.snat, 0));
	cr_expect(eq(int, v.v, IR_ACCEPT));
	cr_expect(not(v.maybe));
	/* elsewhere: the object's PAT */
	v = tcp(&p, "10.1.1.5", 40000, "198.51.100.1", 443, "inside", "outside");
	cr_expect(eq(int, v.snat, 9));
	cr_expect(not(v.maybe));
	/* nothing is unresolved; the inactive rule is not there */
	cr_expect(eq(sz, nat_rules(&p, "post", 15), 0));
	cr_expect(eq(sz, nat_rules(&p, "in", 15), 0));
	cisco_fx_done(&p);
}

Test(cisco_nat, rule_order_sections_static_before_dynamic_specific_first)
{
	parsed p = parse(IFS
			 "object network NET\n"
			 " subnet 10.1.1.0 255.255.255.0\n"
			 " nat (inside,outside) static NET_PUB\n"              /* 9: static, 256 */
			 "object network HOST\n"
			 " host 10.1.1.5\n"
			 " nat (inside,outside) dynamic interface\n"           /* 12: dynamic, 1 */
			 "object network B_HOST\n"
			 " host 10.1.1.6\n"
			 " nat (inside,outside) static 203.0.113.206\n"       /* 15: static, 1 */
			 "object network A_HOST\n"
			 " host 10.1.1.6\n"
			 " nat (inside,outside) static 203.0.113.106\n"       /* 18: static, 1, A first */
			 "object network X\n"
			 " host 10.1.1.7\n"
			 "object network X_PUB\n"
			 " host 203.0.113.77\n"
			 "object network X_PUB2\n"
			 " host 203.0.113.78\n"
			 "nat (inside,outside) after-auto source static X X_PUB2\n" /* 25: section 3 */
			 "nat (inside,outside) source static X X_PUB\n"       /* 26: section 1 */
			 "object network NET_PUB\n"
			 " subnet 203.0.113.0 255.255.255.0\n",
			 IR_FMT_ASA);
	cisco_fx_dump(&p);
	cr_expect(eq(sz, p.d.n, 0));
	/* 10.1.1.5: the static of the /24 comes before the host's dynamic */
	verdict v = tcp(&p, "10.1.1.5", 40000, "198.51.100.1", 443, "inside", "outside");
	cr_expect(eq(int, v.snat, 9));
	cr_expect(v.out.src == v4("203.0.113.5"));
	/* 10.1.1.6: of two statics of one address, the object named first */
	v = tcp(&p, "10.1.1.6", 40000, "198.51.100.1", 443, "inside", "outside");
	cr_expect(eq(int, v.snat, 18));
	/* 10.1.1.7: section 1 before section 2 and 3 */
	v = tcp(&p, "10.1.1.7", 40000, "198.51.100.1", 443, "inside", "outside");
	cr_expect(eq(int, v.snat, 26));
	cr_expect(v.out.src == v4("203.0.113.77"));
	/* the /24 maps one to one */
	v = tcp(&p, "198.51.100.1", 1, "203.0.113.200", 80, "outside", "inside");
	cr_expect(eq(int, v.dnat, 9));
	cr_expect(v.out.dst == v4("10.1.1.200"));
	cisco_fx_done(&p);
}

Test(cisco_nat, line_number_inserts_into_section_1)
{
	parsed p = parse(IFS
			 "object network X\n"
			 " host 10.1.1.7\n"
			 "object network P1\n"
			 " host 203.0.113.71\n"
			 "object network P2\n"
			 " host 203.0.113.72\n"
			 "nat (inside,outside) source static X P1\n"          /* 13 */
			 "nat (inside,outside) 1 source static X P2\n",       /* 14: before 13 */
			 IR_FMT_ASA);
	cr_expect(eq(sz, p.d.n, 0));
	verdict v = tcp(&p, "10.1.1.7", 40000, "198.51.100.1", 443, "inside", "outside");
	cr_expect(eq(int, v.snat, 14));
	cisco_fx_done(&p);
}

Test(cisco_nat, any_interface_gives_no_interface_condition)
{
	parsed p = parse(IFS
			 "object network SRV\n"
			 " host 10.1.1.60\n"
			 "object network SRV_PUB\n"
			 " host 203.0.113.60\n"
			 "nat (any,outside) source static SRV SRV_PUB\n",    /* 11 */
			 IR_FMT_ASA);
	cr_expect(eq(sz, nat_rules(&p, "in", 11), 1));
	verdict v = tcp(&p, "10.1.1.60", 1, "198.51.100.1", 80, "dmz", "outside");
	cr_expect(eq(int, v.snat, 11));
	cisco_fx_done(&p);
}

Test(cisco_nat, refused_where_the_device_refuses)
{
	parsed p = parse(IFS
			 "object network A\n"
			 " host 10.1.1.1\n"
			 "object network B\n"
			 " host 203.0.113.1\n"
			 "object service S\n"
			 " service tcp destination eq 80\n"
			 " nat (inside,outside) static 203.0.113.9\n"                     /* 13 */
			 "nat (inside,outside) source static A B destination dynamic B A\n" /* 14 */
			 "nat (inside,outside) source static A pat-pool B\n"              /* 15 */
			 "nat (inside,outside) static A B\n"                              /* 16 */
			 "nat (inside,outside) source static A B frobnicate\n"            /* 17 */
			 "nat (inside,dmz) source static A B\n"                           /* 18 */
			 "object network A\n"
			 " nat (inside,outside) dynamic interface service tcp 80 8080\n"  /* 20 */
			 " nat (inside,outside) source static A B\n"                      /* 21 */
			 "nat (inside,outside) source static A 203.0.113.5\n"             /* 22 */
			 "nat (inside,outside) source static A\n",                        /* 23 */
			 IR_FMT_ASA);
	cisco_fx_dump(&p);
	cr_expect(cisco_fx_has_diag(&p, "13:2: nat is a command of an object network"));
	cr_expect(cisco_fx_has_diag(&p, "14:52: the destination mapping is always static"));
	cr_expect(cisco_fx_has_diag(&p, "15:38: pat-pool is for dynamic NAT only"));
	cr_expect(cisco_fx_has_diag(&p, "16:22: unexpected word: expected source"));
	cr_expect(cisco_fx_has_diag(&p, "17:40: unexpected 'frobnicate' in nat"));
	cr_expect(cisco_fx_has_diag(&p, "18:1: nat: no interface has nameif dmz"));
	cr_expect(cisco_fx_has_diag(&p, "20:41: service is only available with static NAT"));
	cr_expect(cisco_fx_has_diag(&p, "21:23: unexpected 'source'"));
	cr_expect(cisco_fx_has_diag(&p, "22:38: '203.0.113.5': twice NAT names its addresses by object"));
	cr_expect(cisco_fx_has_diag(&p, "23:1: incomplete command: the mapped address is missing"));
	cr_expect(eq(sz, cisco_fx_count(&p, DIAG_ERROR), 10));
	cr_expect(eq(sz, nat_rules(&p, "in", 0), 0));
	cr_expect(eq(sz, nat_rules(&p, "post", 0), 0));
	cisco_fx_done(&p);
}

Test(cisco_nat, undefined_object_leaves_the_line_out)
{
	parsed p = parse(IFS "object network A\n"
			     " host 10.1.1.1\n"
			     "nat (inside,outside) source static A NOPE\n", IR_FMT_ASA);
	cr_expect(cisco_fx_has_diag(&p, "9:38: object or object-group 'NOPE' is not defined"));
	cr_expect(eq(sz, cisco_fx_count(&p, DIAG_ERROR), 0));
	cr_expect(eq(sz, nat_rules(&p, "post", 0), 0));
	cisco_fx_done(&p);
}

Test(cisco_nat, pre_8_3_nat_is_unresolved_at_its_line)
{
	parsed p = parse(IFS
			 "nat (inside) 1 10.1.1.0 255.255.255.0\n"            /* 7 */
			 "global (outside) 1 interface\n"                     /* 8 */
			 "static (inside,outside) 203.0.113.10 10.1.1.10 netmask 255.255.255.255\n" /* 9 */
			 "static-route-thing\n",
			 IR_FMT_ASA);
	cisco_fx_dump(&p);
	cr_expect(eq(sz, cisco_fx_count(&p, DIAG_ERROR), 0));
	cr_expect(eq(sz, p.d.n, 0));
	cr_expect(unresolved_at(&p, 7, "pre-8.3 static/global NAT 'nat (inside) 1 10.1.1.0 255.255.255.0'"));
	cr_expect(unresolved_at(&p, 8, "pre-8.3 static/global NAT"));
	cr_expect(unresolved_at(&p, 9, "pre-8.3 static/global NAT"));
	cr_expect(eq(sz, nat_rules(&p, "in", 9), 2));
	/* what enters outside may be translated: maybe */
	verdict v = tcp(&p, "198.51.100.1", 1, "203.0.113.10", 80, "outside", "inside");
	cr_expect(v.maybe);
	cisco_fx_done(&p);
}

Test(cisco_nat, interface_pair_is_one_word)
{
	parsed p = parse(IFS "object network A\n"
			     " host 10.1.1.1\n"
			     " nat (inside, outside) static 203.0.113.1\n", IR_FMT_ASA);
	cr_expect(cisco_fx_has_diag(&p, "9:6: '(inside,': expected (real_ifc,mapped_ifc) as one word"));
	cr_expect(eq(sz, nat_rules(&p, "in", 0), 0));
	cisco_fx_done(&p);
}

Test(cisco_nat, a_configuration_without_nat_has_no_nat_table)
{
	parsed p = parse(IFS "access-list A extended permit ip any any\n", IR_FMT_ASA);
	cr_expect(eq(ptr, ir_table_find(p.rs, "nat"), NULL));
	cisco_fx_done(&p);
	p = parse("interface Gi0/0\n ip nat outside\n", IR_FMT_CISCO);
	cr_expect(eq(ptr, ir_table_find(p.rs, "nat"), NULL));
	cisco_fx_done(&p);
}

/* ------------------------------------------------------------------ IOS */

#define IOS_IFS                                  \
	"interface Gi0/0\n"                      \
	" ip address 203.0.113.1 255.255.255.0\n" \
	" ip nat outside\n"                      \
	" ip access-group OUT_IN in\n"           \
	"interface Gi0/1\n"                      \
	" ip address 10.1.1.1 255.255.255.0\n"   \
	" ip nat inside\n"                       \
	" ip access-group TO_LAN out\n"          /* lines 1-8 */

Test(cisco_nat, ios_static_between_the_input_and_the_output_acl)
{
	parsed p = parse(IOS_IFS
			 "ip nat inside source static tcp 10.1.1.25 25 203.0.113.25 25 extendable\n"   /* 9 */
			 "ip nat inside source static tcp 10.1.1.25 8443 203.0.113.25 443 extendable\n" /* 10 */
			 "ip nat inside source static 10.1.1.80 203.0.113.80\n"                        /* 11 */
			 "ip access-list extended OUT_IN\n"
			 " permit tcp any host 203.0.113.25 eq 25\n"                                   /* 13 */
			 " permit tcp any host 203.0.113.25 eq 443\n"
			 " permit tcp any host 203.0.113.80 eq 80\n"
			 " permit tcp any host 10.1.1.80 eq 22\n"                                      /* 16 */
			 "ip access-list extended TO_LAN\n"
			 " permit tcp any host 10.1.1.25 eq 25\n"                                      /* 18 */
			 " permit tcp any host 10.1.1.80 eq 80\n",
			 IR_FMT_CISCO);
	cisco_fx_dump(&p);
	cr_expect(eq(sz, p.d.n, 0));
	/* the input ACL sees the global address, the output ACL the local */
	verdict v = tcp(&p, "198.51.100.7", 40000, "203.0.113.25", 25, "Gi0/0", "Gi0/1");
	cr_expect(eq(int, v.v, IR_ACCEPT));
	cr_expect(eq(int, v.dnat, 9));
	cr_expect(not(v.maybe));
	cr_expect(v.out.dst == v4("10.1.1.25") && v.out.dport == 25);
	/* port forms: 443 -> 8443, which the output ACL does not permit */
	v = tcp(&p, "198.51.100.7", 40000, "203.0.113.25", 443, "Gi0/0", "Gi0/1");
	cr_expect(eq(int, v.dnat, 10));
	cr_expect(v.out.dport == 8443);
	cr_expect(eq(int, v.v, IR_DROP));
	cr_expect(eq(int, v.line, 17));
	/* a port no static names: untranslated, the output ACL drops it */
	v = tcp(&p, "198.51.100.7", 40000, "203.0.113.25", 80, "Gi0/0", "Gi0/1");
	cr_expect(eq(int, v.dnat, 0));
	cr_expect(eq(int, v.v, IR_DROP));
	/* the local address from outside: the input ACL permits it, no
	 * translation, the output ACL (port 22) drops it */
	v = tcp(&p, "198.51.100.7", 40000, "10.1.1.80", 22, "Gi0/0", "Gi0/1");
	cr_expect(eq(int, v.dnat, 0));
	cr_expect(eq(int, v.v, IR_DROP));
	cr_expect(eq(int, v.line, 17));
	/* the way out: source local -> global, port too */
	v = tcp(&p, "10.1.1.25", 8443, "198.51.100.7", 40000, "Gi0/1", "Gi0/0");
	cr_expect(eq(int, v.snat, 10));
	cr_expect(v.out.src == v4("203.0.113.25") && v.out.sport == 443);
	v = tcp(&p, "10.1.1.80", 1234, "198.51.100.7", 80, "Gi0/1", "Gi0/0");
	cr_expect(eq(int, v.snat, 11));
	cr_expect(v.out.src == v4("203.0.113.80") && v.out.sport == 1234);
	/* the extendable statics share the local address, not the port:
	 * nothing ambiguous */
	cr_expect(not(unresolved_at(&p, 9, "shares")));
	cisco_fx_done(&p);
}

Test(cisco_nat, ios_translation_to_the_wrong_host)
{
	/* the ACL permits the mail server, but the static sends the global
	 * address to another host */
	parsed p = parse(IOS_IFS
			 "ip nat inside source static 10.1.1.26 203.0.113.25\n"
			 "ip access-list extended OUT_IN\n"
			 " permit tcp any host 203.0.113.25 eq 25\n"
			 "ip access-list extended TO_LAN\n"
			 " permit tcp any host 10.1.1.25 eq 25\n",
			 IR_FMT_CISCO);
	verdict v = tcp(&p, "198.51.100.7", 40000, "203.0.113.25", 25, "Gi0/0", "Gi0/1");
	cr_expect(v.out.dst == v4("10.1.1.26"));
	cr_expect(eq(int, v.v, IR_DROP));
	cr_expect(not(v.maybe));
	cisco_fx_done(&p);
}

Test(cisco_nat, ios_ambiguous_extendable_statics)
{
	parsed p = parse(IOS_IFS
			 "ip nat inside source static 10.1.1.25 203.0.113.25 extendable\n"   /* 9 */
			 "ip nat inside source static 10.1.1.25 198.51.100.25 extendable\n", /* 10 */
			 IR_FMT_CISCO);
	cr_expect(eq(sz, cisco_fx_count(&p, DIAG_ERROR), 0));
	/* the way in of each is exact */
	verdict v = tcp(&p, "192.0.2.1", 1, "198.51.100.25", 25, "Gi0/0", "Gi0/1");
	cr_expect(eq(int, v.dnat, 10));
	cr_expect(v.out.dst == v4("10.1.1.25"));
	/* the way out is not */
	cr_expect(unresolved_at(&p, 9, "IOS uses its dynamic rules for the way out"));
	cr_expect(unresolved_at(&p, 10, "IOS uses its dynamic rules for the way out"));
	cr_expect(not(unresolved_at(&p, 9, "shares this global address")));
	cisco_fx_done(&p);
}

Test(cisco_nat, ios_outside_static_and_dynamic_overload)
{
	parsed p = parse(IOS_IFS
			 "ip nat outside source static 192.0.2.53 10.9.9.53\n"                /* 9 */
			 "ip nat pool PUB 203.0.113.100 203.0.113.103 prefix-length 24\n"
			 "ip nat inside source list NATME pool PUB overload\n"                /* 11 */
			 "ip access-list standard NATME\n"
			 " deny 10.1.1.99\n"                                                  /* 13 */
			 " permit 10.1.1.0 0.0.0.255\n"
			 "ip access-list extended OUT_IN\n"
			 " permit udp host 192.0.2.53 eq 53 any\n"
			 "ip access-list extended TO_LAN\n"
			 " permit udp host 10.9.9.53 eq 53 any\n",
			 IR_FMT_CISCO);
	cisco_fx_dump(&p);
	cr_expect(eq(sz, p.d.n, 0));
	/* inside to outside, to the outside local address: the destination
	 * becomes the outside global, and the source one of the pool */
	verdict v = tcp(&p, "10.1.1.5", 40000, "10.9.9.53", 53, "Gi0/1", "Gi0/0");
	cr_expect(eq(int, v.dnat, 9));
	cr_expect(eq(int, v.snat, 11));
	cr_expect(v.out.dst == v4("192.0.2.53"));
	cr_expect(v.out.src == v4("203.0.113.100"));
	/* a deny of the list: not translated */
	v = tcp(&p, "10.1.1.99", 40000, "198.51.100.1", 443, "Gi0/1", "Gi0/0");
	cr_expect(eq(int, v.snat, 0));
	cr_expect(not(v.maybe));
	/* outside to inside, from the outside global: source -> outside local */
	const ir_chain *out = ir_chain_find(ir_table_find(p.rs, "nat"), "out");
	cr_expect(eq(int, out->rule[0]->action, IR_CONTINUE));
	cisco_fx_done(&p);
}

Test(cisco_nat, ios_what_is_not_modelled_is_unresolved)
{
	parsed p = parse(IOS_IFS
			 "ip nat inside source route-map RM pool P\n"          /* 9 */
			 "ip nat inside source static 10.1.1.5 203.0.113.5 vrf V\n" /* 10 */
			 "ip nat inside destination list 1 pool P\n"           /* 11 */
			 "ip nat translation timeout 60\n",
			 IR_FMT_CISCO);
	cr_expect(eq(sz, cisco_fx_count(&p, DIAG_ERROR), 0));
	cr_expect(unresolved_at(&p, 9, "route-map"));
	cr_expect(unresolved_at(&p, 10, "a VRF"));
	cr_expect(unresolved_at(&p, 11, "inside destination"));
	cr_expect(eq(sz, nat_rules(&p, "out", 12), 0));
	cisco_fx_done(&p);
}

Test(cisco_nat, ios_without_inside_and_outside_interfaces_translates_nothing)
{
	parsed p = parse("interface Gi0/0\n"
			 " ip nat outside\n"
			 "ip nat inside source static 10.1.1.1 203.0.113.1\n"
			 "nat (inside,outside) source static A B\n",
			 IR_FMT_CISCO);
	cr_expect(eq(sz, p.d.n, 1));
	cr_expect(cisco_fx_has_diag(&p, "3:1: 'ip nat inside source static 10.1.1.1 203.0.113.1': no interface is marked ip nat inside"));
	cr_expect(eq(ptr, ir_table_find(p.rs, "nat"), NULL));
	cisco_fx_done(&p);
}

Test(cisco_nat, addresses_fwlint_cannot_know_are_unresolved_with_the_reason)
{
	parsed p = parse(IFS
			 "object network WEB\n"
			 " host 10.1.1.10\n"
			 " nat (inside,outside) static 2001:db8::10\n"                  /* 9 */
			 "object network F\n"
			 " fqdn www.example.com\n"
			 "object network PUB\n"
			 " host 203.0.113.1\n"
			 "nat (inside,outside) source static F PUB\n"                   /* 14 */
			 "object network NET\n"
			 " subnet 10.2.0.0 255.255.255.0\n"
			 "object network SMALL\n"
			 " range 203.0.113.10 203.0.113.19\n"
			 "nat (inside,outside) source static NET SMALL\n",              /* 19 */
			 IR_FMT_ASA);
	cisco_fx_dump(&p);
	cr_expect(eq(sz, cisco_fx_count(&p, DIAG_ERROR), 0));
	cr_expect(unresolved_at(&p, 9, "an IPv6 mapped address"));
	cr_expect(unresolved_at(&p, 14, "the addresses of F"));
	/* 256 real addresses onto 10: the way in is not one to one */
	cr_expect(unresolved_at(&p, 19, "different sizes"));
	cisco_fx_done(&p);
}

Test(cisco_nat, ios_dynamic_rules_pools_and_lists)
{
	parsed p = parse("interface Gi0/0\n"
			 " ip address dhcp\n"
			 " ip nat outside\n"
			 "interface Gi0/1\n"
			 " ip nat inside\n"
			 "ip nat inside source list 1 interface Gi0/0 overload\n"          /* 6 */
			 "access-list 1 permit 10.1.1.0 0.0.0.255\n",
			 IR_FMT_CISCO);
	cr_expect(eq(sz, p.d.n, 0));
	/* the address of Gi0/0 is not in the file: the egress interface's,
	 * which it is for the only outside interface */
	const ir_chain *out = ir_chain_find(ir_table_find(p.rs, "nat"), "out");
	cr_assert(eq(sz, out->n, 1));
	cr_expect(out->rule[0]->nat->to_egress);
	cr_expect(eq(sz, out->rule[0]->nunres, 0));
	verdict v = tcp(&p, "10.1.1.5", 40000, "198.51.100.1", 443, "Gi0/1", "Gi0/0");
	cr_expect(eq(int, v.snat, 6));
	cisco_fx_done(&p);

	p = parse("interface Gi0/0\n"
		  " ip nat outside\n"
		  "interface Gi0/1\n"
		  " ip nat inside\n"
		  "ip nat pool Q 10.9.9.9 10.9.9.1 netmask 255.255.255.0\n"
		  "ip nat inside source list 1 pool Q\n"                                    /* 6 */
		  "ip nat inside source list 2 pool NOPOOL\n"                               /* 7 */
		  "ip nat inside source list NOPE pool Q\n"                                 /* 8 */
		  "access-list 1 permit any\n"
		  "access-list 2 permit any\n",
		  IR_FMT_CISCO);
	cr_expect(eq(sz, cisco_fx_count(&p, DIAG_ERROR), 0));
	cr_expect(unresolved_at(&p, 6, "start address is above its end address"));
	cr_expect(unresolved_at(&p, 7, "its pool is not defined"));
	cr_expect(cisco_fx_has_diag(&p, "8:1: the translation of 'ip nat inside source list NOPE pool Q': its access list is not defined"));
	cisco_fx_done(&p);
}
