/* test_pf_check_action.c - pfctl's consistency checks on what a rule does:
 * route-to, reply-to and dup-to, divert, af-to, state options, nat-to,
 * rdr-to and binat-to, and FreeBSD's anchors and translations.  The cases
 * are run by test_pf_check.c with its own (pf_check/rule). */
#include <stdbool.h>
#include <string.h>

#include "test_pf_check.h"

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

/* ---- the cases -------------------------------------------------------- */

const struct rule_case pf_check_action_cases[] = {
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

const size_t pf_check_action_ncases =
	sizeof pf_check_action_cases / sizeof pf_check_action_cases[0];
