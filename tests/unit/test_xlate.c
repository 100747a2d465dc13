/* Unit tests for translations on packet sets (include/xlate.h). */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>

#include <string.h>

#include "xlate.h"

static pbox tcp_to(uint32_t dst_lo, uint32_t dst_hi, unsigned plo, unsigned phi)
{
	pbox b = pbox_full();
	b.proto_lo = b.proto_hi = PROTO_TCP;
	b.src_lo = PSET_V4_LO;
	b.src_hi = PSET_V4_HI;
	b.dst_lo = addr_v4(dst_lo);
	b.dst_hi = addr_v4(dst_hi);
	b.dport_lo = (uint16_t)plo;
	b.dport_hi = (uint16_t)phi;
	return b;
}

Test(xlate, set_one_value_image_and_back)
{
	/* DNAT 203.0.113.10 -> 192.0.2.10, port 25 -> 2525 */
	xlate x = xlate_identity();
	xl_field a = { XL_SET, addr_v4(0xc000020a), addr_v4(0xc000020a), 0 };
	xl_field p = { XL_SET, 2525, 2525, 0 };
	xlate_then(&x, XL_DST, &a);
	xlate_then(&x, XL_DPORT, &p);
	cr_expect(not(xlate_is_identity(&x)));
	cr_expect(not(xlate_chooses(&x)));
	pbox b = tcp_to(0xcb00710a, 0xcb00710a, 25, 25);
	pset s = pset_from_box(&b);
	pset img = xlate_image(&s, &x, XL_ALL_FIELDS);
	cr_assert(eq(sz, img.n, 1));
	cr_expect(img.box[0].dst_lo == addr_v4(0xc000020a) && img.box[0].dst_hi == addr_v4(0xc000020a));
	cr_expect(eq(u16, img.box[0].dport_lo, 2525));
	bool chose = true;
	pset back = xlate_preimage(&s, &x, XL_ALL_FIELDS, &img, &chose);
	cr_expect(not(chose));
	cr_expect(pset_equal(&back, &s));
	/* a set that misses the image has no preimage */
	pbox other = tcp_to(0xc000020b, 0xc000020b, 2525, 2525);
	pset o = pset_from_box(&other);
	pset none = xlate_preimage(&s, &x, XL_ALL_FIELDS, &o, NULL);
	cr_expect(pset_is_empty(&none));
	pset_free(&s);
	pset_free(&img);
	pset_free(&back);
	pset_free(&o);
	pset_free(&none);
}

Test(xlate, map_is_one_to_one)
{
	/* binat 203.0.113.0/24 -> 192.0.2.0/24 */
	xlate x = xlate_identity();
	xl_field a = { XL_MAP, addr_v4(0xc0000200), addr_v4(0xc00002ff), addr_v4(0xcb007100) };
	xlate_then(&x, XL_DST, &a);
	pbox b = tcp_to(0xcb007100, 0xcb0071ff, 0, 65535);
	pset s = pset_from_box(&b);
	/* the packets that end up at 192.0.2.7 came to 203.0.113.7 */
	pbox seven = tcp_to(0xc0000207, 0xc0000207, 0, 65535);
	pset t = pset_from_box(&seven);
	bool chose = true;
	pset back = xlate_preimage(&s, &x, XL_ALL_FIELDS, &t, &chose);
	cr_expect(not(chose));
	cr_assert(eq(sz, back.n, 1));
	cr_expect(back.box[0].dst_lo == addr_v4(0xcb007107) && back.box[0].dst_hi == addr_v4(0xcb007107));
	/* and inverted: 192.0.2.0/24 back to 203.0.113.0/24 */
	xl_field inv = xl_invert(&x.f[XL_DST], 0, 0);
	cr_expect(inv.kind == XL_MAP && inv.lo == addr_v4(0xcb007100) && inv.base == addr_v4(0xc0000200));
	pset_free(&s);
	pset_free(&t);
	pset_free(&back);
}

Test(xlate, a_pool_chooses)
{
	xlate x = xlate_identity();
	xl_field a = { XL_SET, addr_v4(0x0a000001), addr_v4(0x0a000004), 0 };
	xlate_then(&x, XL_DST, &a);
	cr_expect(xlate_chooses(&x));
	pbox b = tcp_to(0xcb00710a, 0xcb00710a, 25, 25);
	pset s = pset_from_box(&b);
	pbox two = tcp_to(0x0a000002, 0x0a000002, 25, 25);
	pset t = pset_from_box(&two);
	bool chose = false;
	pset back = xlate_preimage(&s, &x, XL_ALL_FIELDS, &t, &chose);
	/* the packet may go to 10.0.0.2, or to another of the pool */
	cr_expect(chose);
	cr_expect(pset_equal(&back, &s));
	pset_free(&s);
	pset_free(&t);
	pset_free(&back);
}

Test(xlate, ports_only_for_protocols_that_have_them)
{
	xlate x = xlate_identity();
	xl_field p = { XL_SET, 8080, 8080, 0 };
	xlate_then(&x, XL_DPORT, &p);
	pbox b = pbox_full(); /* every protocol */
	pset s = pset_from_box(&b);
	pset img = xlate_image(&s, &x, XL_ALL_FIELDS);
	/* ICMP keeps its type and code in the port field */
	packet icmp = { 0 };
	icmp.proto = PROTO_ICMP;
	icmp.dport = 8 * 256;
	icmp.state = CT_NEW;
	cr_expect(pset_contains_packet(&img, &icmp));
	packet tcp = { 0 };
	tcp.proto = PROTO_TCP;
	tcp.dport = 8080;
	tcp.state = CT_NEW;
	tcp.flags = TCPF_SYN;
	cr_expect(pset_contains_packet(&img, &tcp));
	tcp.dport = 80;
	cr_expect(not(pset_contains_packet(&img, &tcp)));
	packet q = tcp;
	xlate_packet(&x, XL_ALL_FIELDS, &q);
	cr_expect(eq(u16, q.dport, 8080));
	xlate_packet(&x, XL_ALL_FIELDS, &icmp);
	cr_expect(eq(u16, icmp.dport, 8 * 256));
	pset_free(&s);
	pset_free(&img);
}

Test(xlate, composition)
{
	/* a map then a set is a set; a set then a map maps the value */
	xlate x = xlate_identity();
	xl_field m = { XL_MAP, 2000, 2999, 1000 };
	xl_field v = { XL_SET, 1500, 1500, 0 };
	xlate_then(&x, XL_DPORT, &v);
	xlate_then(&x, XL_DPORT, &m);
	cr_expect(x.f[XL_DPORT].kind == XL_SET && x.f[XL_DPORT].lo == 2500 && x.f[XL_DPORT].hi == 2500);
	xlate y = xlate_identity();
	xlate_then(&y, XL_DPORT, &m);
	xl_field m2 = { XL_MAP, 5000, 5999, 2000 };
	xlate_then(&y, XL_DPORT, &m2);
	packet p = { 0 };
	p.proto = PROTO_TCP;
	p.dport = 1234;
	xlate_packet(&y, XL_ALL_FIELDS, &p);
	cr_expect(eq(u16, p.dport, 5234));
}

/* ------------------------------------------------------------------
 * A translation chain (pf, Cisco) with a rule that may or may not match:
 * only the packets it matches are unsure (eval_path.c xlate_rules).
 */
#include "eval.h"

static ir_rule *dnat_rule(const char *text, u128 dst, u128 to, bool unresolved)
{
	srcloc at = { "t.conf", 2, 1, 0, 0 };
	ir_rule *r = ir_rule_new(at, text, strlen(text));
	ir_cond *c = ir_rule_cond(r, IR_DST, false, at);
	ir_cond_range(c, dst, dst);
	if (unresolved)
		ir_rule_unresolved(r, at, "a table filled at run time");
	ir_nat n = { "rdr-to", true, { XL_SET, to, to, 0 }, { XL_KEEP, 0, 0, 0 }, false, false };
	ir_rule_nat(r, &n);
	ir_rule_action(r, IR_ACCEPT, "pass", at);
	return r;
}

Test(xlate_path, an_unsure_translation_leaves_the_other_packets_sure)
{
	srcloc at = { "t.conf", 1, 1, 0, 0 };
	ir_ruleset *rs = ir_ruleset_new("t.conf", IR_FMT_PF, 0);
	ir_chain *nat = ir_chain_new(ir_table_get(rs, "nat", at), "in", true, at);
	ir_chain_policy(nat, IR_ACCEPT, at);
	ir_chain *in = ir_chain_new(ir_table_get(rs, "filter", at), "in", true, at);
	ir_chain_policy(in, IR_ACCEPT, at);
	ir_chain_append(nat, dnat_rule("rdr", addr_v4(0xcb00710a), addr_v4(0xc000020a), true));
	ir_ruleset_finish(rs);
	iftab tab;
	iftab_init(&tab);
	iftab_freeze(&tab);
	evaluator *ev = eval_new(rs, &tab);

	pbox other = tcp_to(0xc6336401, 0xc6336401, 25, 25); /* 198.51.100.1 */
	pset s = pset_from_box(&other);
	outcome_list out = { 0 };
	eval_run(ev, EVAL_INPUT, &s, &out);
	cr_assert(eq(sz, out.n, 1));
	cr_expect(not(out.v[0].maybe));
	cr_expect(xlate_is_identity(&out.v[0].xl));
	outcome_list_free(&out);
	pset_free(&s);

	pbox pub = tcp_to(0xcb00710a, 0xcb00710a, 25, 25); /* 203.0.113.10 */
	s = pset_from_box(&pub);
	eval_run(ev, EVAL_INPUT, &s, &out);
	/* translated or not: both possible */
	cr_assert(eq(sz, out.n, 2));
	cr_expect(out.v[0].maybe);
	cr_expect(out.v[1].maybe);
	cr_expect(xlate_is_identity(&out.v[0].xl) != xlate_is_identity(&out.v[1].xl));
	outcome_list_free(&out);

	/* both together: the packets the rule cannot match stay sure */
	pset_add_box(&s, &other);
	eval_run(ev, EVAL_INPUT, &s, &out);
	packet p = { 0 };
	p.proto = PROTO_TCP;
	p.src = addr_v4(0x01020304);
	p.sport = 40000;
	p.dst = addr_v4(0xc6336401);
	p.dport = 25;
	p.state = CT_NEW;
	p.flags = TCPF_SYN;
	size_t found = 0;
	for (size_t i = 0; i < out.n; i++)
		if (pset_contains_packet(&out.v[i].set, &p)) {
			found++;
			cr_expect(not(out.v[i].maybe));
		}
	cr_expect(eq(sz, found, 1));
	outcome_list_free(&out);
	pset_free(&s);

	eval_free(ev);
	iftab_free(&tab);
	ir_ruleset_free(rs);
}
