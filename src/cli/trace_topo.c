/* trace_topo.c - fwlint trace -t: the firewall of a file and the
 * interfaces of a packet through it, from the zones of the topology
 * (fwlint(1), "fwlint trace"; fwlint-topology(5)); and the rule that makes
 * --in and --out needed without it. */
#include "trace_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fileio.h"
#include "xalloc.h"

/* The same file: the same name, or the same file once resolved (as fwlint
 * matches its FILE operands with the topology's firewalls). */
int trace_topo_firewall(const topo *t, const char *file)
{
	for (size_t i = 0; i < t->nfw; i++)
		if (same_path(file, t->fw[i].file))
			return (int)i;
	return -1;
}

int trace_topo_zone(const topo *t, u128 a)
{
	/* A zone's space is its prefixes minus those of every more specific
	 * zone: at most one zone holds an address, the most specific. */
	for (size_t z = 0; z < t->nzone; z++)
		for (size_t k = 0; k < t->zone[z].niv; k++)
			if (t->zone[z].iv[k].lo <= a && a <= t->zone[z].iv[k].hi)
				return (int)z;
	return -1;
}

/* One of the firewall's own addresses: an "address" of one of its
 * interfaces, or a host firewall's server's address. */
static bool own_address(const topo *t, const topo_firewall *fw, u128 a)
{
	if (fw->host >= 0)
		return t->server[fw->host].addr == a;
	for (size_t k = 0; k < fw->niface; k++)
		for (size_t j = 0; j < fw->iface[k].naddr; j++)
			if (fw->iface[k].addr[j] == a)
				return true;
	return false;
}

/* The interface of firewall fwi towards zone z: one in z; else the one
 * from whose zone the shortest paths to z do not cross the firewall again,
 * the fewest firewalls away (the first of equals); -1 when z cannot be
 * reached. */
static int iface_towards(const topo *t, size_t fwi, int z)
{
	const topo_firewall *fw = &t->fw[fwi];
	for (size_t k = 0; k < fw->niface; k++)
		if (fw->iface[k].zone == z)
			return (int)k;
	int best = -1;
	size_t best_n = 0;
	for (size_t k = 0; k < fw->niface; k++) {
		hop hops[64];
		size_t npaths = 0;
		size_t nh = topo_paths(t, fw->iface[k].zone, z, hops, 64, &npaths);
		if (npaths == 0)
			continue;
		bool again = false;
		for (size_t i = 0; i < nh && !again; i++)
			again = hops[i].fw == (int)fwi;
		if (!again && (best < 0 || nh < best_n)) {
			best = (int)k;
			best_n = nh;
		}
	}
	return best;
}

/* One end of the packet. */
static void find_end(const topo *t, size_t fwi, u128 a, trace_end *e)
{
	memset(e, 0, sizeof *e);
	e->addr = a;
	e->iface = -1;
	e->server = -1;
	e->own = own_address(t, &t->fw[fwi], a);
	e->zone = trace_topo_zone(t, a);
}

void trace_route_find(const topo *t, size_t fwi, u128 src, u128 dst, trace_route *r)
{
	const topo_firewall *fw = &t->fw[fwi];
	memset(r, 0, sizeof *r);
	find_end(t, fwi, src, &r->src);
	find_end(t, fwi, dst, &r->dst);
	/* A server's address for clients of the source's zone: the packet
	 * goes to the server's zone, where a firewall on the way translates
	 * it (fwlint-topology(5), "site and server"). */
	for (size_t s = 0; s < t->nserver && r->src.zone >= 0 && !r->dst.own; s++) {
		const topo_pubaddr *p = topo_server_pubaddr(t, (int)s, r->src.zone);
		if (p && p->addr == dst) {
			r->dst.zone = t->server[s].zone;
			r->dst.server = (int)s;
		}
	}
	if (r->dst.own && !r->src.own)
		r->hook = EVAL_INPUT;
	else if (r->src.own && !r->dst.own)
		r->hook = EVAL_OUTPUT;
	else
		r->hook = EVAL_FORWARD;
	if (fw->host >= 0)
		return; /* the topology names no interface of a server */
	if (r->src.zone >= 0)
		r->src.iface = iface_towards(t, fwi, r->src.zone);
	if (r->dst.zone >= 0)
		r->dst.iface = iface_towards(t, fwi, r->dst.zone);
	if (r->src.zone >= 0 && r->dst.zone >= 0) {
		/* A flow's own way through the firewall, as fwlint checks it
		 * (the hops of its shortest paths): the first that crosses
		 * this firewall. */
		hop hops[64];
		size_t npaths = 0;
		size_t nh = topo_paths(t, r->src.zone, r->dst.zone, hops, 64, &npaths);
		for (size_t i = 0; i < nh; i++)
			if (hops[i].fw == (int)fwi) {
				r->src.iface = hops[i].in_if;
				r->dst.iface = hops[i].out_if;
				break;
			}
	}
}

/* "zone corp", "the firewall", "10.9.0.1" (in no zone) */
static void end_words(const topo *t, const trace_end *e, char *buf, size_t n)
{
	if (e->own) {
		snprintf(buf, n, "the firewall");
	} else if (e->zone >= 0) {
		snprintf(buf, n, "zone %s", t->zone[e->zone].name);
	} else {
		char a[48];
		fmt_addr(e->addr, a, sizeof a);
		snprintf(buf, n, "%s", a);
	}
}

void trace_route_print(const topo *t, const trace_route *r, const char *in, const char *out)
{
	char from[96], to[96];
	end_words(t, &r->src, from, sizeof from);
	end_words(t, &r->dst, to, sizeof to);
	printf("from %s%s%s to %s%s%s", from, in ? " via " : "", in ? in : "", to, out ? " via " : "",
	       out ? out : "");
	if (r->dst.server >= 0) {
		char a[48];
		fmt_addr(r->dst.addr, a, sizeof a);
		printf(" (%s at %s)", t->server[r->dst.server].name, a);
	}
	putchar('\n');
}

/* The built-in chains of a packet's way through iptables (fwlint(1),
 * "EVALUATION", iptables), by hook: forwarded, to the host, from it. */
#define IPT_MAX_CHAINS 8
static const char *const ipt_chains[][IPT_MAX_CHAINS][2] = {
	[EVAL_FORWARD] = {
		{ "raw", "PREROUTING" }, { "mangle", "PREROUTING" }, { "nat", "PREROUTING" },
		{ "mangle", "FORWARD" }, { "filter", "FORWARD" }, { "security", "FORWARD" },
		{ "mangle", "POSTROUTING" }, { "nat", "POSTROUTING" },
	},
	[EVAL_INPUT] = {
		{ "raw", "PREROUTING" }, { "mangle", "PREROUTING" }, { "nat", "PREROUTING" },
		{ "mangle", "INPUT" }, { "filter", "INPUT" }, { "security", "INPUT" },
		{ "nat", "INPUT" },
	},
	[EVAL_OUTPUT] = {
		{ "raw", "OUTPUT" }, { "mangle", "OUTPUT" }, { "nat", "OUTPUT" },
		{ "filter", "OUTPUT" }, { "security", "OUTPUT" }, { "mangle", "POSTROUTING" },
		{ "nat", "POSTROUTING" },
	},
};

bool trace_is_loopback(const char *ifname)
{
	if (strncmp(ifname, "lo", 2) != 0)
		return false;
	for (const char *c = ifname + 2; *c; c++)
		if (*c < '0' || *c > '9')
			return false;
	return true;
}

/* What trace_iface_rule looks for. */
typedef struct iface_query {
	const iftab *tab;
	const char *in, *out; /* the interfaces given, or NULL */
	bool no_in, no_out;   /* the hook has no such interface */
	bool *seen;           /* the chains entered */
} iface_query;

/* Whether the interface condition c can hold for a packet on the
 * interface named name, as the evaluator matches it. */
static bool cond_admits(const iface_query *q, const ir_cond *c, const char *name)
{
	uint16_t id = iftab_id(q->tab, name), lo, hi;
	bool in = iftab_range(q->tab, c->ifname, &lo, &hi) && lo <= id && id <= hi;
	return in != c->neg;
}

/* Rule r tests an interface that is not given (*which: the field), and no
 * condition on a given one rules the packet out. */
static bool tests_missing(const iface_query *q, const ir_rule *r, enum ir_field *which)
{
	bool missing = false;
	for (size_t k = 0; k < r->ncond; k++) {
		const ir_cond *c = &r->cond[k];
		if (c->field != IR_IIF && c->field != IR_OIF)
			continue;
		if (c->field == IR_IIF ? q->no_in : q->no_out)
			continue;
		const char *given = c->field == IR_IIF ? q->in : q->out;
		if (given && !cond_admits(q, c, given))
			return false;
		if (!given && trace_is_loopback(c->ifname)) {
			/* A forwarded packet neither comes in nor goes out
			 * on the loopback: "on lo0" rules it out, "! -i lo"
			 * lets it through whatever its interface (pf's
			 * "set skip on lo0" is such a rule). */
			if (!c->neg)
				return false;
			continue;
		}
		if (!given && !missing) {
			missing = true;
			*which = c->field;
		}
	}
	return missing;
}

/* The first rule of c, or of a chain it jumps to, in the order a packet
 * meets them, that tests_missing(). */
static const ir_rule *chain_tests_iface(const iface_query *q, const ir_chain *c,
					enum ir_field *which)
{
	if (q->seen[c->id])
		return NULL;
	q->seen[c->id] = true;
	for (size_t i = 0; i < c->n; i++) {
		const ir_rule *r = c->rule[i];
		if (tests_missing(q, r, which))
			return r;
		if ((r->action == IR_JUMP || r->action == IR_GOTO) && r->jump) {
			const ir_rule *j = chain_tests_iface(q, r->jump, which);
			if (j)
				return j;
		}
	}
	return NULL;
}

const ir_rule *trace_iface_rule(const ir_ruleset *rs, const iftab *tab, enum eval_hook hook,
				const char *in, const char *out, enum ir_field *which)
{
	bool no_in = hook == EVAL_OUTPUT, no_out = hook == EVAL_INPUT;
	if (hook == EVAL_LOCAL || ((in || no_in) && (out || no_out)) || !rs->nchains)
		return NULL;
	iface_query q = { tab, in, out, no_in, no_out, xcalloc(rs->nchains, sizeof *q.seen) };
	const ir_rule *r = NULL;
	if (rs->format == IR_FMT_IPTABLES) {
		for (size_t i = 0; i < IPT_MAX_CHAINS && ipt_chains[hook][i][0] && !r; i++) {
			const ir_table *tb = ir_table_find(rs, ipt_chains[hook][i][0]);
			const ir_chain *c = tb ? ir_chain_find(tb, ipt_chains[hook][i][1]) : NULL;
			if (c)
				r = chain_tests_iface(&q, c, which);
		}
	} else {
		/* pf and Cisco: every table's chains are stages or anchors
		 * and ACLs that the packet may meet. */
		for (size_t i = 0; i < rs->n && !r; i++)
			for (size_t k = 0; k < rs->table[i]->n && !r; k++)
				r = chain_tests_iface(&q, rs->table[i]->chain[k], which);
	}
	free(q.seen);
	return r;
}
