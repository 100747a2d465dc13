/* checks/topology.c - the checks that need only the topology and its
 * ruleset (fwlint-topology(5), REQUIRED FLOWS): version-mismatch, rfc1006-mismatch, dynamic-rpc,
 * port-clash.
 *
 * What a version lacks and which registry value fixes a dynamic port come
 * from the ruleset (rulesets/exchange.rules), not from this file.
 */
#include "checks.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

static bool need_applies(const rs_need *n, const char *scenario,
			 const char *variant)
{
	return strcmp(n->scenario, scenario) == 0 &&
	       (!n->variant || !variant || strcmp(variant, "both") == 0 ||
		strcmp(variant, n->variant) == 0);
}

/* A statement whose scenario (as the ruleset has it) needs a later version
 * than the organisation runs. */
static void version_scenario(const topo *t, const char *scenario,
			     const char *variant, srcloc loc, diag_list *out)
{
	enum exver need = EX_40;
	for (size_t i = 0; i < t->nneed; i++)
		if (need_applies(&t->need[i], scenario, variant) &&
		    t->need[i].since > need)
			need = t->need[i].since;
	if (need <= t->version)
		return;
	char *words = topo_scenario_text(scenario);
	diag *d = diag_check(out, CHECK_VERSION_MISMATCH, loc,
			     "%s needs exchange %s or later; this organisation runs exchange %s",
			     words, exver_name(need), exver_name(t->version));
	diag_add_related(d, t->version_loc, "the exchange version is set here");
	free(words);
}

/* A static port, or a port other than the default, that the version
 * cannot set (Q161931: the MTA's ports are settable from 4.0 SP4). */
static void version_settings(const topo *t, diag_list *out)
{
	for (size_t s = 0; s < t->nserver; s++) {
		const topo_server *sv = &t->server[s];
		for (int sp = 0; sp < SP_COUNT; sp++) {
			const rs_setting *rs = topo_setting(t, sp);
			int port = sv->port[sp];
			if (!port || !rs || rs->since <= t->version ||
			    (rs->default_port && port == rs->default_port))
				continue;
			char kb[64] = "";
			if (rs->kb)
				snprintf(kb, sizeof kb, " (%s)", rs->kb);
			diag *d;
			if (rs->default_port)
				d = diag_check(out, CHECK_VERSION_MISMATCH, sv->port_loc[sp],
					   "%s %d on %s differs from the default %d, which needs exchange %s or later%s; this organisation runs exchange %s",
					   srv_port_name(sp), port, sv->name,
					   rs->default_port, exver_name(rs->since),
					   kb, exver_name(t->version));
			else
				d = diag_check(out, CHECK_VERSION_MISMATCH, sv->port_loc[sp],
					       "a static %s on %s needs exchange %s or later%s; this organisation runs exchange %s",
					       srv_port_name(sp), sv->name,
					       exver_name(rs->since), kb,
					       exver_name(t->version));
			diag_add_related(d, t->version_loc, "the exchange version is set here");
		}
	}
}

void check_versions(const check_ctx *cx)
{
	const topo *t = cx->t;
	diag_list *out = &cx->rep->diags;
	for (size_t i = 0; i < t->nsite; i++)
		version_scenario(t, "intrasite", NULL, t->site[i].loc, out);
	for (size_t i = 0; i < t->nclients; i++)
		version_scenario(t, t->clients[i].scenario,
				 t->clients[i].variant, t->clients[i].loc, out);
	for (size_t i = 0; i < t->nconn; i++) {
		char *scen = xasprintf("connector-%s", t->conn[i].kind);
		version_scenario(t, scen, NULL, t->conn[i].loc, out);
		free(scen);
	}
	version_settings(t, out);
}

/* The servers a connector joins on side k. */
static size_t conn_side(const topo *t, const topo_connector *c, int k,
			const int **v)
{
	if (c->via[k] >= 0) {
		*v = &c->via[k];
		return 1;
	}
	*v = t->site[c->site[k]].server;
	return t->site[c->site[k]].nserver;
}

/* A related place of rfc1006-mismatch: where the server's RFC1006 port
 * is set, or the ruleset's default that it keeps. */
static void rfc1006_where(const topo *t, int server, diag *d)
{
	const topo_server *sv = &t->server[server];
	const rs_setting *rs = topo_setting(t, SP_RFC1006);
	if (sv->port[SP_RFC1006])
		diag_add_related(d, sv->port_loc[SP_RFC1006], "%s's RFC1006 port is set here",
				 sv->name);
	else if (rs)
		diag_add_related(d, rs->loc, "%s keeps the default RFC1006 port, set here",
				 sv->name);
}

/* MTAs that talk X.400 over RFC1006 must listen on the same port: a
 * connector is such a one when the ruleset's needs for it use the
 * rfc1006-port (exchange.rules: connector x400). */
void check_rfc1006(const check_ctx *cx)
{
	const topo *t = cx->t;
	diag_list *out = &cx->rep->diags;
	for (size_t i = 0; i < t->nconn; i++) {
		const topo_connector *c = &t->conn[i];
		char *scen = xasprintf("connector-%s", c->kind);
		bool rfc1006 = false;
		for (size_t k = 0; k < t->nneed; k++)
			rfc1006 |= strcmp(t->need[k].scenario, scen) == 0 &&
				   t->need[k].server_port == SP_RFC1006;
		free(scen);
		if (!rfc1006)
			continue;
		const int *a, *b;
		size_t na = conn_side(t, c, 0, &a), nb = conn_side(t, c, 1, &b);
		for (size_t x = 0; x < na; x++) {
			for (size_t y = 0; y < nb; y++) {
				int pa = topo_server_port(t, a[x], SP_RFC1006);
				int pb = topo_server_port(t, b[y], SP_RFC1006);
				if (pa == pb)
					continue;
				diag *d = diag_check(out, CHECK_RFC1006_MISMATCH, c->loc,
						     "%s uses RFC1006 port %d but %s uses %d; MTAs joined by X.400 must use the same port",
						     t->server[a[x]].name, pa,
						     t->server[b[y]].name, pb);
				rfc1006_where(t, a[x], d);
				rfc1006_where(t, b[y], d);
			}
		}
	}
}

static const char *const port_words[SP_COUNT] = {
	[SP_DIRECTORY] = "directory port",
	[SP_STORE] = "information store port",
	[SP_MTA] = "MTA port",
	[SP_RFC1006] = "RFC1006 port",
};

/* "mapi clients", "other servers of its site", "rpc connector peers" */
static char *who_words(const char *scenario)
{
	if (strcmp(scenario, "intrasite") == 0)
		return xstrdup("other servers of its site");
	if (strncmp(scenario, "connector-", 10) == 0)
		return xasprintf("%s connector peers", scenario + 10);
	if (strncmp(scenario, "smtp-", 5) == 0)
		return xasprintf("smtp %s peers", scenario + 5);
	return xasprintf("%s clients", scenario);
}

/* A server without a static port that some flow needs: the flow needs the
 * whole ephemeral range.  KB Q155831 (directory, store) and Q161931 (MTA)
 * say which registry value pins the port. */
void check_dynamic_rpc(const check_ctx *cx)
{
	const topo *t = cx->t;
	diag_list *out = &cx->rep->diags;
	const flow_list *flows = cx->flows;
	for (size_t s = 0; s < t->nserver; s++) {
		for (int sp = 0; sp < SP_COUNT; sp++) {
			const char **who = xcalloc(flows->n ? flows->n : 1, sizeof *who);
			size_t nwho = 0;
			const flow *first = NULL;
			for (size_t i = 0; i < flows->n; i++) {
				const flow *f = &flows->v[i];
				if (f->dst_server != (int)s || !f->dynamic ||
				    f->need->server_port != sp)
					continue;
				if (!first)
					first = f;
				bool seen = false;
				for (size_t k = 0; k < nwho && !seen; k++)
					seen = strcmp(who[k], f->need->scenario) == 0;
				if (!seen)
					who[nwho++] = f->need->scenario;
			}
			if (first) {
				char *list = xstrdup("");
				for (size_t k = 0; k < nwho; k++) {
					char *w = who_words(who[k]);
					char *n = xasprintf("%s%s%s", list,
							    k == 0 ? "" : k + 1 == nwho ? " and " : ", ",
							    w);
					free(w);
					free(list);
					list = n;
				}
				const rs_setting *rs = topo_setting(t, sp);
				char *fix = rs && rs->registry
					? xasprintf("set \"%s\" in %s", rs->registry_value ? rs->registry_value : "",
						    rs->registry)
					: xasprintf("set a static %s", srv_port_name(sp));
				char *kb = rs && rs->kb ? xasprintf(" (%s)", rs->kb) : xstrdup("");
				diag_check(out, CHECK_DYNAMIC_RPC, t->server[s].loc,
					   "%s has no static %s: %s need %s %d-%d to it; %s%s",
					   t->server[s].name, port_words[sp], list,
					   first->proto == 17 ? "UDP" : "TCP",
					   first->dport_lo, first->dport_hi, fix, kb);
				free(list);
				free(fix);
				free(kb);
			}
			free(who);
		}
	}
}

/* A port a server listens on, for port-clash. */
typedef struct listen_port {
	int port;
	int sp;              /* enum srv_port, or -1: a fixed port of the ruleset */
	const char *label;   /* sp < 0: the need's label ("SMTP") */
	srcloc loc;          /* where it is set: the topology, or the ruleset */
	bool is_static;      /* set on the server (its port_loc) */
} listen_port;

static int loc_cmp(const srcloc *a, const srcloc *b)
{
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	return a->col < b->col ? -1 : a->col > b->col;
}

/* What one server listens on: its static ports in file order, then the
 * default ports of the kinds it does not set (rfc1006-port: 102), then
 * the fixed ports of the services its version has (the ruleset's needs:
 * 135, 25, 110, 995, 143, 993, 389, 636, 119 for 5.5), each port once. */
static size_t server_ports(const topo *t, const topo_server *sv, listen_port *out)
{
	size_t n = 0;
	for (int sp = 0; sp < SP_COUNT; sp++) {
		if (!sv->port[sp])
			continue;
		size_t j = n++;
		while (j > 0 && loc_cmp(&sv->port_loc[sp], &out[j - 1].loc) < 0) {
			out[j] = out[j - 1];
			j--;
		}
		out[j] = (listen_port){ sv->port[sp], sp, NULL, sv->port_loc[sp], true };
	}
	for (int sp = 0; sp < SP_COUNT; sp++) {
		const rs_setting *rs = topo_setting(t, sp);
		if (!sv->port[sp] && rs && rs->default_port)
			out[n++] = (listen_port){ rs->default_port, sp, NULL, rs->loc, false };
	}
	for (size_t i = 0; i < t->nneed; i++) {
		const rs_need *nd = &t->need[i];
		if (!nd->port || nd->since > t->version)
			continue;
		bool seen = false;
		for (size_t k = 0; k < n && !seen; k++)
			seen = !out[k].is_static && out[k].port == nd->port;
		if (!seen)
			out[n++] = (listen_port){ nd->port, -1, nd->label, nd->loc, false };
	}
	return n;
}

/* Two services of one server cannot listen on one port: the second one
 * to start fails to bind it, and clients reach the wrong one.  A static
 * directory, store or MTA port (Q155831, Q161931) or a custom RFC1006 port
 * must differ from the server's other ports and from the ports Exchange's
 * own services listen on (Q176466). */
void check_port_clash(const check_ctx *cx)
{
	const topo *t = cx->t;
	diag_list *out = &cx->rep->diags;
	listen_port *ports = xcalloc(2 * SP_COUNT + t->nneed, sizeof *ports);
	for (size_t s = 0; s < t->nserver; s++) {
		const topo_server *sv = &t->server[s];
		size_t n = server_ports(t, sv, ports);
		for (size_t i = 0; i < n && ports[i].is_static; i++) {
			const listen_port *a = &ports[i];
			const listen_port *b = NULL;
			for (size_t k = 0; k < n && !b; k++)
				if (k != i && ports[k].port == a->port && (k < i || !ports[k].is_static))
					b = &ports[k];
			if (!b)
				continue;
			diag *d;
			if (b->is_static)
				d = diag_check(out, CHECK_PORT_CLASH, a->loc,
					       "%s's %s %d is also its %s (line %d)", sv->name,
					       port_words[a->sp], a->port, port_words[b->sp],
					       b->loc.line);
			else if (b->sp >= 0)
				d = diag_check(out, CHECK_PORT_CLASH, a->loc,
					       "%s's %s %d is also its %s (the default)", sv->name,
					       port_words[a->sp], a->port, port_words[b->sp]);
			else
				d = diag_check(out, CHECK_PORT_CLASH, a->loc,
					       "%s's %s %d is also Exchange's %s port", sv->name,
					       port_words[a->sp], a->port, b->label);
			if (b->sp >= 0)
				diag_add_related(d, b->loc, "the %s%s is set here",
						 b->is_static ? "" : "default ", port_words[b->sp]);
			else
				diag_add_related(d, b->loc, "the ruleset needs %s on port %d here",
						 b->label, b->port);
		}
	}
	free(ports);
}
