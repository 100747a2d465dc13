/* topo_flows.c - what the topology needs, as flows, and the firewalls a
 * flow crosses (fwlint-topology(5), REQUIRED FLOWS).
 *
 * Flows: every statement that implies traffic (a site: its intrasite
 * traffic; clients / smtp; a connector), in file order; within a statement,
 * every ruleset line that applies to it, in ruleset order; within a line,
 * every initiator (a zone, or one server) with every responder server.
 *
 * Paths: zones and router firewalls form a bipartite graph; a flow from
 * zone a to zone b crosses every firewall on every shortest path.  They
 * are found once for every pair of zones, when the topology is loaded
 * (topo_paths_build): a lint asks for the paths of every flow at every
 * firewall, and the topology stays read-only for the threads that share
 * it.
 */
#include "topo.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "topo_int.h"
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

/* The shortest paths from one zone to another: npaths as topo_paths()
 * gives it, and its hops, n of them from off in the pool. */
typedef struct zpair {
	size_t npaths;
	size_t off, n;
} zpair;

/* Every ordered pair of the zones that a router firewall joins (the graph's
 * nodes); any other zone reaches none but itself. */
struct topo_paths {
	int *node;     /* [nzone]: the zone's node, or -1 */
	size_t nnode;
	zpair *pair;   /* [nnode * nnode]: from node a to node b at a * nnode + b */
	hop *pool;
	size_t npool;
};

/* The edges in the order (fw, in_if, out_if), both ways: for every pair of
 * interfaces of a router firewall in two different zones.  Two interfaces
 * in one zone: the first one stands for the zone (of the pairs of
 * interfaces that join zone u to zone v, the first in that order is the
 * one of u's first interface and v's first). */
static size_t zone_edges(const topo *t, zedge **out)
{
	size_t n = 0, cap = 0;
	zedge *e = NULL;
	int *first = xmalloc((t->nzone ? t->nzone : 1) * sizeof *first);
	for (size_t z = 0; z < t->nzone; z++)
		first[z] = -1;
	for (size_t f = 0; f < t->nfw; f++) {
		const topo_firewall *fw = &t->fw[f];
		if (fw->host >= 0)
			continue;
		for (size_t i = 0; i < fw->niface; i++) {
			int z = fw->iface[i].zone;
			if (z >= 0 && first[z] < 0)
				first[z] = (int)i;
		}
		for (size_t i = 0; i < fw->niface; i++) {
			int u = fw->iface[i].zone;
			if (u < 0 || first[u] != (int)i)
				continue;
			for (size_t j = 0; j < fw->niface; j++) {
				int v = fw->iface[j].zone;
				if (v < 0 || u == v || first[v] != (int)j)
					continue;
				e = xgrow(e, &cap, n + 1, sizeof *e);
				e[n++] = (zedge){ u, v, (int)f, (int)i, (int)j };
			}
		}
		for (size_t i = 0; i < fw->niface; i++)
			if (fw->iface[i].zone >= 0)
				first[fw->iface[i].zone] = -1;
	}
	free(first);
	*out = e;
	return n;
}

/* Edge indices grouped by a node (start[k]..start[k + 1]), each group in
 * edge order. */
static void edges_by_node(const zedge *e, size_t ne, const int *node, size_t nnode,
			  bool by_v, size_t **start, size_t **idx)
{
	size_t *s = xcalloc(nnode + 1, sizeof *s);
	size_t *x = xmalloc((ne ? ne : 1) * sizeof *x);
	for (size_t k = 0; k < ne; k++)
		s[node[by_v ? e[k].v : e[k].u] + 1]++;
	for (size_t k = 0; k < nnode; k++)
		s[k + 1] += s[k];
	size_t *fill = xmalloc((nnode ? nnode : 1) * sizeof *fill);
	memcpy(fill, s, nnode * sizeof *fill);
	for (size_t k = 0; k < ne; k++)
		x[fill[node[by_v ? e[k].v : e[k].u]]++] = k;
	free(fill);
	*start = s;
	*idx = x;
}

/* A hop of a path while it is sorted: the distance of its edge's start
 * from the path's start, and the edge. */
typedef struct onpath {
	int dist;
	size_t edge;
} onpath;

/* Path order: by distance from the start, then by firewall and interfaces
 * (the edges' order). */
static int onpath_cmp(const void *a, const void *b)
{
	const onpath *x = a, *y = b;
	if (x->dist != y->dist)
		return x->dist < y->dist ? -1 : 1;
	return (x->edge > y->edge) - (x->edge < y->edge);
}

/* Every pair's paths from node s: one breadth-first search for the
 * distances, the shortest paths counted in that order, and for each
 * reachable node b the edges on a shortest path to it, found backwards
 * from b: an edge u->v ends on such a path when u is one step nearer to s
 * than v. */
static void paths_from(struct topo_paths *p, size_t *cap, const zedge *e,
		       const size_t *out_start, const size_t *out_idx,
		       const size_t *in_start, const size_t *in_idx,
		       size_t s, int *dist, size_t *cnt, size_t *queue,
		       size_t *mark, onpath **on, size_t *capon)
{
	size_t nn = p->nnode;
	for (size_t k = 0; k < nn; k++) {
		dist[k] = -1;
		cnt[k] = 0;
	}
	size_t head = 0, tail = 0;
	dist[s] = 0;
	cnt[s] = 1;
	queue[tail++] = s;
	/* Nodes leave the queue in distance order, so a node's count is
	 * complete when it leaves: two firewalls joining the same zones are
	 * two paths.  Saturates rather than wraps. */
	while (head < tail) {
		size_t u = queue[head++];
		for (size_t k = out_start[u]; k < out_start[u + 1]; k++) {
			size_t v = (size_t)p->node[e[out_idx[k]].v];
			if (dist[v] < 0) {
				dist[v] = dist[u] + 1;
				queue[tail++] = v;
			}
			if (dist[v] == dist[u] + 1) {
				size_t c = cnt[v] + cnt[u];
				cnt[v] = c < cnt[v] ? (size_t)-1 : c;
			}
		}
	}
	for (size_t b = 0; b < nn; b++) {
		zpair *zp = &p->pair[s * nn + b];
		zp->off = p->npool;
		zp->n = 0;
		zp->npaths = b == s ? 1 : dist[b] < 0 ? 0 : cnt[b];
		if (b == s || dist[b] < 0)
			continue;
		/* Backwards from b; mark[] holds the pair's number + 1 for a
		 * node already walked from, so that a node is walked from
		 * once. */
		size_t tag = s * nn + b + 1;
		size_t non = 0, top = 0;
		queue[top++] = b;
		mark[b] = tag;
		while (top > 0) {
			size_t v = queue[--top];
			for (size_t k = in_start[v]; k < in_start[v + 1]; k++) {
				const zedge *x = &e[in_idx[k]];
				size_t u = (size_t)p->node[x->u];
				if (dist[u] < 0 || dist[u] + 1 != dist[v])
					continue;
				*on = xgrow(*on, capon, non + 1, sizeof **on);
				(*on)[non++] = (onpath){ dist[u], in_idx[k] };
				if (mark[u] != tag) {
					mark[u] = tag;
					queue[top++] = u;
				}
			}
		}
		qsort(*on, non, sizeof **on, onpath_cmp);
		p->pool = xgrow(p->pool, cap, p->npool + non, sizeof *p->pool);
		for (size_t k = 0; k < non; k++) {
			const zedge *x = &e[(*on)[k].edge];
			p->pool[p->npool++] = (hop){ x->fw, x->in_if, x->out_if };
		}
		zp->n = non;
	}
}

struct topo_paths *topo_paths_build(const topo *t)
{
	struct topo_paths *p = xcalloc(1, sizeof *p);
	zedge *e;
	size_t ne = zone_edges(t, &e);
	p->node = xmalloc((t->nzone ? t->nzone : 1) * sizeof *p->node);
	for (size_t z = 0; z < t->nzone; z++)
		p->node[z] = -1;
	for (size_t k = 0; k < ne; k++) {
		if (p->node[e[k].u] < 0)
			p->node[e[k].u] = (int)p->nnode++;
		if (p->node[e[k].v] < 0)
			p->node[e[k].v] = (int)p->nnode++;
	}
	size_t nn = p->nnode;
	if (nn == 0) {
		free(e);
		return p;
	}
	/* A product that wraps asks calloc for too much: out of memory. */
	p->pair = xcalloc(nn > SIZE_MAX / nn ? SIZE_MAX : nn * nn, sizeof *p->pair);
	size_t *out_start, *out_idx, *in_start, *in_idx;
	edges_by_node(e, ne, p->node, nn, false, &out_start, &out_idx);
	edges_by_node(e, ne, p->node, nn, true, &in_start, &in_idx);
	int *dist = xmalloc(nn * sizeof *dist);
	size_t *cnt = xmalloc(nn * sizeof *cnt);
	size_t *queue = xmalloc(nn * sizeof *queue);
	size_t *mark = xcalloc(nn, sizeof *mark);
	onpath *on = NULL;
	size_t capon = 0, cap = 0;
	for (size_t s = 0; s < nn; s++)
		paths_from(p, &cap, e, out_start, out_idx, in_start, in_idx, s,
			   dist, cnt, queue, mark, &on, &capon);
	free(on);
	free(mark);
	free(queue);
	free(cnt);
	free(dist);
	free(in_idx);
	free(in_start);
	free(out_idx);
	free(out_start);
	free(e);
	return p;
}

void topo_paths_free(struct topo_paths *p)
{
	if (!p)
		return;
	free(p->node);
	free(p->pair);
	free(p->pool);
	free(p);
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
	const struct topo_paths *p = t->paths;
	int na = p->node[a], nb = p->node[b];
	if (na < 0 || nb < 0)
		return 0;
	const zpair *zp = &p->pair[(size_t)na * p->nnode + (size_t)nb];
	*npaths = zp->npaths;
	size_t n = zp->n < cap ? zp->n : cap;
	if (n)
		memcpy(out, p->pool + zp->off, n * sizeof *out);
	return n;
}
