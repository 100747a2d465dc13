/* report_dot.c - a picture of the run (fwlint(1), OUTPUT, "-f dot"): a
 * Graphviz digraph, for dot(1).
 *
 * With a topology: each zone is a cluster holding a node for its network
 * (where clients are, and where the interfaces that face it attach) and
 * its servers, grouped by site; each firewall is a node, joined by an
 * undirected edge, labelled with the interface, to every zone it has an
 * interface in (a host firewall to its server).  Each required flow is an
 * edge from its client zone or server to its server or zone, one edge per
 * such pair: the label lists the flows by scenario with their ports, and
 * for those that do not pass, the firewall, file:line and rule text that
 * stop them.  A pair's colour is its worst state:
 *
 *   open         green      every firewall on the way passed it, or none
 *                           is on its way
 *   not checked  grey, dashed  a firewall on its way was not checked (its
 *                           file was not named, or could not be read), or
 *                           no path joins the zones
 *   partial      orange     partial-opening, or an unresolved finding:
 *                           part of its packets pass, or fwlint cannot tell
 *   blocked      red        missing-opening or return-blocked
 *
 * A flow's state comes from the test case "FW.flows" / "FLOW is open" that
 * check_one() (src/checks/flows.c) opens for it at each firewall on its way,
 * and the findings that belong to that case; a finding that the report does
 * not keep (suppressed, in the baseline, beyond --max-findings) colours
 * nothing.  Without a topology there are no zones or flows: the picture is
 * one node per file with its counts, and a note that says why.
 *
 * Node names are made up here (z0, s1, f2, c3: zone, server, firewall,
 * file) so that no name from the input is an identifier; every label is a
 * quoted string escaped by report_dot_escape().  Deterministic: everything
 * is written in the order of the topology, its flows and the report.
 */
#include "report.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "checks.h"
#include "report_int.h"
#include "srccache.h"
#include "topo.h"
#include "strbuf.h"
#include "xalloc.h"

/* ------------------------------------------------------------ strings */

/* Text from the input, escaped for a label. */
static void sb_text(strbuf *b, const char *s)
{
	char *e = report_dot_escape(s);
	strbuf_puts(b, e);
	free(e);
}

char *report_dot_escape(const char *s)
{
	char *clean = report_utf8_clean(s ? s : "", false);
	strbuf b = { 0 };
	strbuf_put(&b, "", 0);
	for (const char *p = clean; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c == '"' || c == '\\') {
			/* The DOT language: in a quoted string '\"' is a
			 * quote; in a label '\\' is a backslash, and '\' before
			 * n, l, r, N, G, E, T, H, L would be an escape. */
			char e[2] = { '\\', (char)c };
			strbuf_put(&b, e, 2);
		} else if (c < 0x20 || c == 0x7f) {
			strbuf_put(&b, "?", 1);
		} else {
			strbuf_put(&b, p, 1);
		}
	}
	free(clean);
	return b.s;
}

static const char *base_name(const char *path)
{
	const char *s = path ? strrchr(path, '/') : NULL;
	return s ? s + 1 : path ? path : "";
}

/* ------------------------------------------------------------ states */

enum fstate { ST_OPEN, ST_UNCHECKED, ST_PARTIAL, ST_BLOCKED, ST_COUNT };

static const char *const state_name[ST_COUNT] = { "open", "not checked", "partial", "blocked" };
static const char *const state_color[ST_COUNT] = { "green4", "gray50", "darkorange", "red3" };

/* What a finding of a flow's test case says of the flow. */
static enum fstate diag_state(const diag *d)
{
	if (!d->check || d->level == DIAG_NOTE)
		return ST_OPEN;
	if (!strcmp(d->check, "missing-opening") || !strcmp(d->check, "return-blocked"))
		return ST_BLOCKED;
	return ST_PARTIAL;
}

/* What a finding of a flow says the firewall does: the verb of its line.
 * A missing and a partial opening at one place are one line (the scenario
 * line says which ports are partial). */
static const char *diag_kind(const diag *d)
{
	if (!strcmp(d->check, "missing-opening") || !strcmp(d->check, "partial-opening"))
		return "drops it";
	if (!strcmp(d->check, "return-blocked"))
		return "drops replies";
	return d->check;
}

/* ------------------------------------------------------------ the model */

/* One required flow as drawn. */
typedef struct dflow {
	int src, dst;      /* nodes: a zone z, or nzone + a server */
	enum fstate state;
	int *fw;           /* the firewalls on its way ... */
	int *tcase;        /* ... and its test case at each, or -1 */
	size_t nfw;
	bool no_path;      /* the zones differ and no path joins them */
} dflow;

typedef struct dot_ctx {
	const report *r;
	const topo *t;
	const flow_list *fl;
	dflow *df;
	int *head, *next;  /* the findings of each test case, in report order */
	size_t *count;     /* count_suites() */
	FILE *out;
} dot_ctx;

static void find_flows(dot_ctx *c)
{
	const topo *t = c->t;
	const report *r = c->r;
	c->head = xmalloc((r->ncase ? r->ncase : 1) * sizeof *c->head);
	c->next = xmalloc((r->diags.n ? r->diags.n : 1) * sizeof *c->next);
	for (size_t i = 0; i < r->ncase; i++)
		c->head[i] = -1;
	for (size_t i = r->diags.n; i-- > 0;) {
		int tc = r->diags.v[i].tcase;
		c->next[i] = -1;
		if (tc >= 0 && (size_t)tc < r->ncase) {
			c->next[i] = c->head[tc];
			c->head[tc] = (int)i;
		}
	}
	c->df = xcalloc(c->fl->n ? c->fl->n : 1, sizeof *c->df);
	for (size_t i = 0; i < c->fl->n; i++) {
		const flow *fl = &c->fl->v[i];
		dflow *d = &c->df[i];
		d->src = fl->src_server >= 0 ? (int)t->nzone + fl->src_server : fl->src_zone;
		d->dst = fl->dst_server >= 0 ? (int)t->nzone + fl->dst_server : fl->dst_zone;
		d->fw = xcalloc(t->nfw + 1, sizeof *d->fw);
		d->tcase = xcalloc(t->nfw + 1, sizeof *d->tcase);
		/* The firewalls on its way, as check_flows() finds them: the
		 * routers of the shortest paths, and a host firewall on
		 * either end. */
		bool *on = xcalloc(t->nfw + 1, sizeof *on);
		if (fl->src_zone >= 0 && fl->dst_zone >= 0 && fl->src_zone != fl->dst_zone) {
			hop hops[64];
			size_t npaths = 0;
			size_t nh = topo_paths(t, fl->src_zone, fl->dst_zone, hops, 64, &npaths);
			d->no_path = npaths == 0;
			for (size_t k = 0; k < nh; k++)
				if (hops[k].fw >= 0 && (size_t)hops[k].fw < t->nfw)
					on[hops[k].fw] = true;
		}
		for (size_t k = 0; k < t->nfw; k++)
			if (t->fw[k].host >= 0 &&
			    (t->fw[k].host == fl->src_server || t->fw[k].host == fl->dst_server))
				on[k] = true;
		char *what = flow_describe(fl);
		char *name = xasprintf("%s is open", what);
		free(what);
		d->state = d->no_path ? ST_UNCHECKED : ST_OPEN;
		for (size_t k = 0; k < t->nfw; k++) {
			if (!on[k])
				continue;
			char *cls = xasprintf("%s.flows", t->fw[k].name);
			int tc = report_find_case(r, cls, name);
			free(cls);
			d->fw[d->nfw] = (int)k;
			d->tcase[d->nfw++] = tc;
			if (tc < 0 && d->state < ST_UNCHECKED)
				d->state = ST_UNCHECKED;
			for (int j = tc >= 0 ? c->head[tc] : -1; j >= 0; j = c->next[j]) {
				enum fstate s = diag_state(&r->diags.v[j]);
				if (s > d->state)
					d->state = s;
			}
		}
		free(name);
		free(on);
	}
}

/* ------------------------------------------------------------ writing */

static void node_id(const dot_ctx *c, int n, char *buf, size_t len)
{
	if (n < (int)c->t->nzone)
		snprintf(buf, len, "z%d", n);
	else
		snprintf(buf, len, "s%d", n - (int)c->t->nzone);
}

/* How many findings of each level each suite has: [3 * suite + level]. */
static size_t *count_suites(const report *r)
{
	size_t *n = xcalloc(3 * r->nsuite + 1, sizeof *n);
	for (size_t i = 0; i < r->diags.n; i++) {
		int s = report_diag_suite(r, &r->diags.v[i]);
		if (s >= 0)
			n[3 * (size_t)s + r->diags.v[i].level]++;
	}
	return n;
}

/* "9 errors, 4 warnings" of suite s, or "no findings". */
static void suite_counts(const size_t *count, int s, strbuf *b)
{
	const size_t *n = &count[3 * (size_t)s];
	const char *sep = "";
	static const char *const word[3] = { "note", "warning", "error" };
	for (int l = DIAG_ERROR; l >= DIAG_NOTE; l--) {
		if (!n[l])
			continue;
		strbuf_printf(b, "%s%zu %s%s", sep, n[l], word[l], n[l] == 1 ? "" : "s");
		sep = ", ";
	}
	if (!*sep)
		strbuf_puts(b, "no findings");
}

static int find_suite(const report *r, const char *name)
{
	for (size_t i = 0; i < r->nsuite; i++)
		if (!strcmp(r->suite[i].name, name))
			return (int)i;
	return -1;
}

static void write_server(const dot_ctx *c, size_t s, const char *indent)
{
	const topo *t = c->t;
	const topo_server *sv = &t->server[s];
	strbuf b = { 0 };
	char a[64];
	sb_text(&b, sv->name);
	fmt_addr(sv->addr, a, sizeof a);
	strbuf_printf(&b, "\\n%s", a);
	for (size_t k = 0; k < sv->npub; k++) {
		fmt_addr(sv->pub[k].addr, a, sizeof a);
		strbuf_printf(&b, "\\n%s from", a);
		for (size_t z = 0; z < sv->pub[k].nzone; z++) {
			strbuf_puts(&b, z ? ", " : " ");
			sb_text(&b, t->zone[sv->pub[k].zone[z]].name);
		}
	}
	fprintf(c->out, "%ss%zu [label=\"%s\", shape=box, style=filled, fillcolor=lightyellow];\n",
		indent, s, b.s);
	free(b.s);
}

static void write_zones(const dot_ctx *c)
{
	const topo *t = c->t;
	for (size_t z = 0; z < t->nzone; z++) {
		const topo_zone *zo = &t->zone[z];
		strbuf b = { 0 };
		strbuf_puts(&b, "zone ");
		sb_text(&b, zo->name);
		fprintf(c->out, "\tsubgraph cluster_z%zu {\n\t\tlabel=\"%s\";\n"
			"\t\tstyle=rounded;\n\t\tcolor=gray40;\n", z, b.s);
		b.n = 0;
		for (size_t p = 0; p < zo->nprefix; p++) {
			char pre[100];
			if (p == 3) {
				strbuf_printf(&b, "\\nand %zu more", zo->nprefix - 3);
				break;
			}
			fmt_addr_range(zo->prefix[p].lo, zo->prefix[p].hi, pre, sizeof pre);
			strbuf_printf(&b, "%s%s", p ? "\\n" : "", pre);
		}
		fprintf(c->out, "\t\tz%zu [label=\"%s\", shape=box, style=\"rounded,filled\", fillcolor=aliceblue];\n",
			z, b.n ? b.s : "");
		/* Its servers, site by site. */
		for (size_t si = 0; si < t->nsite; si++) {
			const topo_site *st = &t->site[si];
			bool any = false;
			for (size_t k = 0; k < st->nserver && !any; k++)
				any = t->server[st->server[k]].zone == (int)z;
			if (!any)
				continue;
			b.n = 0;
			strbuf_puts(&b, "site ");
			sb_text(&b, st->name);
			fprintf(c->out, "\t\tsubgraph cluster_z%zu_s%zu {\n\t\t\tlabel=\"%s\";\n"
				"\t\t\tstyle=dashed;\n\t\t\tcolor=gray60;\n", z, si, b.s);
			for (size_t k = 0; k < st->nserver; k++)
				if (t->server[st->server[k]].zone == (int)z)
					write_server(c, (size_t)st->server[k], "\t\t\t");
			fputs("\t\t}\n", c->out);
		}
		fputs("\t}\n", c->out);
		free(b.s);
	}
	/* A server in no zone (no zone holds its address): outside. */
	for (size_t s = 0; s < t->nserver; s++)
		if (t->server[s].zone < 0)
			write_server(c, s, "\t");
}

static void write_firewalls(const dot_ctx *c)
{
	const topo *t = c->t;
	const report *r = c->r;
	for (size_t k = 0; k < t->nfw; k++) {
		const topo_firewall *fw = &t->fw[k];
		strbuf b = { 0 };
		strbuf_puts(&b, "firewall ");
		sb_text(&b, fw->name);
		strbuf_puts(&b, "\\n");
		if (fw->format)
			strbuf_printf(&b, "%s: ", fw->format);
		sb_text(&b, base_name(fw->file_as_written));
		strbuf_puts(&b, "\\n");
		char *sname = xasprintf("firewall %s", fw->name);
		int s = find_suite(r, sname);
		free(sname);
		if (s >= 0)
			suite_counts(c->count, s, &b);
		else
			strbuf_puts(&b, "not checked");
		fprintf(c->out, "\tf%zu [label=\"%s\", shape=hexagon, style=filled, fillcolor=%s];\n",
			k, b.s, s >= 0 ? "gray90" : "white");
		for (size_t i = 0; i < fw->niface; i++) {
			const topo_iface *ti = &fw->iface[i];
			if (ti->zone < 0)
				continue;
			b.n = 0;
			sb_text(&b, ti->name);
			for (size_t a = 0; a < ti->naddr; a++) {
				char ad[64];
				fmt_addr(ti->addr[a], ad, sizeof ad);
				strbuf_printf(&b, "\\n%s", ad);
			}
			fprintf(c->out, "\tf%zu -> z%d [dir=none, penwidth=3, color=gray40, fontcolor=gray30, label=\"%s\"];\n",
				k, ti->zone, b.s);
		}
		if (fw->host >= 0)
			fprintf(c->out, "\tf%zu -> s%d [dir=none, penwidth=3, color=gray40, fontcolor=gray30, label=\"host\"];\n",
				k, fw->host);
		free(b.s);
	}
}

/* The most lines of findings an edge's label lists. */
#define DOT_MAX_BLOCKERS 4
/* The most bytes of a rule's text a label quotes. */
#define DOT_RULE_TEXT 48

/* "edge drops it at edge.rules:30: -A FORWARD -j DROP" */
static void blocker_line(const dot_ctx *c, int fw, const diag *d, strbuf *b)
{
	sb_text(b, c->t->fw[fw].name);
	strbuf_printf(b, " %s at ", diag_kind(d));
	sb_text(b, base_name(d->file));
	if (d->loc.line <= 0)
		return;
	strbuf_printf(b, ":%d", d->loc.line);
	size_t len = 0;
	const char *line = c->r->src ? srccache_line(c->r->src, d->file, d->loc.line, &len) : NULL;
	if (!line)
		return;
	while (len && (*line == ' ' || *line == '\t')) {
		line++;
		len--;
	}
	while (len && (line[len - 1] == ' ' || line[len - 1] == '\t'))
		len--;
	bool cut = len > DOT_RULE_TEXT;
	if (cut) {
		len = DOT_RULE_TEXT;
		/* Not inside a UTF-8 character. */
		while (len && ((unsigned char)line[len] & 0xc0) == 0x80)
			len--;
		while (len && (line[len - 1] == ' ' || line[len - 1] == '\t'))
			len--;
	}
	char *txt = xstrndup(line, len);
	strbuf_puts(b, ": ");
	sb_text(b, txt);
	if (cut)
		strbuf_puts(b, "...");
	free(txt);
}

/* Add line (freed) to the label b unless a line of the same key came
 * before (seen holds the keys so far, each between newlines); past
 * DOT_MAX_BLOCKERS lines only count it. */
static void add_line(strbuf *seen, const char *key, strbuf *line, strbuf *b, size_t *nlines,
		     size_t *more)
{
	char *k = xasprintf("\n%s\n", key);
	if (!strstr(seen->s, k)) {
		strbuf_puts(seen, k + 1);
		if (*nlines < DOT_MAX_BLOCKERS) {
			strbuf_puts(b, line->s);
			strbuf_puts(b, "\\l");
			(*nlines)++;
		} else {
			(*more)++;
		}
	}
	free(k);
	free(line->s);
}

typedef struct port_ent {
	int proto, lo, hi;
	enum fstate state;
} port_ent;

static int port_cmp(const void *a, const void *b)
{
	const port_ent *x = a, *y = b;
	if (x->proto != y->proto)
		return x->proto < y->proto ? -1 : 1;
	if (x->lo != y->lo)
		return x->lo < y->lo ? -1 : 1;
	return (x->hi > y->hi) - (x->hi < y->hi);
}

static void port_text(const port_ent *p, strbuf *b)
{
	if (p->proto == 17)
		strbuf_puts(b, "UDP ");
	else if (p->proto != 6)
		strbuf_printf(b, "protocol %d ", p->proto);
	if (p->lo == p->hi)
		strbuf_printf(b, "%d", p->lo);
	else
		strbuf_printf(b, "%d-%d", p->lo, p->hi);
}

static const char *flow_scenario(const flow *fl)
{
	return fl->need && fl->need->scenario ? fl->need->scenario : "";
}

/* The label of the edge of flows idx[0..n) (one pair, in flow order);
 * returns the worst state. */
static enum fstate pair_label(const dot_ctx *c, const size_t *idx, size_t n, strbuf *b)
{
	enum fstate worst = ST_OPEN;
	for (size_t i = 0; i < n; i++)
		if (c->df[idx[i]].state > worst)
			worst = c->df[idx[i]].state;
	/* One line a scenario, in the order they come. */
	bool *done = xcalloc(n, sizeof *done);
	port_ent *pe = xcalloc(n, sizeof *pe);
	for (size_t i = 0; i < n; i++) {
		if (done[i])
			continue;
		const char *sc = flow_scenario(&c->fl->v[idx[i]]);
		size_t np = 0;
		for (size_t j = i; j < n; j++) {
			const flow *fl = &c->fl->v[idx[j]];
			if (done[j] || strcmp(flow_scenario(fl), sc))
				continue;
			done[j] = true;
			port_ent e = { fl->proto, fl->dport_lo, fl->dport_hi, c->df[idx[j]].state };
			size_t k = 0;
			while (k < np && port_cmp(&pe[k], &e))
				k++;
			if (k == np)
				pe[np++] = e;
			else if (e.state > pe[k].state)
				pe[k].state = e.state;
		}
		qsort(pe, np, sizeof *pe, port_cmp);
		char *words = topo_scenario_text(sc);
		sb_text(b, words);
		free(words);
		strbuf_puts(b, ":");
		bool same = true;
		for (size_t k = 0; k < np; k++) {
			strbuf_puts(b, k ? ", " : " ");
			port_text(&pe[k], b);
			same = same && pe[k].state == pe[0].state;
		}
		if (same && pe[0].state != ST_OPEN) {
			strbuf_printf(b, " (%s)", state_name[pe[0].state]);
		} else if (!same) {
			const char *sep = " (";
			for (int s = ST_COUNT - 1; s > ST_OPEN; s--) {
				const char *sep2 = ": ";
				for (size_t k = 0; k < np; k++) {
					if (pe[k].state != (enum fstate)s)
						continue;
					if (*sep2 == ':')
						strbuf_printf(b, "%s%s", sep, state_name[s]);
					strbuf_puts(b, sep2);
					port_text(&pe[k], b);
					sep2 = ", ";
					sep = "; ";
				}
			}
			if (*sep == ';')
				strbuf_puts(b, ")");
		}
		strbuf_puts(b, "\\l");
	}
	free(pe);
	free(done);

	/* What stops them: one line a firewall and place. */
	strbuf seen = { 0 };
	size_t nlines = 0, more = 0;
	strbuf_put(&seen, "\n", 1);
	for (size_t i = 0; i < n; i++) {
		const dflow *d = &c->df[idx[i]];
		const flow *fl = &c->fl->v[idx[i]];
		for (size_t k = 0; k < d->nfw; k++) {
			int tc = d->tcase[k];
			if (tc < 0) {
				strbuf line = { 0 };
				sb_text(&line, c->t->fw[d->fw[k]].name);
				strbuf_puts(&line, ": not checked");
				char *key = xasprintf("%d", d->fw[k]);
				add_line(&seen, key, &line, b, &nlines, &more);
				free(key);
			}
			for (int j = tc >= 0 ? c->head[tc] : -1; j >= 0; j = c->next[j]) {
				if (diag_state(&c->r->diags.v[j]) == ST_OPEN)
					continue;
				/* One line a firewall and place: the
				 * scenario lines say which ports. */
				const diag *dg = &c->r->diags.v[j];
				strbuf line = { 0 };
				blocker_line(c, d->fw[k], dg, &line);
				char *key = xasprintf("%d %s %d %s", d->fw[k], diag_kind(dg),
						      dg->loc.line, dg->file ? dg->file : "");
				add_line(&seen, key, &line, b, &nlines, &more);
				free(key);
			}
		}
		if (d->no_path) {
			strbuf line = { 0 };
			strbuf_puts(&line, "no path from zone ");
			sb_text(&line, c->t->zone[fl->src_zone].name);
			strbuf_puts(&line, " to zone ");
			sb_text(&line, c->t->zone[fl->dst_zone].name);
			char *key = xasprintf("path %d %d", fl->src_zone, fl->dst_zone);
			add_line(&seen, key, &line, b, &nlines, &more);
			free(key);
		}
	}
	if (more)
		strbuf_printf(b, "and %zu more\\l", more);
	free(seen.s);
	return worst;
}

typedef struct pair_key {
	int src, dst;
	size_t flow;
} pair_key;

static int pair_cmp(const void *a, const void *b)
{
	const pair_key *x = a, *y = b;
	if (x->src != y->src)
		return x->src < y->src ? -1 : 1;
	if (x->dst != y->dst)
		return x->dst < y->dst ? -1 : 1;
	return (x->flow > y->flow) - (x->flow < y->flow);
}

/* The flows of one pair: keys [start, end), and the first of its flows,
 * by which the pairs are written. */
typedef struct pair_run {
	size_t first;
	size_t start, end;
} pair_run;

static int run_cmp(const void *a, const void *b)
{
	const pair_run *x = a, *y = b;
	return (x->first > y->first) - (x->first < y->first);
}

static size_t write_flows(const dot_ctx *c, size_t count[ST_COUNT])
{
	size_t n = c->fl->n;
	pair_key *k = xcalloc(n ? n : 1, sizeof *k);
	size_t nk = 0;
	for (size_t i = 0; i < n; i++) {
		if (c->df[i].src < 0 || c->df[i].dst < 0)
			continue; /* no node to draw it from or to */
		k[nk++] = (pair_key){ c->df[i].src, c->df[i].dst, i };
		count[c->df[i].state]++;
	}
	qsort(k, nk, sizeof *k, pair_cmp);
	pair_run *runs = xcalloc(nk ? nk : 1, sizeof *runs);
	size_t nrun = 0;
	for (size_t i = 0; i < nk;) {
		size_t j = i;
		while (j < nk && k[j].src == k[i].src && k[j].dst == k[i].dst)
			j++;
		runs[nrun++] = (pair_run){ k[i].flow, i, j };
		i = j;
	}
	qsort(runs, nrun, sizeof *runs, run_cmp);
	size_t *idx = xcalloc(nk ? nk : 1, sizeof *idx);
	for (size_t r = 0; r < nrun; r++) {
		const pair_run *pr = &runs[r];
		size_t m = 0;
		for (size_t i = pr->start; i < pr->end; i++)
			idx[m++] = k[i].flow;
		strbuf b = { 0 };
		enum fstate s = pair_label(c, idx, m, &b);
		char from[32], to[32];
		node_id(c, k[pr->start].src, from, sizeof from);
		node_id(c, k[pr->start].dst, to, sizeof to);
		fprintf(c->out, "\t%s -> %s [color=%s, fontcolor=%s, penwidth=2%s, label=\"%s\"];\n",
			from, to, state_color[s], s == ST_OPEN ? "gray20" : state_color[s],
			s == ST_UNCHECKED ? ", style=dashed" : "", b.s);
		free(b.s);
	}
	free(idx);
	free(runs);
	free(k);
	return nrun;
}

/* The files checked alone (no firewall of the topology names them), or
 * every file without a topology: one node each, with its counts. */
static void write_files(const report *r, const topo *t, FILE *out)
{
	size_t *count = count_suites(r);
	for (size_t i = 0; i < r->nsuite; i++) {
		bool fw = false;
		for (size_t k = 0; t && k < t->nfw && !fw; k++) {
			char *sname = xasprintf("firewall %s", t->fw[k].name);
			fw = !strcmp(sname, r->suite[i].name);
			free(sname);
		}
		if (fw)
			continue;
		strbuf b = { 0 };
		strbuf_puts(&b, "file ");
		sb_text(&b, r->suite[i].file ? r->suite[i].file : r->suite[i].name);
		strbuf_puts(&b, "\\n");
		suite_counts(count, (int)i, &b);
		fprintf(out, "\tc%zu [label=\"%s\", shape=note];\n", i, b.s);
		free(b.s);
	}
	free(count);
}

static void write_header(FILE *out)
{
	fputs("digraph fwlint {\n"
	      "\tgraph [rankdir=LR, newrank=true, nodesep=0.4, ranksep=1.2, fontname=\"Helvetica\", fontsize=12, labelloc=t, labeljust=l];\n"
	      "\tnode [fontname=\"Helvetica\", fontsize=10];\n"
	      "\tedge [fontname=\"Helvetica\", fontsize=9];\n", out);
}

static void write_legend(const report *r, const size_t count[ST_COUNT], size_t nflows, FILE *out)
{
	strbuf b = { 0 };
	strbuf_puts(&b, "fwlint: ");
	sb_text(&b, r->topology);
	strbuf_printf(&b, "\\l%zu required flows: ", nflows);
	const char *sep = "";
	for (int s = ST_OPEN; s < ST_COUNT; s++) {
		strbuf_printf(&b, "%s%zu %s (%s)", sep, count[s], state_name[s],
			  s == ST_OPEN ? "green" : s == ST_UNCHECKED ? "grey, dashed"
			  : s == ST_PARTIAL ? "orange" : "red");
		sep = ", ";
	}
	strbuf_puts(&b, "\\l");
	if (r->nhidden)
		strbuf_puts(&b, "--max-findings left findings out: their flows may look open\\l");
	fprintf(out, "\tlabel=\"%s\";\n", b.s);
	free(b.s);
}

/* ferror() does not say why; keep the errno of the failed call, or EIO. */
static int finish(FILE *out)
{
	if (fflush(out) == EOF || ferror(out)) {
		if (!errno)
			errno = EIO;
		return -1;
	}
	return 0;
}

int report_write_dot(const report *r, FILE *out)
{
	errno = 0;
	fputs("/* fwlint -f dot: render with dot -Tpng (fwlint(1), OUTPUT) */\n", out);
	write_header(out);
	if (!r->topo || !r->flows) {
		strbuf b = { 0 };
		if (r->topology) {
			strbuf_puts(&b, "The topology ");
			sb_text(&b, r->topology);
			strbuf_puts(&b, " did not load: nothing was checked against it.\\l");
		} else if (r->nsuite) {
			strbuf_puts(&b, "No topology (-t): the files were checked alone;\\l"
				    "there are no zones, servers or flows to draw.\\l");
		} else {
			strbuf_puts(&b, "Nothing was checked.\\l");
		}
		/* Why: the errors that stop a run (no check: a usage error,
		 * a topology or a file that cannot be read). */
		size_t nerr = 0;
		for (size_t i = 0; i < r->diags.n; i++) {
			const diag *d = &r->diags.v[i];
			if (d->check || d->level != DIAG_ERROR)
				continue;
			if (nerr++ < DOT_MAX_BLOCKERS) {
				char *line = report_diag_line(d, 0);
				sb_text(&b, line);
				strbuf_puts(&b, "\\l");
				free(line);
			}
		}
		if (nerr > DOT_MAX_BLOCKERS)
			strbuf_printf(&b, "and %zu more\\l", nerr - DOT_MAX_BLOCKERS);
		fprintf(out, "\tnote [label=\"%s\", shape=note, style=filled, fillcolor=lightyellow];\n", b.s);
		free(b.s);
		write_files(r, NULL, out);
		fputs("}\n", out);
		return finish(out);
	}
	dot_ctx c = { .r = r, .t = r->topo, .fl = r->flows, .out = out };
	c.count = count_suites(r);
	find_flows(&c);
	write_zones(&c);
	write_firewalls(&c);
	write_files(r, c.t, out);
	size_t count[ST_COUNT] = { 0 };
	write_flows(&c, count);
	size_t nflows = 0;
	for (int s = 0; s < ST_COUNT; s++)
		nflows += count[s];
	write_legend(r, count, nflows, out);
	fputs("}\n", out);
	for (size_t i = 0; i < c.fl->n; i++) {
		free(c.df[i].fw);
		free(c.df[i].tcase);
	}
	free(c.df);
	free(c.count);
	free(c.head);
	free(c.next);
	return finish(out);
}
