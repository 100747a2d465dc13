/* test_trace_topo.c - fwlint trace -t: the firewall of a file, the zone
 * of an address, the interfaces of a packet (src/cli/trace_topo.c); and
 * the rule that makes --in and --out needed. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>

#include <string.h>

/* The CLI's own header: trace_topo.c is part of the library the tests
 * link, its declarations are not public. */
#include "../../src/cli/trace_int.h"

#define CONTOSO "samples/contoso/contoso.topo"
#define EDGE "samples/contoso/edge.rules"

static topo *t;

static void load(void)
{
	diag_list d;
	diag_list_init(&d);
	t = topo_load(CONTOSO, FWLINT_RULESETS_DIR, &d);
	for (size_t i = 0; i < d.n; i++)
		cr_log_error("%s:%d: %s", d.v[i].file, d.v[i].loc.line, d.v[i].msg);
	diag_list_free(&d);
	cr_assert(t != NULL);
}

static void unload(void)
{
	topo_free(t);
}

TestSuite(trace_topo, .init = load, .fini = unload);

static u128 v4(unsigned a, unsigned b, unsigned c, unsigned d)
{
	return addr_v4((uint32_t)a << 24 | (uint32_t)b << 16 | (uint32_t)c << 8 | d);
}

static size_t fw_named(const char *name)
{
	for (size_t i = 0; i < t->nfw; i++)
		if (strcmp(t->fw[i].name, name) == 0)
			return i;
	cr_fatal("no firewall %s", name);
	return 0;
}

static int iface_named(size_t fw, const char *name)
{
	for (size_t k = 0; k < t->fw[fw].niface; k++)
		if (strcmp(t->fw[fw].iface[k].name, name) == 0)
			return (int)k;
	cr_fatal("no interface %s", name);
	return -1;
}

Test(trace_topo, firewall_of_a_file)
{
	cr_expect(eq(int, trace_topo_firewall(t, EDGE), (int)fw_named("edge")));
	/* the same file by another path */
	cr_expect(eq(int, trace_topo_firewall(t, "samples/../samples/contoso/wan.conf"),
		     (int)fw_named("wan")));
	cr_expect(eq(int, trace_topo_firewall(t, "samples/contoso/edge-broken.rules"), -1));
}

Test(trace_topo, most_specific_zone)
{
	cr_expect(eq(int, trace_topo_zone(t, v4(10, 2, 64, 5)), topo_find_zone(t, "london-users")));
	cr_expect(eq(int, trace_topo_zone(t, v4(10, 2, 63, 255)), topo_find_zone(t, "london")));
	cr_expect(eq(int, trace_topo_zone(t, v4(10, 1, 0, 0)), topo_find_zone(t, "corp")));
	cr_expect(eq(int, trace_topo_zone(t, v4(198, 51, 100, 7)), topo_find_zone(t, "internet")));
}

/* A zone that is not the firewall's: the hop of the flow's path. */
Test(trace_topo, path_across_other_firewalls)
{
	size_t wan = fw_named("wan");
	trace_route r;
	trace_route_find(t, wan, v4(10, 2, 64, 5), v4(10, 1, 0, 11), &r);
	cr_expect(eq(int, r.hook, EVAL_FORWARD));
	cr_expect(eq(int, r.src.zone, topo_find_zone(t, "london-users")));
	cr_expect(eq(int, r.src.iface, iface_named(wan, "em1")));
	cr_expect(eq(int, r.dst.iface, iface_named(wan, "em0")));
	cr_expect(not(r.src.own || r.dst.own));
}

/* internet to dmz does not cross wan: both ends are towards em0. */
Test(trace_topo, both_ends_on_one_side)
{
	size_t wan = fw_named("wan");
	trace_route r;
	trace_route_find(t, wan, v4(198, 51, 100, 7), v4(192, 0, 2, 10), &r);
	cr_expect(eq(int, r.src.iface, iface_named(wan, "em0")));
	cr_expect(eq(int, r.dst.iface, iface_named(wan, "em0")));
}

Test(trace_topo, public_address_for_its_zone_only)
{
	size_t edge = fw_named("edge");
	trace_route r;
	trace_route_find(t, edge, v4(198, 51, 100, 7), v4(203, 0, 113, 10), &r);
	cr_expect(eq(int, r.dst.zone, topo_find_zone(t, "dmz")));
	cr_expect(eq(int, r.dst.server, topo_find_server(t, "EXCH1")));
	cr_expect(eq(int, r.dst.iface, iface_named(edge, "eth1")));
	/* corp is not in EXCH1's "address ... from": the address is the
	 * internet's */
	trace_route_find(t, edge, v4(10, 1, 0, 5), v4(203, 0, 113, 10), &r);
	cr_expect(eq(int, r.dst.zone, topo_find_zone(t, "internet")));
	cr_expect(eq(int, r.dst.server, -1));
	cr_expect(eq(int, r.dst.iface, iface_named(edge, "eth0")));
}

Test(trace_topo, the_firewall_itself)
{
	size_t edge = fw_named("edge");
	trace_route r;
	trace_route_find(t, edge, v4(10, 1, 0, 5), v4(203, 0, 113, 1), &r);
	cr_expect(eq(int, r.hook, EVAL_INPUT));
	cr_expect(r.dst.own);
	cr_expect(eq(int, r.src.iface, iface_named(edge, "eth2")));
	trace_route_find(t, edge, v4(203, 0, 113, 1), v4(10, 1, 0, 5), &r);
	cr_expect(eq(int, r.hook, EVAL_OUTPUT));
	cr_expect(r.src.own);
	trace_route_find(t, edge, v4(203, 0, 113, 1), v4(203, 0, 113, 1), &r);
	cr_expect(eq(int, r.hook, EVAL_FORWARD));
}

/* The first rule a forwarded packet meets that tests an interface not
 * given, skipping those whose other interface condition rules it out. */
Test(trace_topo, rule_that_needs_an_interface)
{
	diag_list dl;
	diag_list_init(&dl);
	fwload f;
	fwload_opts fo = { .format = "iptables" };
	cr_assert(fwload_open(&f, EDGE, &fo, &dl));
	diag_list_free(&dl);
	enum ir_field which = IR_PROTO;
	const ir_rule *r = trace_iface_rule(f.rs, &f.tab, EVAL_FORWARD, NULL, NULL, &which);
	cr_assert(r != NULL);
	cr_expect(eq(int, r->loc.line, 7)); /* nat PREROUTING -i eth0 */
	cr_expect(eq(int, which, IR_IIF));
	/* in on eth0: FORWARD -i eth2 ... is ruled out, EXCHANGE -i eth0
	 * -o eth1 is not */
	r = trace_iface_rule(f.rs, &f.tab, EVAL_FORWARD, "eth0", NULL, &which);
	cr_assert(r != NULL);
	cr_expect(eq(int, r->loc.line, 25));
	cr_expect(eq(int, which, IR_OIF));
	r = trace_iface_rule(f.rs, &f.tab, EVAL_FORWARD, "eth2", NULL, &which);
	cr_assert(r != NULL);
	cr_expect(eq(int, r->loc.line, 27)); /* through -j EXCHANGE */
	cr_expect(eq(ptr, (void *)trace_iface_rule(f.rs, &f.tab, EVAL_FORWARD, "eth0", "eth1", &which), NULL));
	fwload_close(&f);
}
