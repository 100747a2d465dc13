/* topo.c - load a topology: read it and its ruleset, resolve names,
 * compute zone spaces (fwlint-topology(5)).
 *
 * Passes, not tangles: read the topology file, read the ruleset it names,
 * then resolve.  The ruleset is read only when the topology has no syntax
 * error, and names are resolved only when both files were read without
 * one: a statement lost to a syntax error would otherwise come back as a
 * row of "unknown name" errors (one mistake, one message:
 * fwlint-topology(5), DIAGNOSTICS).  Every error is reported (up to
 * TOPO_MAX_ERRORS per file), sorted by file and position, and then
 * topo_load() returns NULL.
 */
#include "topo.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fileio.h"
#include "paths.h"
#include "spell.h"
#include "topo_build.h"
#include "topo_int.h"
#include "xalloc.h"

/* Topology files and rulesets are written by hand: anything bigger is not
 * one. */
#define TOPO_MAX_FILE ((size_t)16 << 20)

static const char *const srv_port_names[SP_COUNT] = {
	[SP_DIRECTORY] = "directory-port",
	[SP_STORE] = "store-port",
	[SP_MTA] = "mta-port",
	[SP_RFC1006] = "rfc1006-port",
};

const char *srv_port_name(int sp)
{
	return sp >= 0 && sp < SP_COUNT ? srv_port_names[sp] : NULL;
}

int srv_port_parse(const char *name)
{
	for (int i = 0; i < SP_COUNT; i++)
		if (strcmp(name, srv_port_names[i]) == 0)
			return i;
	return -1;
}

const char *exver_name(enum exver v)
{
	switch (v) {
	case EX_40: return "4.0";
	case EX_40SP4: return "4.0 sp4";
	case EX_50: return "5.0";
	case EX_55: return "5.5";
	}
	return "?";
}

char *topo_scenario_text(const char *scenario)
{
	if (strncmp(scenario, "smtp-", 5) == 0)
		return xasprintf("smtp %s", scenario + 5);
	if (strncmp(scenario, "connector-", 10) == 0)
		return xasprintf("%s connector", scenario + 10);
	return xstrdup(scenario);
}

int topo_find_zone(const topo *t, const char *name)
{
	for (size_t i = 0; i < t->nzone; i++)
		if (strcmp(t->zone[i].name, name) == 0)
			return (int)i;
	return -1;
}

int topo_find_server(const topo *t, const char *name)
{
	for (size_t i = 0; i < t->nserver; i++)
		if (strcmp(t->server[i].name, name) == 0)
			return (int)i;
	return -1;
}

int topo_find_site(const topo *t, const char *name)
{
	for (size_t i = 0; i < t->nsite; i++)
		if (strcmp(t->site[i].name, name) == 0)
			return (int)i;
	return -1;
}

const rs_setting *topo_setting(const topo *t, int server_port)
{
	for (size_t i = 0; i < t->nsetting; i++)
		if (t->setting[i].server_port == server_port)
			return &t->setting[i];
	return NULL;
}

int topo_server_port(const topo *t, int server, int server_port)
{
	if (server >= 0 && t->server[server].port[server_port])
		return t->server[server].port[server_port];
	const rs_setting *s = topo_setting(t, server_port);
	return s ? s->default_port : 0;
}

const topo_pubaddr *topo_server_pubaddr(const topo *t, int server, int zone)
{
	if (server < 0 || zone < 0)
		return NULL;
	const topo_server *s = &t->server[server];
	for (size_t i = 0; i < s->npub; i++)
		for (size_t k = 0; k < s->pub[i].nzone; k++)
			if (s->pub[i].zone[k] == zone)
				return &s->pub[i];
	return NULL;
}

/* ------------------------------------------------------------ files */

static const char *topo_keep_file(topo *t, const char *path)
{
	t->files = xgrow(t->files, &t->capfiles, t->nfiles + 1,
			 sizeof *t->files);
	t->files[t->nfiles] = xstrdup(path);
	return t->files[t->nfiles++];
}

static char *lower_strerror(int e)
{
	char *s = xstrdup(strerror(e));
	if (s[0] >= 'A' && s[0] <= 'Z' && !(s[1] >= 'A' && s[1] <= 'Z'))
		s[0] = (char)(s[0] - 'A' + 'a');
	return s;
}

static char *dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

static char *path_in(const char *dir, const char *name)
{
	if (name[0] == '/' || strcmp(dir, ".") == 0)
		return xstrdup(name);
	return xasprintf("%s/%s", dir, name);
}

static char *loc_str(const srcloc *l)
{
	return xasprintf("%s:%d:%d", l->file, l->line, l->col);
}

/* ------------------------------------------------------------ zones */

/* Interval lists: sorted, disjoint, non-adjacent ranges. */
typedef struct ivlist {
	ir_range *v;
	size_t n, cap;
} ivlist;

static void iv_push(ivlist *l, u128 lo, u128 hi)
{
	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof *l->v);
	l->v[l->n++] = (ir_range){ lo, hi };
}

static int range_cmp(const void *a, const void *b)
{
	const ir_range *x = a, *y = b;
	if (x->lo != y->lo)
		return x->lo < y->lo ? -1 : 1;
	if (x->hi != y->hi)
		return x->hi < y->hi ? -1 : 1;
	return 0;
}

/* Sort and merge overlapping or adjacent ranges. */
static void iv_normalize(ivlist *l)
{
	if (l->n < 2)
		return;
	qsort(l->v, l->n, sizeof *l->v, range_cmp);
	size_t j = 0;
	for (size_t i = 1; i < l->n; i++) {
		if (l->v[j].hi == U128_MAX || l->v[i].lo <= l->v[j].hi + 1) {
			if (l->v[i].hi > l->v[j].hi)
				l->v[j].hi = l->v[i].hi;
		} else {
			l->v[++j] = l->v[i];
		}
	}
	l->n = j + 1;
}

/* r minus a normalized list, appended to out. */
static void iv_subtract_into(ir_range r, const ivlist *sub, ivlist *out)
{
	u128 lo = r.lo;
	for (size_t i = 0; i < sub->n; i++) {
		const ir_range *s = &sub->v[i];
		if (s->hi < lo)
			continue;
		if (s->lo > r.hi)
			break;
		if (s->lo > lo)
			iv_push(out, lo, s->lo - 1);
		if (s->hi >= r.hi)
			return;
		lo = s->hi + 1;
	}
	iv_push(out, lo, r.hi);
}

static bool range_inside(const ir_range *in, const ir_range *out)
{
	return in->lo >= out->lo && in->hi <= out->hi &&
	       (in->lo != out->lo || in->hi != out->hi);
}

static void fmt_range(const ir_range *r, char *buf, size_t n)
{
	fmt_addr_range(r->lo, r->hi, buf, n);
}

/* Longest prefix wins: each prefix P of a zone contributes P minus every
 * prefix of another zone that lies strictly inside P.  Two zones with the
 * same prefix, or with ranges that overlap without one holding the other,
 * leave no longest prefix: that is an error. */
static void zone_spaces(topo *t, diag_list *d)
{
	for (size_t z = 0; z < t->nzone; z++) {
		topo_zone *zn = &t->zone[z];
		for (size_t p = 0; p < zn->nprefix; p++) {
			const ir_range *P = &zn->prefix[p];
			for (size_t y = 0; y < z; y++) {
				topo_zone *other = &t->zone[y];
				/* A second zone of the same name is reported
				 * as a duplicate already. */
				if (strcmp(other->name, zn->name) == 0)
					continue;
				for (size_t q = 0; q < other->nprefix; q++) {
					const ir_range *Q = &other->prefix[q];
					bool meet = P->lo <= Q->hi && Q->lo <= P->hi;
					if (!meet || range_inside(P, Q) ||
					    range_inside(Q, P))
						continue;
					char a[100], bq[100];
					char *first = loc_str(&other->prefix_loc[q]);
					fmt_range(P, a, sizeof a);
					fmt_range(Q, bq, sizeof bq);
					if (P->lo == Q->lo && P->hi == Q->hi)
						diag_add(d, DIAG_ERROR, NULL, zn->prefix_loc[p],
							 "%s is in zone '%s' and in zone '%s' (%s)",
							 a, zn->name, other->name, first);
					else
						diag_add(d, DIAG_ERROR, NULL, zn->prefix_loc[p],
							 "%s of zone '%s' overlaps %s of zone '%s' (%s) without either holding the other",
							 a, zn->name, bq, other->name, first);
					free(first);
				}
			}
		}
	}

	for (size_t z = 0; z < t->nzone; z++) {
		topo_zone *zn = &t->zone[z];
		ivlist space = { 0 };
		for (size_t p = 0; p < zn->nprefix; p++) {
			const ir_range *P = &zn->prefix[p];
			ivlist inner = { 0 };
			for (size_t y = 0; y < t->nzone; y++) {
				if (y == z)
					continue;
				for (size_t q = 0; q < t->zone[y].nprefix; q++)
					if (range_inside(&t->zone[y].prefix[q], P))
						iv_push(&inner, t->zone[y].prefix[q].lo,
							t->zone[y].prefix[q].hi);
			}
			iv_normalize(&inner);
			iv_subtract_into(*P, &inner, &space);
			free(inner.v);
		}
		iv_normalize(&space);
		zn->iv = space.v;
		zn->niv = space.n;
		pset_free(&zn->space);
		zn->space = pset_empty();
		for (size_t i = 0; i < zn->niv; i++) {
			pbox bx = pbox_full();
			bx.src_lo = bx.dst_lo = zn->iv[i].lo;
			bx.src_hi = bx.dst_hi = zn->iv[i].hi;
			pset_add_box(&zn->space, &bx);
		}
	}
}

static int zone_of_addr(const topo *t, u128 a)
{
	for (size_t z = 0; z < t->nzone; z++)
		for (size_t i = 0; i < t->zone[z].niv; i++)
			if (a >= t->zone[z].iv[i].lo && a <= t->zone[z].iv[i].hi)
				return (int)z;
	return -1;
}

static int str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* ------------------------------------------------------------ resolve */

/* What an unknown name may have meant (fwlint-topology(5), DIAGNOSTICS). */
enum { NEAR_ZONE = 1, NEAR_SITE = 2, NEAR_SERVER = 4 };
/* Room for " (did you mean '...'?)" and a name cut by snprintf. */
#define DIAG_NEAR 200

/* " (did you mean 'corp'?)" for the nearest name of the kinds asked for,
 * else ""; into buf. */
static const char *near_name(const topo *t, const char *name, int kinds, char *buf,
			     size_t size)
{
	spell_best sb;
	spell_init(&sb, name);
	for (size_t i = 0; i < t->nzone && (kinds & NEAR_ZONE); i++)
		spell_consider(&sb, t->zone[i].name);
	for (size_t i = 0; i < t->nsite && (kinds & NEAR_SITE); i++)
		spell_consider(&sb, t->site[i].name);
	for (size_t i = 0; i < t->nserver && (kinds & NEAR_SERVER); i++)
		spell_consider(&sb, t->server[i].name);
	if (!spell_result(&sb))
		return "";
	snprintf(buf, size, " (did you mean '%s'?)", spell_result(&sb));
	return buf;
}

/* An unknown name at loc.  A misspelt declaration makes every use of the
 * name unknown: the first use gets the error, which lists the others
 * (emit_unknowns), not one error each. */
__attribute__((format(printf, 4, 5)))
static void unknown_name(topo_build *b, const char *name, srcloc loc, const char *fmt, ...)
{
	for (size_t i = 0; i < b->nunknown; i++) {
		tb_unknown *u = &b->unknown[i];
		if (strcmp(u->name, name) != 0)
			continue;
		u->also = xrealloc(u->also, (u->nalso + 1) * sizeof *u->also);
		u->also[u->nalso++] = loc;
		return;
	}
	va_list ap;
	va_start(ap, fmt);
	char *msg = xvasprintf(fmt, ap);
	va_end(ap);
	b->unknown = xgrow(b->unknown, &b->capunknown, b->nunknown + 1, sizeof *b->unknown);
	b->unknown[b->nunknown++] = (tb_unknown){ xstrdup(name), msg, loc, NULL, 0 };
}

/* "; also used on lines 12, 15 and 18" for the n places v (five at most,
 * then "and N more"), into buf. */
static void also_used(char *buf, size_t size, const srcloc *v, size_t n)
{
	size_t len = (size_t)snprintf(buf, size, "; also used on line%s", n > 1 ? "s" : "");
	const size_t shown = n < 5 ? n : 5, more = n - shown;
	/* cppcheck 2.10 takes n for 0 in here, from the zero-initialised
	 * record of the only caller, which tests n first: a false positive. */
	/* cppcheck-suppress knownConditionTrueFalse */
	for (size_t k = 0; k < shown && len < size; k++) {
		/* cppcheck-suppress knownConditionTrueFalse */
		const char *sep = k == 0 ? " " : k + 1 < shown || more ? ", " : " and ";
		len += (size_t)snprintf(buf + len, size - len, "%s%d", sep, v[k].line);
	}
	if (more && len < size)
		snprintf(buf + len, size - len, " and %zu more", more);
}

/* One error for each unknown name, with its later uses as related
 * places. */
static void emit_unknowns(topo_build *b, diag_list *d)
{
	for (size_t i = 0; i < b->nunknown; i++) {
		const tb_unknown *u = &b->unknown[i];
		char also[160] = "";
		if (u->nalso)
			also_used(also, sizeof also, u->also, u->nalso);
		diag *x = diag_add(d, DIAG_ERROR, NULL, u->loc, "%s%s", u->msg, also);
		for (size_t k = 0; k < u->nalso; k++)
			diag_add_related(x, u->also[k], "'%s' is used here too", u->name);
	}
}

/* Whether the ruleset's scenario sc is a word of the statement whose
 * scenarios begin with prefix (np bytes; "" for the clients statement,
 * whose scenarios are those of no other statement). */
static bool scenario_wanted(const char *sc, const char *prefix, size_t np)
{
	return np ? strncmp(sc, prefix, np) == 0
		  : strncmp(sc, "connector-", 10) != 0 && strncmp(sc, "smtp-", 5) != 0 &&
			    strcmp(sc, "intrasite") != 0;
}

/* The same among the scenarios of the ruleset that start with prefix
 * (prefix left out), or, for "", the client scenarios. */
static const char *near_scenario(const topo *t, const char *word, const char *prefix,
				 char *buf, size_t size)
{
	spell_best sb;
	spell_init(&sb, word);
	size_t np = strlen(prefix);
	for (size_t i = 0; i < t->nneed; i++) {
		const char *sc = t->need[i].scenario;
		bool want = scenario_wanted(sc, prefix, np);
		if (want)
			spell_consider(&sb, sc + np);
	}
	if (!spell_result(&sb))
		return "";
	snprintf(buf, size, " (did you mean '%s'?)", spell_result(&sb));
	return buf;
}

/* Zones, sites and servers share one name space (an endpoint may be any
 * of them); firewalls have their own. */
typedef struct named {
	const char *name;
	const srcloc *loc;
} named;

static int named_cmp(const void *a, const void *b)
{
	const named *x = a, *y = b;
	int c = strcmp(x->name, y->name);
	if (c)
		return c;
	if (x->loc->line != y->loc->line)
		return x->loc->line < y->loc->line ? -1 : 1;
	return x->loc->col < y->loc->col ? -1 : x->loc->col > y->loc->col;
}

static void report_duplicates(named *v, size_t n, diag_list *d)
{
	qsort(v, n, sizeof *v, named_cmp);
	for (size_t i = 1; i < n; i++) {
		size_t first = i - 1;
		while (first > 0 && strcmp(v[first - 1].name, v[i].name) == 0)
			first--;
		if (strcmp(v[first].name, v[i].name) != 0)
			continue;
		char *where = loc_str(v[first].loc);
		diag_add(d, DIAG_ERROR, NULL, *v[i].loc,
			 "duplicate name '%s' (first declared at %s)",
			 v[i].name, where);
		free(where);
	}
}

static void check_duplicates(const topo *t, diag_list *d)
{
	size_t n = t->nzone + t->nsite + t->nserver;
	named *v = xcalloc(n, sizeof *v);
	size_t k = 0;
	for (size_t i = 0; i < t->nzone; i++)
		v[k++] = (named){ t->zone[i].name, &t->zone[i].loc };
	for (size_t i = 0; i < t->nsite; i++)
		v[k++] = (named){ t->site[i].name, &t->site[i].loc };
	for (size_t i = 0; i < t->nserver; i++)
		v[k++] = (named){ t->server[i].name, &t->server[i].loc };
	report_duplicates(v, k, d);
	free(v);

	v = xcalloc(t->nfw, sizeof *v);
	for (size_t i = 0; i < t->nfw; i++)
		v[i] = (named){ t->fw[i].name, &t->fw[i].loc };
	report_duplicates(v, t->nfw, d);
	free(v);
}

static bool ruleset_has(const topo *t, const char *scenario)
{
	for (size_t i = 0; i < t->nneed; i++)
		if (strcmp(t->need[i].scenario, scenario) == 0)
			return true;
	return false;
}

/* "mapi, pop3, imap4, ldap or nntp": the client scenarios the ruleset
 * knows (every scenario that is not one of the built-in statement kinds). */
static char *ruleset_words(const topo *t, const char *prefix)
{
	char *s = xstrdup("");
	size_t np = strlen(prefix), count = 0;
	for (size_t i = 0; i < t->nneed; i++) {
		const char *sc = t->need[i].scenario;
		bool want = scenario_wanted(sc, prefix, np);
		bool seen = false;
		for (size_t j = 0; j < i && want; j++)
			seen |= strcmp(t->need[j].scenario, sc) == 0;
		if (!want || seen)
			continue;
		count++;
		char *n = xasprintf("%s%s%s", s, count > 1 ? ", " : "", sc + np);
		free(s);
		s = n;
	}
	return s;
}

static void resolve_clients(topo *t, topo_build *b, diag_list *d)
{
	for (size_t i = 0; i < t->nclients; i++) {
		topo_clients *c = &t->clients[i];
		const bool smtp = strncmp(c->scenario, "smtp-", 5) == 0;
		if (!ruleset_has(t, c->scenario)) {
			char *known = ruleset_words(t, "");
			srcloc at = b->rclients[i].scenario_loc;
			if (smtp) {
				diag_add(d, DIAG_ERROR, NULL, at,
					 "the ruleset has no need for %s",
					 c->scenario);
			} else {
				char dym[DIAG_NEAR];
				diag_add(d, DIAG_ERROR, NULL, at,
					 "unknown client scenario '%s'%s; the ruleset knows %s",
					 c->scenario,
					 near_scenario(t, c->scenario, "", dym, sizeof dym),
					 known);
			}
			free(known);
		}
		/* The server side: the responders, except for smtp out whose
		 * servers are the initiators. */
		const bool out = strcmp(c->scenario, "smtp-out") == 0;
		for (int side = 0; side < 2; side++) {
			tb_list *l = side ? b->rclients[i].to : b->rclients[i].from;
			const bool need_server = (side == 1) != out;
			topo_ep *eps = xcalloc(l->n, sizeof *eps);
			size_t n = 0;
			for (size_t k = 0; k < l->n; k++) {
				const char *name = l->v[k].s;
				topo_ep ep = { EP_ZONE, -1, l->v[k].loc };
				if ((ep.index = topo_find_server(t, name)) >= 0)
					ep.kind = EP_SERVER;
				else if ((ep.index = topo_find_site(t, name)) >= 0)
					ep.kind = EP_SITE;
				else if ((ep.index = topo_find_zone(t, name)) >= 0)
					ep.kind = EP_ZONE;
				if (ep.index < 0) {
					char dym[DIAG_NEAR];
					unknown_name(b, name, ep.loc,
						 "unknown zone, site or server '%s'%s", name,
						 near_name(t, name, need_server ? NEAR_SITE | NEAR_SERVER
									 : NEAR_ZONE | NEAR_SITE | NEAR_SERVER,
							   dym, sizeof dym));
					continue;
				}
				if (ep.kind == EP_ZONE && need_server) {
					diag_add(d, DIAG_ERROR, NULL, ep.loc,
						 "'%s' is a zone; a site or server is needed here",
						 name);
					continue;
				}
				eps[n++] = ep;
			}
			if (side) {
				c->to = eps;
				c->nto = n;
			} else {
				c->from = eps;
				c->nfrom = n;
			}
		}
	}
}

static int resolve_site(topo *t, topo_build *b, const tb_item *it, diag_list *d)
{
	int s = topo_find_site(t, it->s);
	if (s >= 0)
		return s;
	if (topo_find_server(t, it->s) >= 0)
		diag_add(d, DIAG_ERROR, NULL, it->loc,
			 "'%s' is a server; a connector joins sites", it->s);
	else if (topo_find_zone(t, it->s) >= 0)
		diag_add(d, DIAG_ERROR, NULL, it->loc,
			 "'%s' is a zone; a connector joins sites", it->s);
	else {
		char dym[DIAG_NEAR];
		unknown_name(b, it->s, it->loc, "unknown site '%s'%s",
			 it->s, near_name(t, it->s, NEAR_SITE, dym, sizeof dym));
	}
	return -1;
}

static void resolve_connectors(topo *t, topo_build *b, diag_list *d)
{
	for (size_t i = 0; i < t->nconn; i++) {
		topo_connector *c = &t->conn[i];
		const tb_raw_conn *r = &b->rconn[i];
		char *scen = xasprintf("connector-%s", c->kind);
		if (!ruleset_has(t, scen)) {
			char *known = ruleset_words(t, "connector-");
			char dym[DIAG_NEAR];
			diag_add(d, DIAG_ERROR, NULL, r->kind_loc,
				 "unknown connector kind '%s'%s; the ruleset knows %s",
				 c->kind, near_scenario(t, c->kind, "connector-", dym, sizeof dym),
				 known);
			free(known);
		}
		free(scen);
		for (int k = 0; k < 2; k++)
			c->site[k] = resolve_site(t, b, &r->sites->v[k], d);
		if (c->site[0] >= 0 && c->site[0] == c->site[1])
			diag_add(d, DIAG_ERROR, NULL, r->sites->v[1].loc,
				 "a connector joins site '%s' to itself",
				 r->sites->v[1].s);
		if (!r->via)
			continue;
		for (int k = 0; k < 2; k++) {
			const tb_item *it = &r->via->v[k];
			int s = topo_find_server(t, it->s);
			if (s < 0) {
				char dym[DIAG_NEAR];
				unknown_name(b, it->s, it->loc,
					 "unknown server '%s'%s", it->s,
					 near_name(t, it->s, NEAR_SERVER, dym, sizeof dym));
			} else if (c->site[k] >= 0 && t->server[s].site != c->site[k]) {
				diag_add(d, DIAG_ERROR, NULL, it->loc,
					 "bridgehead '%s' is not in site '%s'",
					 it->s, t->site[c->site[k]].name);
			} else {
				c->via[k] = s;
			}
		}
	}
}

/* The server whose own address is a, or -1. */
static int server_at(const topo *t, const topo_build *b, u128 a)
{
	for (size_t i = 0; i < t->nserver; i++)
		if (b->addr_ok[i] && t->server[i].addr == a)
			return (int)i;
	return -1;
}

/* "address A from ZONE, ...": the zones are zones, each at most once per
 * server, never the server's own; A is no server's own address.  Two
 * servers may share one translated address (one public address, told
 * apart by port), and a firewall's interface address may be one (a port
 * forwarded from the firewall's own outside address). */
static void resolve_pubaddrs(topo *t, topo_build *b, diag_list *d)
{
	for (size_t i = 0; i < b->nrpub; i++) {
		const tb_raw_pub *r = &b->rpub[i];
		topo_server *s = &t->server[r->server];
		topo_pubaddr *p = &s->pub[r->pub];
		char a[48];
		fmt_addr(p->addr, a, sizeof a);
		int other = server_at(t, b, p->addr);
		if (other == r->server)
			diag_add(d, DIAG_ERROR, NULL, p->addr_loc,
				 "translated address %s of server '%s' is its own address",
				 a, s->name);
		else if (other >= 0)
			diag_add(d, DIAG_ERROR, NULL, p->addr_loc,
				 "translated address %s of server '%s' is the address of server '%s'",
				 a, s->name, t->server[other].name);
		p->zone = xcalloc(r->zones->n, sizeof *p->zone);
		p->zone_loc = xcalloc(r->zones->n, sizeof *p->zone_loc);
		for (size_t k = 0; k < r->zones->n; k++) {
			const tb_item *it = &r->zones->v[k];
			int z = topo_find_zone(t, it->s);
			if (z < 0) {
				const char *what = topo_find_server(t, it->s) >= 0 ? "server"
						   : topo_find_site(t, it->s) >= 0 ? "site"
										    : NULL;
				if (what)
					diag_add(d, DIAG_ERROR, NULL, it->loc,
						 "'%s' is a %s; 'address ... from' takes zones",
						 it->s, what);
				else {
					char dym[DIAG_NEAR];
					unknown_name(b, it->s, it->loc,
						 "unknown zone '%s'%s", it->s,
						 near_name(t, it->s, NEAR_ZONE, dym, sizeof dym));
				}
				continue;
			}
			/* Within one zone no router firewall stands between
			 * client and server (fwlint-topology(5), Paths), so
			 * none translates; a firewall that sends the packet
			 * back out of the interface it came in on ("hairpin"
			 * NAT) is not modelled. */
			if (z == s->zone) {
				diag_add(d, DIAG_ERROR, NULL, it->loc,
					 "'%s' is the zone of server '%s' itself: clients there reach it directly, with no firewall to translate",
					 it->s, s->name);
				continue;
			}
			const srcloc *first = NULL;
			for (size_t q = 0; q <= r->pub && !first; q++)
				for (size_t m = 0; m < s->pub[q].nzone && !first; m++)
					if (s->pub[q].zone[m] == z)
						first = &s->pub[q].zone_loc[m];
			if (first) {
				char *where = loc_str(first);
				diag_add(d, DIAG_ERROR, NULL, it->loc,
					 "zone '%s' given twice for server '%s' (first at %s)",
					 it->s, s->name, where);
				free(where);
				continue;
			}
			p->zone[p->nzone] = z;
			p->zone_loc[p->nzone++] = it->loc;
		}
	}
}

/* An interface's addresses lie in its zone: a packet to the firewall
 * itself is routed like any other, to the zone that holds the address. */
static void check_iface_addrs(const topo *t, const topo_build *b,
			      const topo_iface *i, diag_list *d)
{
	for (size_t m = 0; m < i->naddr; m++) {
		char a[48];
		fmt_addr(i->addr[m], a, sizeof a);
		int s = server_at(t, b, i->addr[m]);
		int z = zone_of_addr(t, i->addr[m]);
		if (s >= 0)
			diag_add(d, DIAG_ERROR, NULL, i->addr_loc[m],
				 "address %s of interface '%s' is the address of server '%s'",
				 a, i->name, t->server[s].name);
		else if (i->zone < 0 || z == i->zone)
			continue;
		else if (z < 0)
			diag_add(d, DIAG_ERROR, NULL, i->addr_loc[m],
				 "address %s of interface '%s' is outside every zone",
				 a, i->name);
		else
			diag_add(d, DIAG_ERROR, NULL, i->addr_loc[m],
				 "address %s of interface '%s' is in zone '%s', not in the interface's zone '%s'",
				 a, i->name, t->zone[z].name, t->zone[i->zone].name);
	}
}

static void resolve_firewalls(topo *t, topo_build *b, diag_list *d)
{
	for (size_t i = 0; i < t->nfw; i++) {
		topo_firewall *f = &t->fw[i];
		tb_raw_fw *r = &b->rfw[i];
		if (!r->has_file) {
			diag_add(d, DIAG_ERROR, NULL, f->loc,
				 "firewall '%s' has no file", f->name);
		} else {
			f->file = path_in(t->dir, f->file_as_written);
			/* O_NONBLOCK: opening a FIFO must not wait for a
			 * writer (it hung fwlint); only a regular file is
			 * a configuration fwlint can read. */
			int fd = open(f->file, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
			struct stat st;
			int err = fd < 0 ? errno
				  : fstat(fd, &st) != 0 ? errno
				  : S_ISDIR(st.st_mode) ? EISDIR : 0;
			bool regular = err || S_ISREG(st.st_mode);
			if (fd >= 0)
				close(fd);
			if (err) {
				char *e = lower_strerror(err);
				diag_add(d, DIAG_ERROR, NULL, f->file_loc,
					 "cannot open '%s': %s",
					 f->file_as_written, e);
				free(e);
			} else if (!regular) {
				diag_add(d, DIAG_ERROR, NULL, f->file_loc,
					 "cannot open '%s': not a regular file",
					 f->file_as_written);
			}
		}
		if (r->host.s) {
			f->host = topo_find_server(t, r->host.s);
			if (f->host < 0) {
				char dym[DIAG_NEAR];
				unknown_name(b, r->host.s, r->host.loc,
					 "unknown server '%s'%s", r->host.s,
					 near_name(t, r->host.s, NEAR_SERVER, dym, sizeof dym));
			}
			if (f->niface)
				diag_add(d, DIAG_ERROR, NULL, f->iface[0].loc,
					 "host firewall '%s' cannot have interfaces: it filters one server's own traffic",
					 f->name);
		}
		for (size_t k = 0; k < f->niface; k++) {
			const tb_item *z = &r->ifzone.v[k];
			f->iface[k].zone = topo_find_zone(t, z->s);
			if (f->iface[k].zone < 0) {
				char dym[DIAG_NEAR];
				unknown_name(b, z->s, z->loc,
					 "unknown zone '%s'%s", z->s,
					 near_name(t, z->s, NEAR_ZONE, dym, sizeof dym));
			}
			check_iface_addrs(t, b, &f->iface[k], d);
		}
	}
}

static void resolve(topo *t, topo_build *b, diag_list *d)
{
	check_duplicates(t, d);
	zone_spaces(t, d);
	for (size_t i = 0; i < t->nserver; i++) {
		topo_server *s = &t->server[i];
		if (!b->addr_ok[i])
			continue;
		s->zone = zone_of_addr(t, s->addr);
		if (s->zone < 0) {
			char a[48];
			fmt_addr(s->addr, a, sizeof a);
			diag_add(d, DIAG_ERROR, NULL, s->addr_loc,
				 "address %s of server '%s' is outside every zone",
				 a, s->name);
		}
	}
	resolve_pubaddrs(t, b, d);
	resolve_clients(t, b, d);
	resolve_connectors(t, b, d);
	resolve_firewalls(t, b, d);
	emit_unknowns(b, d);
	for (size_t i = 0; i < t->nneed; i++) {
		rs_need *n = &t->need[i];
		if (n->server_port < 0)
			continue;
		const rs_setting *s = topo_setting(t, n->server_port);
		n->default_port = s ? s->default_port : 0;
	}
}

/* ------------------------------------------------------------ load */

/* " (did you mean 'exchange'?)" when "ruleset NAME;" names no file of the
 * rulesets folder and one is near, else "": the NAME.rules files there
 * are the candidates.  A ruleset named by path gets none. */
static const char *near_ruleset(const topo *t, const char *path, char *buf, size_t size)
{
	if (strchr(t->ruleset_name, '/') || access(path, F_OK) == 0)
		return "";
	char *dir = dir_of(path);
	DIR *dp = opendir(dir);
	free(dir);
	if (!dp)
		return "";
	spell_best sb;
	spell_init(&sb, t->ruleset_name);
	char **names = NULL;
	size_t n = 0, cap = 0;
	for (struct dirent *de; (de = readdir(dp));) {
		size_t len = strlen(de->d_name);
		if (len <= 6 || strcmp(de->d_name + len - 6, ".rules") != 0)
			continue;
		names = xgrow(names, &cap, n + 1, sizeof *names);
		names[n++] = xstrndup(de->d_name, len - 6);
	}
	closedir(dp);
	/* readdir's order is the file system's: sort, so that a tie always
	 * gives the same suggestion. */
	if (n > 1)
		qsort(names, n, sizeof *names, str_cmp);
	for (size_t i = 0; i < n; i++)
		spell_consider(&sb, names[i]);
	const char *near = spell_result(&sb);
	if (near)
		snprintf(buf, size, " (did you mean '%s'?)", near);
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return near ? buf : "";
}

static bool read_into(topo_build *b, const char *path, bool is_ruleset,
		      const srcloc *from, diag_list *d)
{
	size_t len = 0;
	char *data, e[160];
	/* read_whole_file opens a FIFO without waiting for a writer and
	 * refuses anything but a regular file (a FIFO named with -t used to
	 * hang fwlint). */
	if (read_whole_file(path, &data, &len, e, sizeof e) == 0 && len > TOPO_MAX_FILE) {
		free(data);
		snprintf(e, sizeof e, "larger than %zu MiB", TOPO_MAX_FILE >> 20);
		data = NULL;
	}
	if (!data) {
		srcloc loc = from ? *from : (srcloc){ path, 0, 0, 0, 0 };
		if (is_ruleset) {
			char dym[DIAG_NEAR];
			diag_add(d, DIAG_ERROR, NULL, loc,
				 "cannot read ruleset '%s': %s%s", path, e,
				 near_ruleset(b->t, path, dym, sizeof dym));
		} else {
			diag_add(d, DIAG_ERROR, NULL, loc, "cannot read '%s': %s",
				 path, e);
		}
		return false;
	}
	const char *file = topo_keep_file(b->t, path);
	tb_parse(b, file, data, len, is_ruleset);
	free(data);
	return true;
}

static int diag_pos_cmp(const diag *x, const diag *y, const topo *t)
{
	size_t fx = t->nfiles, fy = t->nfiles;
	for (size_t i = 0; i < t->nfiles; i++) {
		if (x->file && strcmp(x->file, t->files[i]) == 0 && fx == t->nfiles)
			fx = i;
		if (y->file && strcmp(y->file, t->files[i]) == 0 && fy == t->nfiles)
			fy = i;
	}
	if (fx != fy)
		return fx < fy ? -1 : 1;
	if (x->loc.line != y->loc.line)
		return x->loc.line < y->loc.line ? -1 : 1;
	if (x->loc.col != y->loc.col)
		return x->loc.col < y->loc.col ? -1 : 1;
	return 0;
}

/* Move the diagnostics into out, sorted by file and position (stable: an
 * insertion sort, the lists are short), with their related places.  Past
 * TOPO_MAX_ERRORS errors in one file the rest are left out and a note
 * says so, as the builder does while it reads: name resolution has its
 * own errors, and a long file of unknown names must not flood the
 * terminal. */
static void flush_sorted(diag_list *local, const topo *t, diag_list *out)
{
	size_t *ord = xcalloc(local->n, sizeof *ord);
	for (size_t i = 0; i < local->n; i++) {
		size_t j = i;
		while (j > 0 && diag_pos_cmp(&local->v[ord[j - 1]], &local->v[i], t) > 0) {
			ord[j] = ord[j - 1];
			j--;
		}
		ord[j] = i;
	}
	int *nerr = xcalloc(t->nfiles + 1, sizeof *nerr);
	bool *noted = xcalloc(t->nfiles + 1, sizeof *noted);
	const diag **last = xcalloc(t->nfiles + 1, sizeof *last);
	for (size_t i = 0; i < local->n; i++) {
		const diag *x = &local->v[ord[i]];
		size_t f = 0;
		while (f < t->nfiles && !(x->file && strcmp(x->file, t->files[f]) == 0))
			f++;
		if (x->level == DIAG_NOTE)
			noted[f] = true;
		if (x->level == DIAG_ERROR && ++nerr[f] > TOPO_MAX_ERRORS)
			continue;
		if (x->level == DIAG_ERROR)
			last[f] = x;
		diag *y = diag_add(out, x->level, x->check, x->loc, "%s", x->msg);
		for (size_t k = 0; k < x->nrelated; k++)
			diag_add_related(y, x->related[k].loc, "%s", x->related[k].msg);
	}
	for (size_t f = 0; f < t->nfiles; f++)
		if (nerr[f] > TOPO_MAX_ERRORS && !noted[f])
			diag_add(out, DIAG_NOTE, NULL, last[f]->loc,
				 "too many errors in %s, stopping after %d", t->files[f],
				 TOPO_MAX_ERRORS);
	free(nerr);
	free(noted);
	free(last);
	free(ord);
	diag_list_free(local);
}

topo *topo_load(const char *path, const char *rulesets_dir, diag_list *diags)
{
	topo *t = xcalloc(1, sizeof *t);
	t->path = xstrdup(path);
	t->dir = dir_of(path);
	t->version = EX_55;
	t->ruleset_name = xstrdup("exchange");

	diag_list local;
	diag_list_init(&local);
	topo_build b;
	tb_init(&b, t, &local);

	if (read_into(&b, path, false, NULL, &local)) {
		char *found = rulesets_dir ? NULL : find_rulesets_dir();
		t->ruleset_path = strchr(t->ruleset_name, '/')
			? path_in(t->dir, t->ruleset_name)
			: xasprintf("%s/%s.rules", found ? found : rulesets_dir,
				    t->ruleset_name);
		free(found);
		srcloc at = t->ruleset_loc.file ? t->ruleset_loc
			    : (srcloc){ t->files[0], 1, 1, 1, 1 };
		/* After a syntax error in the topology its ruleset statement
		 * may be what was lost or cut: reading the ruleset could
		 * only add an echo of that error. */
		if (b.nsyntax == 0 &&
		    read_into(&b, t->ruleset_path, true, &at, &local) &&
		    b.nsyntax == 0)
			resolve(t, &b, &local);
	}
	tb_fini(&b);

	bool failed = local.nerror > 0;
	flush_sorted(&local, t, diags);
	if (failed) {
		topo_free(t);
		return NULL;
	}
	t->paths = topo_paths_build(t);
	return t;
}

void topo_free(topo *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->nzone; i++) {
		free(t->zone[i].name);
		free(t->zone[i].prefix);
		free(t->zone[i].prefix_loc);
		free(t->zone[i].iv);
		pset_free(&t->zone[i].space);
	}
	for (size_t i = 0; i < t->nserver; i++) {
		topo_server *s = &t->server[i];
		for (size_t k = 0; k < s->npub; k++) {
			free(s->pub[k].zone);
			free(s->pub[k].zone_loc);
		}
		free(s->pub);
		free(s->name);
	}
	for (size_t i = 0; i < t->nsite; i++) {
		free(t->site[i].name);
		free(t->site[i].server);
	}
	for (size_t i = 0; i < t->nclients; i++) {
		free(t->clients[i].scenario);
		free(t->clients[i].variant);
		free(t->clients[i].from);
		free(t->clients[i].to);
	}
	for (size_t i = 0; i < t->nconn; i++)
		free(t->conn[i].kind);
	for (size_t i = 0; i < t->nfw; i++) {
		topo_firewall *f = &t->fw[i];
		free(f->name);
		free(f->file);
		free(f->file_as_written);
		free(f->format);
		for (size_t k = 0; k < f->niface; k++) {
			free(f->iface[k].name);
			free(f->iface[k].acl_in);
			free(f->iface[k].acl_out);
			free(f->iface[k].addr);
			free(f->iface[k].addr_loc);
		}
		free(f->iface);
	}
	for (size_t i = 0; i < t->nneed; i++) {
		free(t->need[i].scenario);
		free(t->need[i].variant);
		free(t->need[i].label);
	}
	for (size_t i = 0; i < t->nsetting; i++) {
		free(t->setting[i].kb);
		free(t->setting[i].registry);
		free(t->setting[i].registry_value);
	}
	for (size_t i = 0; i < t->nfiles; i++)
		free(t->files[i]);
	topo_paths_free(t->paths);
	free(t->zone);
	free(t->server);
	free(t->site);
	free(t->clients);
	free(t->conn);
	free(t->fw);
	free(t->need);
	free(t->setting);
	free(t->files);
	free(t->path);
	free(t->dir);
	free(t->ruleset_name);
	free(t->ruleset_path);
	free(t);
}
