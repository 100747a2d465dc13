/* Unit tests for ASA nat (src/frontend/cisco/cisco_nat.c): twice NAT and
 * object NAT are read, refused where the command reference says the
 * device refuses them, and every flow a nat may translate is unresolved
 * (a "nat" rule first in the "in" chain), while the flows it cannot touch
 * keep their exact verdict. */
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

/* The "nat" rules of the "in" chain. */
static size_t nat_rules(const parsed *p, int line)
{
	const ir_chain *in = ir_chain_find(ir_table_find(p->rs, "filter"), "in");
	size_t n = 0;
	for (size_t i = 0; i < in->n; i++)
		if (in->rule[i]->target && strcmp(in->rule[i]->target, "nat") == 0 &&
		    (line == 0 || in->rule[i]->loc.line == line)) {
			cr_expect(eq(int, in->rule[i]->action, IR_UNKNOWN));
			cr_expect(eq(sz, in->rule[i]->nunres, 1));
			n++;
		}
	return n;
}

typedef struct verdict {
	size_t n;          /* outcomes */
	bool maybe;        /* one of them only possibly */
	bool nat;          /* one of them is a nat rule's */
	enum ir_action v;  /* the last one's */
	int line;          /* the last one's rule line (0: none) */
} verdict;

/* A TCP SYN from iif to oif. */
static verdict tcp(parsed *p, const char *src, const char *dst, uint16_t dport, const char *iif,
		   const char *oif)
{
	unsigned a[4], b[4];
	cr_assert(eq(int, sscanf(src, "%u.%u.%u.%u", &a[0], &a[1], &a[2], &a[3]), 4));
	cr_assert(eq(int, sscanf(dst, "%u.%u.%u.%u", &b[0], &b[1], &b[2], &b[3]), 4));
	pbox x = pbox_full();
	x.proto_lo = x.proto_hi = PROTO_TCP;
	x.src_lo = x.src_hi = addr_v4(a[0] << 24 | a[1] << 16 | a[2] << 8 | a[3]);
	x.dst_lo = x.dst_hi = addr_v4(b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3]);
	x.sport_lo = x.sport_hi = 40000;
	x.dport_lo = x.dport_hi = dport;
	x.iif_lo = x.iif_hi = iftab_id(&p->tab, iif);
	x.oif_lo = x.oif_hi = iftab_id(&p->tab, oif);
	x.flags = (uint64_t)1 << TCPF_SYN;
	x.state = CT_NEW;
	pset s = pset_from_box(&x);
	outcome_list out = { 0 };
	eval_run(p->ev, EVAL_FORWARD, &s, &out);
	verdict r = { out.n, false, false, IR_UNKNOWN, 0 };
	for (size_t i = 0; i < out.n; i++) {
		r.maybe |= out.v[i].maybe;
		r.nat |= out.v[i].rule && out.v[i].rule->target &&
			 strcmp(out.v[i].rule->target, "nat") == 0;
		r.v = out.v[i].verdict;
		r.line = out.v[i].rule ? out.v[i].rule->loc.line : 0;
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

Test(cisco_nat, object_static_makes_the_mapped_destination_unresolved)
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
	cr_expect(eq(sz, cisco_fx_count(&p, DIAG_ERROR), 0));
	cr_expect(eq(sz, nat_rules(&p, 10), 2));
	/* to the mapped address: the ASA translates it back to 10.1.1.10
	 * and the ACL permits; fwlint does not translate: maybe */
	verdict v = tcp(&p, "198.51.100.1", "203.0.113.10", 80, "outside", "inside");
	cr_expect(v.maybe && v.nat && v.n == 2);
	/* to the real address, and to another: exact */
	v = tcp(&p, "198.51.100.1", "10.1.1.10", 80, "outside", "inside");
	cr_expect(eq(sz, v.n, 1));
	cr_expect(not(v.maybe));
	cr_expect(eq(int, v.v, IR_ACCEPT));
	cr_expect(eq(int, v.line, 11));
	v = tcp(&p, "198.51.100.1", "203.0.113.11", 80, "outside", "inside");
	cr_expect(eq(sz, v.n, 1));
	cr_expect(eq(int, v.v, IR_DROP));
	/* from the real address on the real interface: its source is translated */
	v = tcp(&p, "10.1.1.10", "198.51.100.1", 443, "inside", "outside");
	cr_expect(v.maybe && v.nat);
	/* from another inside host: exact */
	v = tcp(&p, "10.1.1.11", "198.51.100.1", 443, "inside", "outside");
	cr_expect(eq(sz, v.n, 1));
	cr_expect(eq(int, v.v, IR_ACCEPT));
	cisco_fx_done(&p);
}

Test(cisco_nat, the_unresolved_warning_names_the_nat_line)
{
	parsed p = parse(IFS
			 "object network WEB\n"
			 " host 10.1.1.10\n"
			 " nat (inside,outside) static 203.0.113.10\n",      /* 9 */
			 IR_FMT_ASA);
	const ir_chain *in = ir_chain_find(ir_table_find(p.rs, "filter"), "in");
	cr_assert(in->n > 0);
	const ir_rule *r = in->rule[0];
	cr_expect(eq(str, r->target, "nat"));
	cr_expect(eq(int, r->unres[0].loc.line, 9));
	cr_expect(not(eq(ptr, strstr(r->unres[0].what, "nat (inside,outside) static 203.0.113.10"), NULL)));
	cr_expect(not(eq(ptr, strstr(r->unres[0].what, "object network WEB"), NULL)));
	cr_expect(not(eq(ptr, strstr(r->unres[0].what, "since ASA 8.3 access lists name real"), NULL)));
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
	cr_expect(eq(sz, nat_rules(&p, 9), 0));
	cr_expect(eq(sz, nat_rules(&p, 10), 2));
	verdict v = tcp(&p, "198.51.100.1", "203.0.113.10", 80, "outside", "inside");
	cr_expect(not(v.nat));
	v = tcp(&p, "198.51.100.1", "203.0.113.20", 80, "outside", "inside");
	cr_expect(v.nat);
	cisco_fx_done(&p);
}

Test(cisco_nat, dynamic_translates_from_the_real_side_only)
{
	parsed p = parse(IFS
			 "object network LAN\n"
			 " subnet 10.1.1.0 255.255.255.0\n"
			 " nat (INSIDE,OUTSIDE) dynamic interface\n",        /* 9 */
			 IR_FMT_ASA);
	cisco_fx_dump(&p);
	cr_expect(eq(sz, cisco_fx_count(&p, DIAG_ERROR), 0));
	cr_expect(eq(sz, nat_rules(&p, 9), 1));
	/* the nameif as the interfaces spell it */
	const ir_chain *in = ir_chain_find(ir_table_find(p.rs, "filter"), "in");
	cr_expect(eq(str, in->rule[0]->cond[0].ifname, "inside"));
	verdict v = tcp(&p, "10.1.1.5", "198.51.100.1", 443, "inside", "outside");
	cr_expect(v.nat && v.maybe);
	v = tcp(&p, "198.51.100.1", "10.1.1.5", 443, "outside", "inside");
	cr_expect(not(v.nat));
	cr_expect(eq(int, v.v, IR_DROP));
	cisco_fx_done(&p);
}

Test(cisco_nat, twice_nat_with_a_destination)
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
			 "nat (inside,outside) 1 source static LAN LAN_PUB destination static P_MAPPED P_REAL "
			 "service any any unidirectional description to the partner\n", /* 15 */
			 IR_FMT_ASA);
	cisco_fx_dump(&p);
	cr_expect(eq(sz, p.d.n, 0));
	/* unidirectional: no rule for the way back */
	cr_expect(eq(sz, nat_rules(&p, 15), 1));
	verdict v = tcp(&p, "10.1.1.5", "192.0.2.80", 80, "inside", "outside");
	cr_expect(v.nat);
	/* only toward the destination's mapped address */
	v = tcp(&p, "10.1.1.5", "192.0.2.81", 80, "inside", "outside");
	cr_expect(not(v.nat));
	cr_expect(eq(int, v.v, IR_ACCEPT));
	cisco_fx_done(&p);
}

Test(cisco_nat, identity_and_inactive_translate_nothing)
{
	parsed p = parse(IFS
			 "object network LAN\n"
			 " subnet 10.1.1.0 255.255.255.0\n"
			 "object network VPN\n"
			 " subnet 172.16.0.0 255.255.0.0\n"
			 "object network PUB\n"
			 " host 203.0.113.1\n"
			 "nat (inside,outside) source static LAN LAN destination static VPN VPN no-proxy-arp route-lookup\n"
			 "nat (inside,outside) after-auto source static LAN PUB inactive\n"
			 "nat (any,any) source static any any\n",
			 IR_FMT_ASA);
	cisco_fx_dump(&p);
	cr_expect(eq(sz, p.d.n, 0));
	cr_expect(eq(sz, nat_rules(&p, 0), 0));
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
	cr_expect(eq(sz, nat_rules(&p, 11), 2));
	verdict v = tcp(&p, "10.1.1.60", "198.51.100.1", 80, "dmz", "outside");
	cr_expect(v.nat);
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
	cr_expect(eq(sz, nat_rules(&p, 0), 0));
	cisco_fx_done(&p);
}

Test(cisco_nat, undefined_object_leaves_the_line_out)
{
	parsed p = parse(IFS "object network A\n"
			     " host 10.1.1.1\n"
			     "nat (inside,outside) source static A NOPE\n", IR_FMT_ASA);
	cr_expect(cisco_fx_has_diag(&p, "9:38: object or object-group 'NOPE' is not defined"));
	cr_expect(eq(sz, cisco_fx_count(&p, DIAG_ERROR), 0));
	cr_expect(eq(sz, nat_rules(&p, 0), 0));
	cisco_fx_done(&p);
}

Test(cisco_nat, pre_8_3_nat_is_a_warning)
{
	parsed p = parse(IFS "nat (inside) 1 10.1.1.0 255.255.255.0\n", IR_FMT_ASA);
	cr_expect(eq(sz, cisco_fx_count(&p, DIAG_ERROR), 0));
	cr_expect(cisco_fx_has_diag(&p, "7:1: 'nat (inside) 1 10.1.1.0 255.255.255.0' is the NAT of ASA 8.2 and earlier"));
	cr_expect(eq(sz, nat_rules(&p, 0), 0));
	cisco_fx_done(&p);
}

Test(cisco_nat, pre_8_3_static_and_global_are_warnings)
{
	parsed p = parse("static (inside,outside) 203.0.113.10 10.1.1.10 netmask 255.255.255.255\n"
			 "global (outside) 1 interface\n"
			 "static-route-thing\n",
			 IR_FMT_ASA);
	cisco_fx_dump(&p);
	cr_expect(eq(sz, cisco_fx_count(&p, DIAG_ERROR), 0));
	cr_expect(cisco_fx_has_diag(&p, "1:1: this is the NAT of ASA 8.2 and earlier"));
	cr_expect(cisco_fx_has_diag(&p, "2:1: this is the NAT of ASA 8.2 and earlier"));
	cr_expect(eq(sz, p.d.n, 2));
	cisco_fx_done(&p);
}

Test(cisco_nat, interface_pair_is_one_word)
{
	parsed p = parse(IFS "object network A\n"
			     " host 10.1.1.1\n"
			     " nat (inside, outside) static 203.0.113.1\n", IR_FMT_ASA);
	cr_expect(cisco_fx_has_diag(&p, "9:6: '(inside,': expected (real_ifc,mapped_ifc) as one word"));
	cr_expect(eq(sz, nat_rules(&p, 0), 0));
	cisco_fx_done(&p);
}

Test(cisco_nat, ios_has_no_nat_command)
{
	/* IOS NAT is "ip nat ...": a line "nat ..." is stepped over */
	parsed p = parse("interface Gi0/0\n"
			 " ip nat outside\n"
			 "ip nat inside source static 10.1.1.1 203.0.113.1\n"
			 "nat (inside,outside) source static A B\n",
			 IR_FMT_CISCO);
	cr_expect(eq(sz, p.d.n, 0));
	cr_expect(eq(sz, nat_rules(&p, 0), 0));
	cisco_fx_done(&p);
}

Test(cisco_nat, object_service_port_narrows_the_flows)
{
	parsed p = parse(IFS
			 "object network WEB\n"
			 " host 10.1.1.10\n"
			 " nat (inside,outside) static interface service tcp www 8080\n", /* 9 */
			 IR_FMT_ASA);
	cisco_fx_dump(&p);
	cr_expect(eq(sz, cisco_fx_count(&p, DIAG_ERROR), 0));
	/* the interface's address is not known: any destination, port 8080 */
	verdict v = tcp(&p, "198.51.100.1", "203.0.113.77", 8080, "outside", "inside");
	cr_expect(v.nat);
	v = tcp(&p, "198.51.100.1", "203.0.113.77", 80, "outside", "inside");
	cr_expect(not(v.nat));
	cisco_fx_done(&p);
}
