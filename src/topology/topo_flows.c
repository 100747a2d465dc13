/* topo_flows.c - what the topology needs, as flows, and the firewalls a
 * flow crosses (fwlint-topology(5), REQUIRED FLOWS).
 *
 * Flows: every statement that implies traffic (a site: its intrasite
 * traffic; clients / smtp; a connector), in file order; within a statement,
 * every ruleset line that applies to it, in ruleset order; within a line,
 * every initiator (a zone, or one server) with every responder server.
 *
 * Paths: zones and router firewalls form a bipartite graph; a flow from
 * zone a to zone b crosses every firewall on every shortest path.
 */
#include "topo.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

#define EPHEMERAL_LO 1024
#define EPHEMERAL_HI 65535

void flow_list_free(flow_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].label);
		free(l->v[i].src_name);
		free(l->v[i].dst_name);
		pset_free(&l->v[i].src);
		pset_free(&l->v[i].dst);
	}
	free(l->v);
	memset(l, 0, sizeof *l);
}

/* One side of a flow: a whole zone, or one server. */
typedef struct party {
	int zone;
	int server;  /* -1: the zone */
} party;

static char *party_name(const topo *t, party p)
{
	if (p.server >= 0) {
		char a[48];
		fmt_addr(t->server[p.server].addr, a, sizeof a);
		return xasprintf("%s %s", t->server[p.server].name, a);
	}
	/* A zone is named by its prefixes as declared: "internet any" reads
	 * better than the space left after the more specific zones. */
	const topo_zone *z = &t->zone[p.zone];
	char *s = xstrdup(z->name);
	for (size_t i = 0; i < z->nprefix; i++) {
		char r[100];
		fmt_addr_range(z->prefix[i].lo, z->prefix[i].hi, r, sizeof r);
		char *n = xasprintf("%s%s%s", s, i ? ", " : " ", r);
		free(s);
		s = n;
	}
	return s;
}

/* A responder server reached at a translated address: "EXCH1 192.0.2.10
 * at 203.0.113.10", so that a port written after it (flow_describe's
 * "...:25") follows the address the client connects to. */
static char *pub_name(const topo *t, int server, const topo_pubaddr *pub)
{
	char a[48], p[48];
	fmt_addr(t->server[server].addr, a, sizeof a);
	fmt_addr(pub->addr, p, sizeof p);
	return xasprintf("%s %s at %s", t->server[server].name, a, p);
}

/* The address set of a party, in the source or destination fields; a
 * translated server (pub) at its translated address. */
static pset party_set(const topo *t, party p, bool dst,
		      const topo_pubaddr *pub)
{
	pset s = pset_empty();
	if (p.server >= 0) {
		pbox b = pbox_full();
		u128 a = pub ? pub->addr : t->server[p.server].addr;
		if (dst)
			b.dst_lo = b.dst_hi = a;
		else
			b.src_lo = b.src_hi = a;
		pset_add_box(&s, &b);
		return s;
	}
	const topo_zone *z = &t->zone[p.zone];
	for (size_t i = 0; i < z->niv; i++) {
		pbox b = pbox_full();
		if (dst) {
			b.dst_lo = z->iv[i].lo;
			b.dst_hi = z->iv[i].hi;
		} else {
			b.src_lo = z->iv[i].lo;
			b.src_hi = z->iv[i].hi;
		}
		pset_add_box(&s, &b);
	}
	return s;
}

static void add_flow(const topo *t, flow_list *out, const rs_need *n,
		     const char *scenario, party from, party to, srcloc loc)
{
	/* A server does not talk to itself over the network, and a zone with
	 * nothing left after the more specific zones sends nothing. */
	if (from.server >= 0 && from.server == to.server)
		return;
	if ((from.server < 0 && t->zone[from.zone].niv == 0) ||
	    (to.server < 0 && t->zone[to.zone].niv == 0))
		return;

	out->v = xgrow(out->v, &out->cap, out->n + 1, sizeof *out->v);
	flow *f = &out->v[out->n++];
	memset(f, 0, sizeof *f);
	char *words = topo_scenario_text(scenario);
	f->label = xasprintf("%s: %s", words, n->label);
	free(words);
	/* Clients in a zone that the server has an "address" for connect
	 * to that address (fwlint-topology(5), "site and server"); the
	 * server side never changes its source address here. */
	const topo_pubaddr *pub = topo_server_pubaddr(t, to.server, from.zone);
	f->src_name = party_name(t, from);
	f->dst_name = pub ? pub_name(t, to.server, pub) : party_name(t, to);
	f->src_zone = from.zone;
	f->dst_zone = to.zone;
	f->src_server = from.server;
	f->dst_server = to.server;
	f->src = party_set(t, from, false, NULL);
	f->dst = party_set(t, to, true, pub);
	f->translated = pub != NULL;
	f->pub = pub;
	if (to.server >= 0)
		f->real_addr = t->server[to.server].addr;
	f->proto = n->proto;
	f->need = n;
	f->loc = loc;
	if (n->server_port < 0) {
		f->dport_lo = f->dport_hi = n->port;
		return;
	}
	int port = topo_server_port(t, to.server, n->server_port);
	if (port) {
		f->dport_lo = f->dport_hi = port;
	} else {
		/* No static port: the RPC endpoint mapper hands out one from
		 * the ephemeral range (KB Q155831, Q161931). */
		f->dport_lo = EPHEMERAL_LO;
		f->dport_hi = EPHEMERAL_HI;
		f->dynamic = true;
	}
}

/* Expand an endpoint into parties: a zone is one party, a site is each of
 * its servers. */
static size_t ep_parties(const topo *t, const topo_ep *ep, party *out)
{
	switch (ep->kind) {
	case EP_ZONE:
		out[0] = (party){ ep->index, -1 };
		return 1;
	case EP_SERVER:
		out[0] = (party){ t->server[ep->index].zone, ep->index };
		return 1;
	case EP_SITE: {
		const topo_site *s = &t->site[ep->index];
		for (size_t i = 0; i < s->nserver; i++)
			out[i] = (party){ t->server[s->server[i]].zone,
					  s->server[i] };
		return s->nserver;
	}
	}
	return 0;
}

static size_t ep_max(const topo *t, const topo_ep *ep)
{
	return ep->kind == EP_SITE ? t->site[ep->index].nserver : 1;
}

static bool variant_applies(const rs_need *n, const char *variant)
{
	return !n->variant || strcmp(variant, "both") == 0 ||
	       strcmp(variant, n->variant) == 0;
}

static void clients_flows(const topo *t, const topo_clients *c,
			  flow_list *out)
{
	for (size_t k = 0; k < t->nneed; k++) {
		const rs_need *n = &t->need[k];
		if (strcmp(n->scenario, c->scenario) != 0 ||
		    !variant_applies(n, c->variant))
			continue;
		const topo_ep *ini = n->reverse ? c->to : c->from;
		const topo_ep *res = n->reverse ? c->from : c->to;
		size_t nini = n->reverse ? c->nto : c->nfrom;
		size_t nres = n->reverse ? c->nfrom : c->nto;
		for (size_t i = 0; i < nini; i++) {
			party *pi = xcalloc(ep_max(t, &ini[i]), sizeof *pi);
			size_t npi = ep_parties(t, &ini[i], pi);
			for (size_t a = 0; a < npi; a++) {
				for (size_t j = 0; j < nres; j++) {
					party *pr = xcalloc(ep_max(t, &res[j]), sizeof *pr);
					size_t npr = ep_parties(t, &res[j], pr);
					for (size_t r = 0; r < npr; r++)
						add_flow(t, out, n, c->scenario, pi[a],
							 pr[r], c->loc);
					free(pr);
				}
			}
			free(pi);
		}
	}
}

static party server_party(const topo *t, int s)
{
	return (party){ t->server[s].zone, s };
}

/* Intrasite: every ordered pair of distinct servers of the site. */
static void site_flows(const topo *t, size_t si, flow_list *out)
{
	const topo_site *s = &t->site[si];
	for (size_t k = 0; k < t->nneed; k++) {
		const rs_need *n = &t->need[k];
		if (strcmp(n->scenario, "intrasite") != 0)
			continue;
		for (size_t i = 0; i < s->nserver; i++)
			for (size_t j = 0; j < s->nserver; j++)
				if (i != j)
					add_flow(t, out, n, n->scenario,
						 server_party(t, s->server[i]),
						 server_party(t, s->server[j]),
						 s->loc);
	}
}

/* A connector: its bridgeheads, or every server of one site with every
 * server of the other; both ways. */
static void connector_flows(const topo *t, const topo_connector *c,
			    flow_list *out)
{
	char *scen = xasprintf("connector-%s", c->kind);
	int *side[2];
	size_t nside[2];
	for (int k = 0; k < 2; k++) {
		if (c->via[k] >= 0) {
			side[k] = (int *)&c->via[k];
			nside[k] = 1;
		} else {
			side[k] = t->site[c->site[k]].server;
			nside[k] = t->site[c->site[k]].nserver;
		}
	}
	for (size_t k = 0; k < t->nneed; k++) {
		const rs_need *n = &t->need[k];
		if (strcmp(n->scenario, scen) != 0)
			continue;
		for (size_t i = 0; i < nside[0]; i++) {
			for (size_t j = 0; j < nside[1]; j++) {
				party a = server_party(t, side[0][i]);
				party b = server_party(t, side[1][j]);
				add_flow(t, out, n, scen, a, b, c->loc);
				add_flow(t, out, n, scen, b, a, c->loc);
			}
		}
	}
	free(scen);
}

typedef struct stmt_ref {
	srcloc loc;
	int kind;   /* 0 site, 1 clients, 2 connector */
	size_t index;
} stmt_ref;

static int stmt_cmp(const void *a, const void *b)
{
	const stmt_ref *x = a, *y = b;
	if (x->loc.line != y->loc.line)
		return x->loc.line < y->loc.line ? -1 : 1;
	if (x->loc.col != y->loc.col)
		return x->loc.col < y->loc.col ? -1 : 1;
	return x->kind - y->kind;
}

void topo_flows(const topo *t, flow_list *out)
{
	size_t n = t->nsite + t->nclients + t->nconn, k = 0;
	stmt_ref *v = xcalloc(n, sizeof *v);
	for (size_t i = 0; i < t->nsite; i++)
		v[k++] = (stmt_ref){ t->site[i].loc, 0, i };
	for (size_t i = 0; i < t->nclients; i++)
		v[k++] = (stmt_ref){ t->clients[i].loc, 1, i };
	for (size_t i = 0; i < t->nconn; i++)
		v[k++] = (stmt_ref){ t->conn[i].loc, 2, i };
	qsort(v, n, sizeof *v, stmt_cmp);
	for (size_t i = 0; i < n; i++) {
		if (v[i].kind == 0)
			site_flows(t, v[i].index, out);
		else if (v[i].kind == 1)
			clients_flows(t, &t->clients[v[i].index], out);
		else
			connector_flows(t, &t->conn[v[i].index], out);
	}
	free(v);
}

/* ------------------------------------------------------------ paths */

/* An edge of the zone graph: router firewall fw joins zone u (through its
 * interface in_if) to zone v (through out_if). */
typedef struct zedge {
	int u, v, fw, in_if, out_if;
} zedge;

static size_t zone_edges(const topo *t, zedge **out)
{
	size_t n = 0, cap = 0;
	zedge *e = NULL;
	for (size_t f = 0; f < t->nfw; f++) {
		const topo_firewall *fw = &t->fw[f];
		if (fw->host >= 0)
			continue;
		for (size_t i = 0; i < fw->niface; i++) {
			for (size_t j = 0; j < fw->niface; j++) {
				int u = fw->iface[i].zone, v = fw->iface[j].zone;
				if (u < 0 || v < 0 || u == v)
					continue;
				/* Two interfaces in one zone: the first one
				 * stands for the zone. */
				bool dup = false;
				for (size_t k = 0; k < n && !dup; k++)
					dup = e[k].fw == (int)f && e[k].u == u &&
					      e[k].v == v;
				if (dup)
					continue;
				e = xgrow(e, &cap, n + 1, sizeof *e);
				e[n++] = (zedge){ u, v, (int)f, (int)i, (int)j };
			}
		}
	}
	*out = e;
	return n;
}

static void bfs(const topo *t, const zedge *e, size_t ne, int from, int *dist)
{
	int *queue = xcalloc(t->nzone, sizeof *queue);
	size_t head = 0, tail = 0;
	for (size_t z = 0; z < t->nzone; z++)
		dist[z] = -1;
	dist[from] = 0;
	queue[tail++] = from;
	while (head < tail) {
		int u = queue[head++];
		for (size_t k = 0; k < ne; k++) {
			if (e[k].u != u || dist[e[k].v] >= 0)
				continue;
			dist[e[k].v] = dist[u] + 1;
			queue[tail++] = e[k].v;
		}
	}
	free(queue);
}

static int hop_cmp_dist(const zedge *x, const zedge *y, const int *dist)
{
	if (dist[x->u] != dist[y->u])
		return dist[x->u] < dist[y->u] ? -1 : 1;
	if (x->fw != y->fw)
		return x->fw < y->fw ? -1 : 1;
	return x->in_if != y->in_if ? x->in_if - y->in_if : x->out_if - y->out_if;
}

size_t topo_paths(const topo *t, int a, int b, hop *out, size_t cap,
		  size_t *npaths)
{
	*npaths = 0;
	if (a < 0 || b < 0 || (size_t)a >= t->nzone || (size_t)b >= t->nzone)
		return 0;
	if (a == b) {
		*npaths = 1;
		return 0;
	}
	zedge *e;
	size_t ne = zone_edges(t, &e);
	int *da = xcalloc(t->nzone, sizeof *da);
	int *db = xcalloc(t->nzone, sizeof *db);
	bfs(t, e, ne, a, da);
	bfs(t, e, ne, b, db); /* the graph is symmetric: distances to b */
	size_t nhop = 0;
	if (da[b] >= 0) {
		/* Count shortest paths, zone by zone in distance order; two
		 * firewalls joining the same zones are two paths.  Saturates
		 * rather than wraps. */
		size_t *cnt = xcalloc(t->nzone, sizeof *cnt);
		cnt[a] = 1;
		for (int d = 0; d < da[b]; d++) {
			for (size_t k = 0; k < ne; k++) {
				if (da[e[k].u] != d || da[e[k].v] != d + 1)
					continue;
				size_t c = cnt[e[k].v] + cnt[e[k].u];
				cnt[e[k].v] = c < cnt[e[k].v] ? (size_t)-1 : c;
			}
		}
		*npaths = cnt[b];
		free(cnt);

		/* An edge lies on a shortest path when a..u, u->v, v..b add
		 * up to the shortest distance. */
		zedge *on = xcalloc(ne, sizeof *on);
		size_t non = 0;
		for (size_t k = 0; k < ne; k++)
			if (da[e[k].u] >= 0 && db[e[k].v] >= 0 &&
			    da[e[k].u] + 1 + db[e[k].v] == da[b])
				on[non++] = e[k];
		/* In path order (insertion sort: a handful of hops). */
		for (size_t i = 1; i < non; i++) {
			zedge x = on[i];
			size_t j = i;
			while (j > 0 && hop_cmp_dist(&on[j - 1], &x, da) > 0) {
				on[j] = on[j - 1];
				j--;
			}
			on[j] = x;
		}
		for (size_t i = 0; i < non; i++) {
			bool dup = false;
			for (size_t k = 0; k < i && !dup; k++)
				dup = on[k].fw == on[i].fw &&
				      on[k].in_if == on[i].in_if &&
				      on[k].out_if == on[i].out_if;
			if (dup)
				continue;
			if (nhop < cap)
				out[nhop] = (hop){ on[i].fw, on[i].in_if,
						   on[i].out_if };
			nhop++;
		}
		free(on);
	}
	free(da);
	free(db);
	free(e);
	return nhop < cap ? nhop : cap;
}
