/* test_pf_check.c - pfctl's consistency checks (src/frontend/pf/pf_check.c) on
 * hand-built expanded rules and queue sets: for each check a rule that
 * trips it, with pfctl's exact messages at their exact places, and a near
 * miss that passes.  Most cases are the pfailNN.in lines of OpenBSD's
 * regress suite that the check is for. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <criterion/parameterized.h>
#include <string.h>

#include "check.h"
#include "pf.h"

#define FILE_ "t.conf"

static srcloc at(int line, int col, int end_col)
{
	return (srcloc){ FILE_, line, col, line, end_col };
}

/* Columns of the words of the hand-built rules below: NAME_ initializes,
 * NAME is the value. */
#define LOC(l, c, e) { FILE_, (l), (c), (l), (e) }
#define STMT_ LOC(1, 1, 60)
#define PROTO_ LOC(1, 10, 18)
#define SRC_ LOC(1, 20, 28)
#define SPORT_ LOC(1, 30, 33)
#define DST_ LOC(1, 35, 42)
#define DPORT_ LOC(1, 44, 47)
#define FLAGS_ LOC(1, 49, 56)
#define ICMP_ LOC(1, 58, 70)
#define XADDR_ LOC(1, 72, 80)
#define ROUTE_ LOC(1, 82, 90)
#define QUEUE_ LOC(1, 92, 99)
#define STMT ((srcloc)STMT_)
#define PROTO ((srcloc)PROTO_)
#define SRC ((srcloc)SRC_)
#define SPORT ((srcloc)SPORT_)
#define DST ((srcloc)DST_)
#define DPORT ((srcloc)DPORT_)
#define FLAGS ((srcloc)FLAGS_)
#define ICMP ((srcloc)ICMP_)
#define XADDR ((srcloc)XADDR_)
#define ROUTE ((srcloc)ROUTE_)
#define QUEUE ((srcloc)QUEUE_)

static pf_addr addr_any(srcloc l)
{
	pf_addr a;
	memset(&a, 0, sizeof a);
	a.kind = PF_ADDR_ANY;
	a.prefix = -1;
	a.loc = l;
	return a;
}

static pf_addr net4(srcloc l, uint32_t v, int prefix)
{
	pf_addr a = addr_any(l);
	a.kind = PF_ADDR_NET;
	a.af = 4;
	a.lo = a.hi = PSET_V4_LO | v;
	a.prefix = prefix;
	return a;
}

static pf_addr net6(srcloc l, unsigned last)
{
	pf_addr a = addr_any(l);
	a.kind = PF_ADDR_NET;
	a.af = 6;
	a.lo = a.hi = last;
	return a;
}

static pf_addr addr_named(srcloc l, enum pf_addr_kind k, char *name, char *modifier)
{
	pf_addr a = addr_any(l);
	a.kind = k;
	a.name = name;
	a.modifier = modifier;
	return a;
}

/* "pass all": what the builder hands over for a statement with nothing
 * written. */
static pf_rule base(void)
{
	pf_rule r;
	memset(&r, 0, sizeof r);
	r.action = PF_PASS;
	r.proto = -1;
	r.protoloc = PROTO;
	r.src = addr_any(SRC);
	r.dst = addr_any(DST);
	r.sport.loc = SPORT;
	r.dport.loc = DPORT;
	r.flagsloc = FLAGS;
	r.icmp_type = r.icmp_code = -1;
	r.icmploc = ICMP;
	r.prio[0] = r.prio[1] = -1;
	r.xaddr = addr_any(XADDR);
	r.xport.loc = XADDR;
	r.rtaddr = addr_any(ROUTE);
	r.queueloc = QUEUE;
	r.loc = STMT;
	r.end = STMT;
	return r;
}

/* One case: how to build the rule, and the messages it must give (empty
 * for a near miss, which must also pass). */
struct want {
	const char *msg;
	srcloc loc;
};

struct rule_case {
	const char *name;
	void (*make)(pf_rule *r);
	bool ok;
	struct want w[4];
};

#define W(m, l) { (m), l##_ }

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

/* ---- route-to, reply-to, dup-to -------------------------------------- */

/* pfail23.in:10  pass out inet6 from any to any dup-to 1.1.1.1 */
static void dupto_af(pf_rule *r)
{
	r->dir = PF_DIR_OUT;
	r->af = 6;
	r->route = PF_RT_DUP_TO;
	r->rtaddr = net4(ROUTE, 0x01010101, -1);
}
static void dupto_af_ok(pf_rule *r)
{
	dupto_af(r);
	r->rtaddr = net6(ROUTE, 1);
}
/* pfail8.in:1  block in quick on tun1000000 from any to 192.168.1.0/24
 * dup-to fec0::1 */
static void block_dupto(pf_rule *r)
{
	r->action = PF_BLOCK;
	r->dir = PF_DIR_IN;
	r->quick = true;
	r->ifname = "tun1000000";
	r->dst = net4(DST, 0xc0a80100, 24);
	r->af = 4;
	r->route = PF_RT_DUP_TO;
	r->rtaddr = net6(ROUTE, 0xfec0);
}
static void routeto_no_state(pf_rule *r)
{
	r->dir = PF_DIR_OUT;
	r->state = PF_STATE_NO;
	r->route = PF_RT_ROUTE_TO;
	r->rtaddr = net4(ROUTE, 0x0a000001, -1);
	r->af = 4;
}
static void routeto_keep_state(pf_rule *r)
{
	routeto_no_state(r);
	r->state = PF_STATE_DEFAULT;
}
static void routeto_no_dir(pf_rule *r)
{
	routeto_keep_state(r);
	r->dir = PF_DIR_BOTH;
}
static void dupto_no_dir(pf_rule *r)
{
	routeto_no_dir(r);
	r->route = PF_RT_DUP_TO;
}
static void match_routeto(pf_rule *r)
{
	routeto_keep_state(r);
	r->action = PF_MATCH;
}

/* ---- divert ----------------------------------------------------------- */

/* pfail55.in:1  pass in inet6 proto tcp to port 25 divert-to 127.0.0.1
 * port 8025 */
static void divert_to_af(pf_rule *r)
{
	r->dir = PF_DIR_IN;
	r->af = 6;
	r->proto = 6;
	r->dport.op = PF_OP_EQ;
	r->dport.a = 25;
	r->ndivert = 1;
	r->divert_to = true;
	r->divert_to_af6 = false;
}
/* pfail56.in:1  the same with inet and ::1 */
static void divert_to_af6_on_inet(pf_rule *r)
{
	divert_to_af(r);
	r->af = 4;
	r->divert_to_af6 = true;
}
static void divert_to_no_af(pf_rule *r)
{
	divert_to_af(r);
	r->af = 0;
}
/* pfail66.in:1  pass out divert-to 127.0.0.1 port 1 */
static void divert_to_out(pf_rule *r)
{
	r->dir = PF_DIR_OUT;
	r->ndivert = 1;
	r->divert_to = true;
}
static void divert_to_nodir(pf_rule *r)
{
	divert_to_out(r);
	r->dir = PF_DIR_BOTH;
}
/* pfail67.in:1  pass in divert-reply */
static void divert_reply_in(pf_rule *r)
{
	r->dir = PF_DIR_IN;
	r->ndivert = 1;
	r->divert_reply = true;
}
static void divert_reply_out(pf_rule *r)
{
	divert_reply_in(r);
	r->dir = PF_DIR_OUT;
}
static void match_divert_packet(pf_rule *r)
{
	r->action = PF_MATCH;
	r->ndivert = 1;
	r->divert_packet = true;
}

/* ---- af-to ------------------------------------------------------------ */

/* pfail57.in:1  pass in inet af-to inet6 from 2001:db8::1 (valid) */
static void afto(pf_rule *r)
{
	r->dir = PF_DIR_IN;
	r->af = 4;
	r->xlate = PF_XL_AF_TO;
	r->xaf = 6;
	r->xaddr = net6(XADDR, 1);
	r->nxaddr = 1;
}
/* pfail57.in:2  ... route-to lo0 */
static void afto_routeto(pf_rule *r)
{
	afto(r);
	r->route = PF_RT_ROUTE_TO;
	r->rtaddr = addr_named(ROUTE, PF_ADDR_IFACE, "lo0", NULL);
}
static void afto_out(pf_rule *r)
{
	afto(r);
	r->dir = PF_DIR_OUT;
}
static void afto_same_af(pf_rule *r)
{
	afto(r);
	r->af = 6;
}
static void afto_pool_af(pf_rule *r)
{
	afto(r);
	r->xaddr = net4(XADDR, 0xc0000201, -1);
}

/* ---- state options ---------------------------------------------------- */

/* pfail48.in:1  keep state (source-track global, max-src-nodes 1000) */
static void srcnodes_global(pf_rule *r)
{
	r->dir = PF_DIR_IN;
	r->proto = 6;
	r->dport.op = PF_OP_EQ;
	r->dport.a = 123;
	r->state = PF_STATE_KEEP;
	r->state_opts = true;
	r->source_track_global = true;
	r->max_src_nodes = true;
}
static void srcnodes_rule(pf_rule *r)
{
	srcnodes_global(r);
	r->source_track_global = false;
}
static void block_keep_state(pf_rule *r)
{
	r->action = PF_BLOCK;
	r->state = PF_STATE_KEEP;
}
static void block_return_rst_udp(pf_rule *r)
{
	r->action = PF_BLOCK;
	r->block = PF_BLOCK_RETURN_RST;
	r->proto = 17;
}
static void block_return_rst_tcp(pf_rule *r)
{
	block_return_rst_udp(r);
	r->proto = 6;
}
/* pfail27.in:6  anchor foo keep state */
static void anchor_keep_state(pf_rule *r)
{
	r->action = PF_ANCHOR;
	r->anchor = "foo";
	r->state = PF_STATE_KEEP;
}
static void anchor_plain(pf_rule *r)
{
	r->action = PF_ANCHOR;
	r->anchor = "foo";
}

/* ---- nat-to, rdr-to --------------------------------------------------- */

static void natto_nodir(pf_rule *r)
{
	r->action = PF_MATCH;
	r->af = 4;
	r->xlate = PF_XL_NAT_TO;
	r->xaddr = net4(XADDR, 0x7f000001, -1);
	r->nxaddr = 1;
}
/* pfail38.in:1 without its long tag: match out on lo0 nat-to 127.0.0.1 */
static void natto_out(pf_rule *r)
{
	natto_nodir(r);
	r->dir = PF_DIR_OUT;
}
static void pass_natto_no_state(pf_rule *r)
{
	natto_out(r);
	r->action = PF_PASS;
	r->state = PF_STATE_NO;
}
/* pfail20.in:5  match in on lo0 inet6 from 10.0.0.1 rdr-to (lo0): the
 * combination is dropped without a message. */
static void rdrto_af_conflict(pf_rule *r)
{
	r->action = PF_MATCH;
	r->dir = PF_DIR_IN;
	r->ifname = "lo0";
	r->af = 6;
	r->src = net4(SRC, 0x0a000001, -1);
	r->xlate = PF_XL_RDR_TO;
	r->xaddr = addr_named(XADDR, PF_ADDR_DYNIF, "lo0", NULL);
	r->nxaddr = 1;
}
static void src_dst_af_conflict(pf_rule *r)
{
	r->af = 4;
	r->src = net4(SRC, 0x01010101, -1);
	r->dst = net6(DST, 1);
}
/* pfail30.in:16  from 1.1.1.1 to any binat-to ::1 is a binat; a plain
 * nat-to has the same family check */
static void natto_af(pf_rule *r)
{
	natto_out(r);
	r->xaddr = net6(XADDR, 1);
}
static void natto_pool_mixed(pf_rule *r)
{
	natto_af(r);
	r->nxaddr = 2;
}

/* ---- binat-to (pfail19, pfail30) -------------------------------------- */

static void binat(pf_rule *r)
{
	r->action = PF_MATCH;
	r->ifname = "lo0";
	r->xlate = PF_XL_BINAT_TO;
	r->nxaddr = 1;
}
/* pfail19.in:4  match on lo0 from 1.1.1.1 to any binat-to <sometable> */
static void binat_to_table(pf_rule *r)
{
	binat(r);
	r->af = 4;
	r->src = net4(SRC, 0x01010101, -1);
	r->xaddr = addr_named(XADDR, PF_ADDR_TABLE, "sometable", NULL);
}
/* pfail19.in:5  match on lo0 from <sometable> to any binat-to 1.1.1.1 */
static void binat_from_table(pf_rule *r)
{
	binat(r);
	r->src = addr_named(SRC, PF_ADDR_TABLE, "sometable", NULL);
	r->xaddr = net4(XADDR, 0x01010101, -1);
}
/* pfail30.in:2  match on lo0 from (lo0) to (lo1000000) binat-to (lo0) */
static void binat_dynif(pf_rule *r)
{
	binat(r);
	r->src = addr_named(SRC, PF_ADDR_DYNIF, "lo0", NULL);
	r->dst = addr_named(DST, PF_ADDR_DYNIF, "lo1000000", NULL);
	r->xaddr = addr_named(XADDR, PF_ADDR_DYNIF, "lo0", NULL);
}
/* the same written (lo0:0) and binat-to 1.2.3.4: valid */
static void binat_dynif_noalias(pf_rule *r)
{
	binat_dynif(r);
	r->src.modifier = "0";
	r->xaddr = net4(XADDR, 0x01020304, -1);
}
/* (egress:0) is a group: still many addresses */
static void binat_group_noalias(pf_rule *r)
{
	binat_dynif_noalias(r);
	r->src.name = "egress";
}
/* pfail30.in:4  match on lo0 from no-route to any binat-to 1.1.1.1 */
static void binat_noroute(pf_rule *r)
{
	binat(r);
	r->src = addr_named(SRC, PF_ADDR_NOROUTE, NULL, NULL);
	r->xaddr = net4(XADDR, 0x01010101, -1);
}
/* pfail30.in:5  match on lo0 from !1.1.1.1 to any binat-to 1.1.1.1: valid */
static void binat_negated(pf_rule *r)
{
	binat(r);
	r->af = 4;
	r->src = net4(SRC, 0x01010101, -1);
	r->src.neg = true;
	r->xaddr = net4(XADDR, 0x01010101, -1);
}
/* pfail30.in:13  ... binat-to { 1.1.1.1 2.2.2.2 } */
static void binat_pool(pf_rule *r)
{
	binat_negated(r);
	r->src.neg = false;
	r->nxaddr = 2;
}
/* pfail30.in:14  match on lo0 from ::1 to any binat-to 1.2.3.4 */
static void binat_af(pf_rule *r)
{
	binat(r);
	r->af = 6;
	r->src = net6(SRC, 1);
	r->xaddr = net4(XADDR, 0x01020304, -1);
}
/* pfail30.in:17  match on lo0 inet from ::1 to any binat-to ::2 */
static void binat_af_dropped(pf_rule *r)
{
	binat(r);
	r->af = 4;
	r->src = net6(SRC, 1);
	r->xaddr = net6(XADDR, 2);
}
static void binat_in(pf_rule *r)
{
	binat_negated(r);
	r->src.neg = false;
	r->dir = PF_DIR_IN;
}

/* ---- FreeBSD ---------------------------------------------------------- */

/* pfail24.in:1  rdr-anchor test1 proto udp from port 80 to any */
static void rdr_anchor_sport(pf_rule *r)
{
	r->action = PF_RDRANCHOR;
	r->anchor = "test1";
	r->proto = 17;
	r->sport.op = PF_OP_EQ;
	r->sport.a = 80;
}
/* pfail24.in:5  rdr-anchor test5 proto udp to port != 80 */
static void rdr_anchor_dport_op(pf_rule *r)
{
	r->action = PF_RDRANCHOR;
	r->anchor = "test5";
	r->proto = 17;
	r->dport.op = PF_OP_NE;
	r->dport.a = 80;
}
static void rdr_anchor_dport_eq(pf_rule *r)
{
	rdr_anchor_dport_op(r);
	r->dport.op = PF_OP_EQ;
}
/* pfail24.in:8  binat-anchor test8 from 127.0.0.1 to any */
static void binat_anchor_from(pf_rule *r)
{
	r->action = PF_BINATANCHOR;
	r->anchor = "test8";
	r->src = net4(SRC, 0x7f000001, -1);
	r->af = 4;
}
static void binat_anchor_plain(pf_rule *r)
{
	r->action = PF_BINATANCHOR;
	r->anchor = "test8";
}
/* rdr on em0 from any to any port 80 -> 10.0.0.1 (no proto) */
static void rdr_port_no_proto(pf_rule *r)
{
	r->action = PF_RDR;
	r->ifname = "em0";
	r->dport.op = PF_OP_EQ;
	r->dport.a = 80;
	r->xaddr = net4(XADDR, 0x0a000001, -1);
	r->nxaddr = 1;
}
static void rdr_port_tcp(pf_rule *r)
{
	rdr_port_no_proto(r);
	r->proto = 6;
}
static void rdr_port_gt(pf_rule *r)
{
	rdr_port_tcp(r);
	r->dport.op = PF_OP_GT;
}
static void scrub_plain(pf_rule *r)
{
	r->action = PF_SCRUB;
	r->dir = PF_DIR_IN;
}

static void nothing(pf_rule *r)
{
	(void)r;
}

static struct rule_case rule_cases[] = {
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
	{ "pfail23:10 dup-to v4 on inet6", dupto_af, false,
	  { W("af mismatch in routing spec", ROUTE) } },
	{ "dup-to v6 on inet6", dupto_af_ok, true, { { 0 } } },
	{ "pfail8:1 block dup-to", block_dupto, false,
	  { W("af mismatch in routing spec", ROUTE),
	    W("route-to, reply-to and dup-to require keep state", ROUTE),
	    W("route-to, reply-to and dup-to are not supported on block rules", ROUTE) } },
	{ "route-to no state", routeto_no_state, false,
	  { W("route-to, reply-to and dup-to require keep state", ROUTE) } },
	{ "route-to keep state", routeto_keep_state, true, { { 0 } } },
	{ "route-to without direction", routeto_no_dir, false,
	  { W("direction must be explicit with rules that specify routing", ROUTE) } },
	{ "dup-to without direction", dupto_no_dir, true, { { 0 } } },
	{ "match route-to", match_routeto, false,
	  { W("route-to, reply-to and dup-to require keep state", ROUTE),
	    W("route-to, reply-to and dup-to are not supported on match rules", ROUTE) } },
	{ "pfail55 divert-to v4 on inet6", divert_to_af, false,
	  { W("divert-to address family mismatch", STMT) } },
	{ "pfail56 divert-to v6 on inet", divert_to_af6_on_inet, false,
	  { W("divert-to address family mismatch", STMT) } },
	{ "divert-to without af", divert_to_no_af, true, { { 0 } } },
	{ "pfail66 divert-to out", divert_to_out, false,
	  { W("divert-to used with outgoing rule", STMT) } },
	{ "divert-to without direction", divert_to_nodir, true, { { 0 } } },
	{ "pfail67 divert-reply in", divert_reply_in, false,
	  { W("divert-reply used with incoming rule", STMT) } },
	{ "divert-reply out", divert_reply_out, true, { { 0 } } },
	{ "match divert-packet", match_divert_packet, false,
	  { W("divert is not supported on match rules", STMT) } },
	{ "pfail57:1 af-to", afto, true, { { 0 } } },
	{ "pfail57:2 af-to route-to", afto_routeto, false,
	  { W("af-to cannot be used together with route-to, reply-to, dup-to", XADDR) } },
	{ "af-to out", afto_out, false, { W("af-to can only be used with direction in", XADDR) } },
	{ "af-to to its own family", afto_same_af, false,
	  { W("must indicate different address family with af-to", XADDR) } },
	{ "af-to from an address of the old family", afto_pool_af, false,
	  { W("translation spec contains addresses that don't match target address family",
	      XADDR) } },
	{ "pfail48 max-src-nodes with source-track global", srcnodes_global, false,
	  { W("'max-src-nodes' is incompatible with 'source-track global'", STMT) } },
	{ "max-src-nodes with source-track rule", srcnodes_rule, true, { { 0 } } },
	{ "block keep state", block_keep_state, false,
	  { W("keep state is great, but only for pass rules", STMT) } },
	{ "block return-rst proto udp", block_return_rst_udp, false,
	  { W("return-rst can only be applied to TCP rules", STMT) } },
	{ "block return-rst proto tcp", block_return_rst_tcp, true, { { 0 } } },
	{ "pfail27:6 anchor keep state", anchor_keep_state, false,
	  { W("cannot specify state handling on anchors", STMT) } },
	{ "anchor", anchor_plain, true, { { 0 } } },
	{ "match nat-to without direction", natto_nodir, false,
	  { W("nat-to and rdr-to require a direction", XADDR) } },
	{ "match out nat-to", natto_out, true, { { 0 } } },
	{ "pass out nat-to no state", pass_natto_no_state, false,
	  { W("nat-to and rdr-to require keep state", XADDR) } },
	{ "pfail20:5 inet6 from a v4 address: dropped silently", rdrto_af_conflict, false,
	  { { 0 } } },
	{ "from v4 to v6: dropped silently", src_dst_af_conflict, false, { { 0 } } },
	{ "nat-to v6 on inet", natto_af, false, { W("af mismatch in translation spec", XADDR) } },
	{ "nat-to pool of several: only the first is known", natto_pool_mixed, true,
	  { { 0 } } },
	{ "pfail19:4 binat-to <table>", binat_to_table, false,
	  { W("binat-to requires a specified source and redirect address", XADDR),
	    W("source and redir addresess must have a matching network mask in binat-rule",
	      XADDR),
	    W("tables cannot be used as the redirect address of a binat-to rule", XADDR) } },
	{ "pfail19:5 binat from <table>", binat_from_table, false,
	  { W("invalid use of table <sometable> as the source address of a binat-to rule",
	      SRC) } },
	{ "pfail30:2 binat from (lo0)", binat_dynif, false,
	  { W("invalid use of interface (lo0) as the source address of a binat-to rule", SRC),
	    W("dynamic interfaces must be used with :0 in a binat-to rule", SRC) } },
	{ "binat from (lo0:0)", binat_dynif_noalias, true, { { 0 } } },
	{ "binat from (egress:0)", binat_group_noalias, false,
	  { W("invalid use of interface (egress) as the source address of a binat-to rule",
	      SRC),
	    W("dynamic interfaces must be used with :0 in a binat-to rule", SRC) } },
	{ "pfail30:4 binat from no-route", binat_noroute, false,
	  { W("binat-to requires a specified source and redirect address", SRC) } },
	{ "pfail30:5 binat from !1.1.1.1", binat_negated, true, { { 0 } } },
	{ "pfail30:13 binat-to a pool", binat_pool, false,
	  { W("binat-to requires a specified source and redirect address", XADDR),
	    W("source and redir addresess must have a matching network mask in binat-rule",
	      XADDR),
	    W("tables cannot be used as the redirect address of a binat-to rule", XADDR) } },
	{ "pfail30:14 binat from ::1 to v4", binat_af, false,
	  { W("af mismatch in translation spec", XADDR),
	    W("source and redir addresess must have a matching network mask in binat-rule",
	      XADDR) } },
	{ "pfail30:17 inet from ::1 binat-to ::2", binat_af_dropped, false,
	  { W("af mismatch in translation spec", XADDR) } },
	{ "binat in", binat_in, false,
	  { W("binat-to cannot be specified with a direction", XADDR) } },
	{ "pfail24:1 rdr-anchor source port", rdr_anchor_sport, false,
	  { W("source port parameter not supported in rdr-anchor", SPORT) } },
	{ "pfail24:5 rdr-anchor port !=", rdr_anchor_dport_op, false,
	  { W("destination port operators not supported in rdr-anchor", DPORT) } },
	{ "rdr-anchor port =", rdr_anchor_dport_eq, true, { { 0 } } },
	{ "pfail24:8 binat-anchor from", binat_anchor_from, false,
	  { W("fromto parameter not supported in binat-anchor", SRC) } },
	{ "binat-anchor", binat_anchor_plain, true, { { 0 } } },
	{ "rdr port without proto", rdr_port_no_proto, false,
	  { W("dst port only applies to tcp/udp", DPORT) } },
	{ "rdr proto tcp port", rdr_port_tcp, true, { { 0 } } },
	{ "rdr port >", rdr_port_gt, false,
	  { W("invalid port operator for rdr destination port", DPORT) } },
	{ "scrub in", scrub_plain, true, { { 0 } } },
};

/* Criterion hands each parameter to a fresh process as bytes: pass the
 * index of a case, not the case with its pointers. */
ParameterizedTestParameters(pf_check, rule)
{
	static size_t idx[sizeof rule_cases / sizeof rule_cases[0]];
	for (size_t i = 0; i < sizeof idx / sizeof idx[0]; i++)
		idx[i] = i;
	return cr_make_param_array(size_t, idx, sizeof idx / sizeof idx[0]);
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
	const struct rule_case *c = &rule_cases[*ci];
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
