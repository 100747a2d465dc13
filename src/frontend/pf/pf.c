/* pf.c - the pf.conf front end: entry points, the builder's context, and the
 * statements that are not rules: macros, include, tables, set, queues.
 *
 * The scanner (grammar/pf.l) and the parser (grammar/pf.y) call the
 * functions of pf_build.h; rules are built in pf_rule.c and lowered to the
 * IR in pf_lower.c, as include/pf.h describes.
 *
 * pfctl behaviour kept here, and where a linter differs:
 *   - include and table files are taken relative to the including file's
 *     folder (pfctl: its working directory, which means nothing to a linter);
 *   - a table file that cannot be read is an error for pfctl ("cannot load
 *     X"); for fwlint the table is filled at run time, so the rules that use
 *     it are unresolved, not wrong;
 *   - "set hostid 0" is "hostid must be non-zero" (pfctl parse.y).
 */
#include <ctype.h>
#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "arena.h"
#include "fileio.h"
#include "pf_int.h"
#include "xalloc.h"

/* ------------------------------------------------------------ arena */

void *pf_alloc(struct pf_ctx *ctx, size_t n)
{
	return arena_alloc(&ctx->arena, n);
}

char *pf_strdup(struct pf_ctx *ctx, const char *s, size_t n)
{
	return arena_strndup(&ctx->arena, s, n);
}

/* ------------------------------------------------------------ errors */

void pf_error(struct pf_ctx *ctx, srcloc loc, const char *fmt, ...)
{
	va_list ap;
	if (ctx->quiet) {
		ctx->quiet_failed = true;
		return;
	}
	ctx->cur.failed = true;
	va_start(ap, fmt);
	diag_parse_errorv(ctx->diags, &ctx->nerrors, &ctx->gave_up, PF_MAX_ERRORS, loc, fmt, ap);
	va_end(ap);
}

bool pf_gave_up(const struct pf_ctx *ctx)
{
	return ctx->gave_up;
}

/* ------------------------------------------------------------ lists */

void pf_list_add(struct pf_ctx *ctx, pf_list *l, pf_node *n)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? 2 * l->cap : 8;
		pf_node **v = pf_alloc(ctx, cap * sizeof *v);
		if (l->n)
			memcpy(v, l->v, l->n * sizeof *v);
		l->v = v;
		l->cap = cap;
	}
	l->v[l->n++] = n;
}

pf_item *pf_item_str(struct pf_ctx *ctx, const char *s, srcloc loc)
{
	pf_item *i = pf_alloc(ctx, sizeof *i);
	i->s = pf_strdup(ctx, s, strlen(s));
	i->loc = loc;
	return i;
}

pf_item *pf_item_num(struct pf_ctx *ctx, long long n, srcloc loc)
{
	pf_item *i = pf_alloc(ctx, sizeof *i);
	i->n = n;
	i->loc = loc;
	return i;
}

pf_item *pf_item_neg(pf_item *i, srcloc loc)
{
	i->neg = true;
	i->loc.line = loc.line;
	i->loc.col = loc.col;
	return i;
}

/* Append list b to list a.  The grammar builds lists one item at a time
 * ("{ 1 2 3 ... }"), so the head keeps a hint to its last node: walking
 * from the head each time made a list of n items cost n^2 steps (hours for
 * a 10 MB line).  The hint only saves the walk; the walk from it still
 * finds the true end. */
#define CAT(T, a, b)                                    \
	do {                                            \
		if (!(a))                               \
			return (b);                     \
		T *t_ = (a)->last ? (a)->last : (a);    \
		while (t_->next)                        \
			t_ = t_->next;                  \
		t_->next = (b);                         \
		while (t_->next)                        \
			t_ = t_->next;                  \
		(a)->last = t_;                         \
		return (a);                             \
	} while (0)

pf_item *pf_item_cat(pf_item *a, pf_item *b) { CAT(pf_item, a, b); }
pf_hnode *pf_host_cat(pf_hnode *a, pf_hnode *b) { CAT(pf_hnode, a, b); }
pf_pnode *pf_port_cat(pf_pnode *a, pf_pnode *b) { CAT(pf_pnode, a, b); }

static bool is_any(const pf_hnode *h)
{
	return h && !h->next && h->a.kind == PF_ADDR_ANY && !h->a.neg && !h->bad;
}

/* pfctl parse.y host_list: OpenBSD makes the list "any" when an item is
 * "any" (an item that is "any" stands for the whole list); FreeBSD's older
 * host_list drops the item instead, so "{ a, any }" is a there, and only a
 * list of nothing but "any" is any. */
pf_hnode *pf_host_list_cat(struct pf_ctx *ctx, pf_hnode *a, pf_hnode *b)
{
	if (!a)
		return b;
	if (ctx->freebsd) {
		if (is_any(a))
			return b;
		if (is_any(b))
			return a;
		return pf_host_cat(a, b);
	}
	if (is_any(a))
		return a;
	if (is_any(b))
		return b;
	return pf_host_cat(a, b);
}

/* ------------------------------------------------------------ macros */

const char *pf_macro_get(struct pf_ctx *ctx, const char *name)
{
	for (size_t i = ctx->nmacros; i-- > 0;)
		if (strcmp(ctx->macros[i].name, name) == 0)
			return ctx->macros[i].value;
	return NULL;
}

/* "name = value ...": the words joined by one blank (pfctl's varset). */
void pf_macro_set(struct pf_ctx *ctx, const char *name, const pf_item *words, srcloc loc)
{
	size_t len = 0;
	char num[32];
	(void)loc;
	for (const pf_item *w = words; w; w = w->next)
		len += (w->s ? strlen(w->s) : 24) + 1;
	char *v = xmalloc(len + 1), *p = v;
	for (const pf_item *w = words; w; w = w->next) {
		const char *s = w->s;
		if (!s) {
			snprintf(num, sizeof num, "%lld", w->n);
			s = num;
		}
		if (p != v)
			*p++ = ' ';
		memcpy(p, s, strlen(s));
		p += strlen(s);
	}
	*p = '\0';
	/* pfctl parse.y varset: a quoted name with a blank (its loop
	 * looks from the second character on) */
	for (const char *c = name; *c && c[1]; c++)
		if (isspace((unsigned char)c[1])) {
			pf_error(ctx, loc, "macro name cannot contain whitespace");
			free(v);
			return;
		}
	for (size_t i = 0; i < ctx->nmacros; i++)
		if (strcmp(ctx->macros[i].name, name) == 0) {
			free(ctx->macros[i].value);
			ctx->macros[i].value = v;
			return;
		}
	ctx->macros = xgrow(ctx->macros, &ctx->capmacros, ctx->nmacros + 1, sizeof *ctx->macros);
	ctx->macros[ctx->nmacros].name = xstrdup(name);
	ctx->macros[ctx->nmacros++].value = v;
}

void pf_keyword_macro(struct pf_ctx *ctx, const char *name, const pf_item *words, srcloc loc)
{
	if (ctx->freebsd) {
		pf_error(ctx, loc, "syntax error");
		return;
	}
	pf_macro_set(ctx, name, words, loc);
}

/* ------------------------------------------------------------ files */

const char *pf_file_name(struct pf_ctx *ctx, const char *name)
{
	return ir_ruleset_add_file(ctx->rs, name);
}

static pf_file *file_add(struct pf_ctx *ctx, const char *name, char *buf, const char *text,
			 size_t len)
{
	ctx->files = xgrow(ctx->files, &ctx->capfiles, ctx->nfiles + 1, sizeof *ctx->files);
	pf_file *f = &ctx->files[ctx->nfiles++];
	memset(f, 0, sizeof *f);
	f->name = name;
	f->buf = buf;
	f->text = text;
	f->len = len;
	return f;
}

void pf_file_text(struct pf_ctx *ctx, const char *file, const char *buf, size_t len)
{
	file_add(ctx, file, NULL, buf, len);
}

const char *pf_source_text(struct pf_ctx *ctx, const char *file, int line, int end_line,
			   size_t *len)
{
	pf_file *f = NULL;
	for (size_t i = 0; i < ctx->nfiles; i++)
		if (ctx->files[i].name == file)
			f = &ctx->files[i];
	*len = 0;
	if (!f || line < 1)
		return "";
	if (!f->lines) {
		size_t n = 1;
		for (size_t i = 0; i < f->len; i++)
			n += f->text[i] == '\n';
		f->lines = xmalloc((n + 1) * sizeof *f->lines);
		f->lines[0] = 0;
		f->nlines = 1;
		for (size_t i = 0; i < f->len; i++)
			if (f->text[i] == '\n')
				f->lines[f->nlines++] = i + 1;
		f->lines[f->nlines] = f->len + 1;
	}
	if ((size_t)line > f->nlines)
		return "";
	if (end_line < line)
		end_line = line;
	if ((size_t)end_line > f->nlines)
		end_line = (int)f->nlines;
	size_t a = f->lines[line - 1], b = f->lines[end_line] - 1;
	if (b > f->len)
		b = f->len;
	while (b > a && (f->text[b - 1] == '\r' || f->text[b - 1] == '\n'))
		b--;
	*len = b - a;
	return f->text + a;
}

/* The folder of path, with a final '/', or "" for the current one. */
static char *folder_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return xstrdup("");
	size_t n = (size_t)(slash - path) + 1;
	char *d = xmalloc(n + 1);
	memcpy(d, path, n);
	d[n] = '\0';
	return d;
}

/* A path as written, relative to the folder of the file at loc. */
static char *relative_path(const srcloc *loc, const char *path)
{
	if (path[0] == '/' || !loc->file)
		return xstrdup(path);
	char *dir = folder_of(loc->file);
	char *p = xmalloc(strlen(dir) + strlen(path) + 1);
	strcpy(p, dir);
	strcat(p, path);
	free(dir);
	return p;
}

/* Is `path`, written in the file at loc and resolved to `full`, inside that
 * file's folder?  fwlint lints files that arrive in pull requests: an
 * include must not read /etc/passwd or ../secrets into its diagnostics.
 * Absolute paths name the firewall's disk, not this one's.  No ".."; and
 * what exists must resolve (symbolic links followed) inside the folder.  A
 * file that does not exist is "inside": reading it reports it missing. */
static bool inside_folder(const srcloc *loc, const char *path, const char *full)
{
	if (path[0] == '/')
		return false;
	for (const char *c = path; (c = strstr(c, "..")) != NULL; c += 2)
		if ((c == path || c[-1] == '/') && (c[2] == '\0' || c[2] == '/'))
			return false; /* a ".." component */
	char *dir = folder_of(loc->file ? loc->file : "");
	char rd[PATH_MAX], rf[PATH_MAX];
	bool ok = realpath(*dir ? dir : ".", rd) != NULL;
	free(dir);
	if (!ok)
		return false;
	if (!realpath(full, rf))
		return true;
	size_t n = strlen(rd);
	return strncmp(rf, rd, n) == 0 && (rf[n] == '/' || (n == 1 && rd[0] == '/'));
}

void pf_set_scanner(struct pf_ctx *ctx, void *scanner)
{
	ctx->scanner = scanner;
}

/* Push the file at path (include, load anchor) onto the scanner; its name
 * as kept by the ruleset, or NULL after an error. */
static const char *push_file(struct pf_ctx *ctx, const char *path, srcloc loc)
{
	char *full = relative_path(&loc, path);
	char err[200];
	char *buf;
	size_t len;
	const char *pushed = NULL;

	if (!ctx->scanner) {
		free(full);
		return NULL;
	}
	if (pf_scan_include_depth(ctx->scanner) >= PF_MAX_INCLUDE_DEPTH) {
		pf_error(ctx, loc, "include of '%s': includes nested more than %d deep",
			 path, PF_MAX_INCLUDE_DEPTH);
	} else if (!ctx->allow_outside && !inside_folder(&loc, path, full)) {
		pf_error(ctx, loc, "failed to include file %s: fwlint reads included files only from "
			 "the including file's folder and below (--allow-include-outside lifts this)",
			 path);
	} else if (pf_scan_in_chain(ctx->scanner, full)) {
		char chain[1024];
		pf_scan_chain(ctx->scanner, chain, sizeof chain);
		pf_error(ctx, loc, "include cycle: %s -> %s", chain, full);
	} else if (read_whole_file_max(full, ctx->max_input, &buf, &len, err, sizeof err) != 0) {
		pf_error(ctx, loc, "failed to include file %s: %s", path, err);
	} else if (len > (size_t)1 << 30) {
		free(buf);
		pf_error(ctx, loc, "cannot include '%s': file too large", path);
	} else if (lone_cr_column(buf, len) > 0) {
		free(buf);
		pf_error(ctx, loc, "cannot include '%s': its lines end with a carriage return alone "
			 "(classic Mac OS line ends); pfctl reads such a file as one line", path);
	} else {
		const char *name = pf_file_name(ctx, full);
		file_add(ctx, name, buf, buf, len);
		pf_scan_push_file(ctx->scanner, name, buf, len);
		pushed = name;
	}
	free(full);
	return pushed;
}

void pf_include(struct pf_ctx *ctx, const char *path, srcloc loc)
{
	(void)push_file(ctx, path, loc);
}

/* ------------------------------------------------------------ tables */

pf_table *pf_table_find(struct pf_ctx *ctx, const char *name)
{
	for (size_t i = 0; i < ctx->ntables; i++)
		if (strcmp(ctx->tables[i].name, name) == 0)
			return &ctx->tables[i];
	return NULL;
}

void pf_table_begin(struct pf_ctx *ctx, const char *name, srcloc loc)
{
	pf_rule_reset(ctx);
	pf_table *t = pf_table_find(ctx, name);
	if (t && t->defined) {
		pf_error(ctx, loc, "table <%s> already defined", name);
		ctx->curtable = NULL;
		return;
	}
	if (strlen(name) >= 32)
		pf_error(ctx, loc, "table name too long, max 31 chars");
	if (!t) {
		ctx->tables = xgrow(ctx->tables, &ctx->captables, ctx->ntables + 1,
				    sizeof *ctx->tables);
		t = &ctx->tables[ctx->ntables++];
		memset(t, 0, sizeof *t);
		t->name = pf_strdup(ctx, name, strlen(name));
	}
	t->loc = loc;
	t->defined = true;
	ctx->curtable = t;
}

void pf_table_opt(struct pf_ctx *ctx, const char *opt, srcloc loc)
{
	/* pfctl parse.y table_opt: const, persist, counters */
	if (strcmp(opt, "const") && strcmp(opt, "persist") && strcmp(opt, "counters"))
		pf_error(ctx, loc, "invalid table option '%s'", opt);
	else if (ctx->curtable && strcmp(opt, "const") == 0)
		ctx->curtable->is_const = true;
}

/* Read a table file: addresses separated by blanks and line ends, "#"
 * comments, "!" negations (pfctl's pfr_buf_load via pfctl_table.c). */
#define PF_MAX_TABLE_FILE ((size_t)64 << 20)

void pf_table_file(struct pf_ctx *ctx, const char *path, srcloc loc)
{
	pf_table *t = ctx->curtable;
	char err[200];
	char *buf;
	size_t len;
	if (!t)
		return;
	t->has_file = true;
	char *full = relative_path(&loc, path);
	t->file = pf_strdup(ctx, path, strlen(path));
	if (!ctx->allow_outside && !inside_folder(&loc, path, full)) {
		/* The firewall's own disk (pf.conf(5) examples use
		 * /etc/...): its addresses are known there, not here. */
		t->file_failed = true;
		free(full);
		return;
	}
	if (read_whole_file(full, &buf, &len, err, sizeof err) != 0 || len > PF_MAX_TABLE_FILE) {
		if (read_whole_file(full, &buf, &len, err, sizeof err) == 0)
			free(buf);
		t->file_failed = true;
		free(full);
		return;
	}
	free(full);
	size_t i = 0;
	while (i < len) {
		while (i < len && strchr(" \t\r\n", buf[i]))
			i++;
		if (i < len && buf[i] == '#') {
			while (i < len && buf[i] != '\n')
				i++;
			continue;
		}
		size_t s = i;
		while (i < len && !strchr(" \t\r\n#", buf[i]))
			i++;
		if (i == s)
			continue;
		char *w = pf_strdup(ctx, buf + s, i - s);
		bool neg = w[0] == '!';
		if (neg)
			w++;
		pf_hnode *h = NULL;
		char *slash = strchr(w, '/');
		/* entries are checked quietly: a bad one makes the file unusable */
		ctx->quiet = true;
		ctx->quiet_failed = false;
		if (slash) {
			*slash = '\0';
			h = pf_host_mask(ctx, w, strtol(slash + 1, NULL, 10), loc);
		} else {
			h = pf_host_str(ctx, w, loc);
		}
		ctx->quiet = false;
		if (ctx->quiet_failed || h->bad) {
			t->file_failed = true;
			continue;
		}
		if (h->a.kind != PF_ADDR_NET && h->a.kind != PF_ADDR_RANGE) {
			t->file_failed = true; /* a host name: resolved at load time */
			continue;
		}
		h->a.neg = neg;
		t->hosts = pf_host_cat(t->hosts, h);
	}
	free(buf);
}

void pf_table_hosts(struct pf_ctx *ctx, pf_hnode *h)
{
	pf_table *t = ctx->curtable;
	for (pf_hnode *x = h; x; x = x->next) {
		if (x->bad)
			continue;
		switch (x->a.kind) {
		case PF_ADDR_TABLE:
			pf_error(ctx, x->a.loc, "tables cannot contain tables");
			break;
		case PF_ADDR_DYNIF:
			pf_error(ctx, x->a.loc, "dynamic addresses are not permitted inside tables");
			break;
		case PF_ADDR_NOROUTE:
			pf_error(ctx, x->a.loc, "\"no-route\" is not permitted inside tables");
			break;
		case PF_ADDR_URPF:
			pf_error(ctx, x->a.loc, "\"urpf-failed\" is not permitted inside tables");
			break;
		case PF_ADDR_RANGE:
			/* pfctl parse.y table_opt */
			pf_error(ctx, x->a.loc, "address ranges are not permitted inside tables");
			break;
		default:
			break;
		}
		if (x->routehost)
			pf_error(ctx, x->a.loc, "could not parse host specification");
	}
	if (t)
		t->hosts = pf_host_cat(t->hosts, h);
}

void pf_table_end(struct pf_ctx *ctx, srcloc loc)
{
	(void)loc;
	ctx->curtable = NULL;
}

/* ------------------------------------------------------------ set */

void pf_set_option(struct pf_ctx *ctx, const char *opt, const pf_item *args, srcloc loc)
{
	if (strcmp(opt, "hostid") == 0 && args && args->s) {
		char *end;
		unsigned long long v = strtoull(args->s, &end, 0);
		if (*end || args->s[0] == '-')
			pf_error(ctx, loc, "invalid hostid %s", args->s);
		else if (v == 0)
			pf_error(ctx, loc, "hostid must be non-zero");
	} else if (strcmp(opt, "hostid") == 0 && args && args->n == 0) {
		pf_error(ctx, loc, "hostid must be non-zero");
	} else if (strcmp(opt, "block-policy") == 0 && args) {
		ctx->block_return = strcmp(args->s, "return") == 0;
	} else if (strcmp(opt, "optimization") == 0 && args) {
		static const char *const ok[] = { "default", "normal", "high-latency",
						  "satellite", "aggressive", "conservative" };
		bool found = false;
		for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
			found |= strcmp(args->s, ok[i]) == 0;
		if (!found)
			pf_error(ctx, args->loc, "unknown optimization %s", args->s);
	} else if (strcmp(opt, "ruleset-optimization") == 0 && args) {
		if (strcmp(args->s, "none") && strcmp(args->s, "basic") &&
		    strcmp(args->s, "profile"))
			pf_error(ctx, args->loc, "unknown ruleset-optimization %s", args->s);
	} else if ((strcmp(opt, "reassemble") == 0 || strcmp(opt, "require-order") == 0) && args) {
		/* pfctl parse.y yesno */
		if (strcmp(args->s, "yes") && strcmp(args->s, "no"))
			pf_error(ctx, args->loc, "invalid value '%s', expected 'yes' or 'no'",
				 args->s);
	} else if (strcmp(opt, "limit") == 0) {
		static const char *const ok[] = { "states", "frags", "src-nodes", "tables",
						  "table-entries", "pktdelay_pkts", "anchors" };
		for (const pf_item *a = args; a; a = a->next) {
			bool found = false;
			for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
				found |= strcmp(a->s, ok[i]) == 0;
			if (!found)
				/* pfctl parse.y limit_spec */
				pf_error(ctx, a->loc, "unable to set limit %s %lld", a->s, a->n);
			else if (a->n < 0 || a->n > (long long)UINT_MAX)
				/* pfctl parse.y limit_item: a u_int32 */
				pf_error(ctx, a->loc, "only positive values permitted");
		}
	} else if (strcmp(opt, "timeout") == 0) {
		bool state;
		for (const pf_item *a = args; a; a = a->next)
			if (a->n < 0 || a->n > (long long)UINT_MAX)
				/* pfctl parse.y timeout_spec: a u_int32 */
				pf_error(ctx, a->loc, "only positive values permitted");
			else if (!pf_timeout_name(a->s, ctx->freebsd, &state))
				pf_error(ctx, a->loc, "unknown timeout %s", a->s);
	} else if (strcmp(opt, "syncookies") == 0 && args) {
		if (strcmp(args->s, "never") && strcmp(args->s, "always") &&
		    strcmp(args->s, "adaptive"))
			/* pfctl parse.y syncookie_val */
			pf_error(ctx, args->loc, "illegal value for syncookies");
	} else if (strcmp(opt, "debug") == 0 && args) {
		/* OpenBSD pf.conf(5) set debug: the syslog levels; FreeBSD's
		 * pf.conf(5): none, urgent, misc, loud (its pfctl_set_debug();
		 * the syslog names are taken too, not to refuse a level a newer
		 * FreeBSD may know) */
		static const char *const ok[] = { "emerg", "alert", "crit", "err", "warning",
						  "notice", "info", "debug" };
		static const char *const fbsd[] = { "none", "urgent", "misc", "loud" };
		bool found = false;
		for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
			found |= strcmp(args->s, ok[i]) == 0;
		for (size_t i = 0; ctx->freebsd && i < sizeof fbsd / sizeof fbsd[0]; i++)
			found |= strcmp(args->s, fbsd[i]) == 0;
		if (!found && ctx->freebsd)
			pf_error(ctx, args->loc, "error setting debuglevel %s: the levels are none, "
				 "urgent, misc and loud", args->s);
		else if (!found)
			pf_error(ctx, args->loc, "error setting debuglevel %s: the levels are emerg, "
				 "alert, crit, err, warning, notice, info and debug", args->s);
	} else if (strcmp(opt, "state-defaults") == 0) {
		if (ctx->state_defaults)
			pf_error(ctx, loc, "cannot redefine state-defaults");
		ctx->state_defaults = true;
	}
	pf_rule_reset(ctx);
}

void pf_set_skip(struct pf_ctx *ctx, pf_item *ifs, srcloc loc)
{
	for (pf_item *i = ifs; i; i = i->next) {
		if (i->neg) {
			/* pfctl parse.y expand_skip_interface() */
			pf_error(ctx, i->loc, "skip on ! <interface> is not supported");
			continue;
		}
		if (!i->s) {
			/* pfctl parse.y expand_skip_interface() */
			pf_error(ctx, i->loc, "skip on rdomain <num> is not supported");
			continue;
		}
		ctx->skips = xgrow(ctx->skips, &ctx->capskips, ctx->nskips + 1, sizeof *ctx->skips);
		ctx->skips[ctx->nskips].ifname = i->s;
		ctx->skips[ctx->nskips].neg = i->neg;
		ctx->skips[ctx->nskips++].loc = loc;
	}
}

/* ------------------------------------------------------------ queues */

void pf_queue_begin(struct pf_ctx *ctx, const char *name, srcloc loc)
{
	memset(&ctx->curq, 0, sizeof ctx->curq);
	ctx->qseen = 0;
	ctx->qfreebsd = false;
	ctx->qpercent = (srcloc){ 0 };
	ctx->altq |= name == NULL;
	ctx->curq.name = name ? pf_strdup(ctx, name, strlen(name)) : NULL;
	ctx->curq.loc = loc;
	ctx->inq = true;
}

/* pfctl parse.y bandwidth: a number of bits per second, with a unit
 * b, K, M or G (a "Bit", "B", "bit" or "b" after it is dropped), or a
 * percentage */
static void queue_bandwidth(struct pf_ctx *ctx, const pf_item *bw, srcloc loc)
{
	if (!bw->s) {
		if (bw->n < 0 || bw->n > (long long)UINT_MAX)
			pf_error(ctx, bw->loc, "bandwidth number too big");
		return;
	}
	char *cp;
	double bps = strtod(bw->s, &cp);
	char unit[64];
	snprintf(unit, sizeof unit, "%s", cp);
	if (strlen(unit) > 1) {
		char *cu = unit + 1;
		if (!strcmp(cu, "Bit") || !strcmp(cu, "B") || !strcmp(cu, "bit") || !strcmp(cu, "b"))
			*cu = '\0';
	}
	if (strcmp(unit, "%") == 0) {
		if (bps < 0 || bps > 100)
			pf_error(ctx, bw->loc, "bandwidth spec out of range");
		else if (ctx->curq.loc.line && !ctx->qpercent.line)
			ctx->qpercent = loc;
	} else if (strcmp(unit, "b") && strcmp(unit, "K") && strcmp(unit, "M") &&
		   strcmp(unit, "G")) {
		pf_error(ctx, bw->loc, "unknown unit \"%s\"", unit);
	}
}

void pf_queue_opt(struct pf_ctx *ctx, const char *opt, const pf_item *args, srcloc loc)
{
	/* pfctl parse.y queue_opt: each once, with its range */
	static const char *const once[] = { "bandwidth", "parent", "default", "qlimit",
					    "flows", "quantum" };
	for (unsigned i = 0; i < sizeof once / sizeof once[0]; i++)
		if (strcmp(opt, once[i]) == 0) {
			if (ctx->qseen & (1u << i)) {
				pf_error(ctx, loc, "%s cannot be respecified",
					 i == 4 ? "number of flows" : opt);
				return;
			}
			ctx->qseen |= 1u << i;
		}
	if ((strcmp(opt, "bandwidth") == 0 || strcmp(opt, "min") == 0 ||
	     strcmp(opt, "max") == 0) && args)
		queue_bandwidth(ctx, args, loc);
	else if (strcmp(opt, "qlimit") == 0 && args && (args->n < 0 || args->n > 65535))
		pf_error(ctx, args->loc, "qlimit out of range: max 65535");
	else if (strcmp(opt, "flows") == 0 && args && (args->n < 1 || args->n > 32767))
		pf_error(ctx, args->loc, "number of flows out of range: max 32767");
	else if (strcmp(opt, "quantum") == 0 && args && (args->n < 1 || args->n > 65535))
		pf_error(ctx, args->loc, "quantum out of range: max 65535");
	if (strcmp(opt, "children") == 0 || strcmp(opt, "cbq") == 0 || strcmp(opt, "priq") == 0 ||
	    strcmp(opt, "hfsc") == 0 || strcmp(opt, "fairq") == 0)
		ctx->qfreebsd = true;
	if (strcmp(opt, "on") == 0 && args)
		ctx->curq.ifname = args->s;
	else if (strcmp(opt, "parent") == 0 && args)
		ctx->curq.parent = args->s;
	else if (strcmp(opt, "bandwidth") == 0)
		ctx->curq.bandwidth = true;
	else if (strcmp(opt, "flows") == 0)
		ctx->curq.flows = true;
	else if (strcmp(opt, "default") == 0)
		ctx->curq.is_default = true;
	else if (strcmp(opt, "cbq") == 0) {
		/* FreeBSD pfctl: the cbq flags it knows */
		static const char *const ok[] = { "default", "borrow", "red", "ecn", "rio",
						  "cleardscp", "codel", "control", "lowdelay" };
		for (const pf_item *a = args; a; a = a->next) {
			bool found = false;
			if (!a->s)
				continue;
			for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
				found |= strcmp(a->s, ok[i]) == 0;
			if (!found)
				pf_error(ctx, a->loc, "unknown cbq flag \"%s\"", a->s);
		}
	}
}

void pf_queue_end(struct pf_ctx *ctx, srcloc loc)
{
	(void)loc;
	/* OpenBSD queues (pfctl parse.y queuespec, scspec); FreeBSD's ALTQ
	 * queues have neither an interface nor a parent, and percentages */
	if (ctx->inq && ctx->curq.name && !ctx->altq && !ctx->qfreebsd) {
		if (ctx->qpercent.line)
			pf_error(ctx, ctx->qpercent, "no bandwidth in %% yet");
		else if (!ctx->curq.ifname && !ctx->curq.parent)
			pf_error(ctx, ctx->curq.loc, "root queue without interface");
	}
	if (ctx->inq && ctx->curq.name) {
		ctx->queues = xgrow(ctx->queues, &ctx->capqueues, ctx->nqueues + 1,
				    sizeof *ctx->queues);
		ctx->queues[ctx->nqueues++] = ctx->curq;
	}
	ctx->inq = false;
}

/* pfctl parse.y loadrule: the file's rules become those of anchor NAME
 * (pfctl_load_anchors() reads it after the main ruleset).  fwlint reads it
 * like an include (same path rules) into a list of its own, which the
 * anchor rules named NAME get as their inline rules (attach_loaded()). */
void pf_load_anchor(struct pf_ctx *ctx, const char *name, const char *file, srcloc loc)
{
	/* pfctl parse.y loadrule, anchorname */
	if (!name) {
		pf_error(ctx, loc, "anchor name is missing");
		return;
	}
	if (!name[0]) {
		pf_error(ctx, loc, "anchor name must not be empty");
		return;
	}
	if (name[0] == '_' || strstr(name, "/_") != NULL) {
		pf_error(ctx, loc, "anchor names beginning with '_' are reserved for internal use");
		return;
	}
	if (ctx->nanchors >= PF_MAX_ANCHOR_DEPTH) {
		pf_error(ctx, loc, "inline anchors nested more than %d deep", PF_MAX_ANCHOR_DEPTH);
		return;
	}
	const char *pushed = push_file(ctx, file, loc);
	if (!pushed)
		return;
	pf_list *list = pf_alloc(ctx, sizeof *list);
	ctx->loaded = xgrow(ctx->loaded, &ctx->caploaded, ctx->nloaded + 1, sizeof *ctx->loaded);
	ctx->loaded[ctx->nloaded].name = pf_strdup(ctx, name, strlen(name));
	ctx->loaded[ctx->nloaded++].list = list;
	ctx->anchors = xgrow(ctx->anchors, &ctx->capanchors, ctx->nanchors + 1, sizeof *ctx->anchors);
	memset(&ctx->anchors[ctx->nanchors], 0, sizeof ctx->anchors[ctx->nanchors]);
	ctx->anchors[ctx->nanchors].list = list;
	ctx->anchors[ctx->nanchors].parent = ctx->nanchors ? ctx->anchors[ctx->nanchors - 1].list
							   : &ctx->top;
	ctx->anchors[ctx->nanchors].loaded = pushed;
	ctx->nanchors++;
}

void pf_file_end(struct pf_ctx *ctx, const char *file)
{
	if (ctx->nanchors && ctx->anchors[ctx->nanchors - 1].loaded &&
	    strcmp(ctx->anchors[ctx->nanchors - 1].loaded, file) == 0)
		ctx->nanchors--;
}

/* Anchor rules without inline rules get those a "load anchor" read for
 * their name. */
static void attach_loaded(struct pf_ctx *ctx, pf_list *l, int depth)
{
	if (depth > PF_MAX_ANCHOR_DEPTH + 1)
		return;
	for (size_t i = 0; i < l->n; i++) {
		pf_node *n = l->v[i];
		const pf_rule *r = pf_node_base(n);
		if (r->action == PF_ANCHOR && !n->children && r->anchor) {
			for (size_t k = 0; k < ctx->nloaded; k++)
				if (strcmp(ctx->loaded[k].name, r->anchor) == 0)
					n->children = ctx->loaded[k].list;
		} else if (n->children && (i == 0 || n->children != l->v[i - 1]->children)) {
			attach_loaded(ctx, n->children, depth + 1);
		}
	}
}

size_t pf_anchor_depth(const struct pf_ctx *ctx)
{
	size_t n = 0;
	for (size_t i = 0; i < ctx->nanchors; i++)
		n += !ctx->anchors[i].loaded;
	return n;
}

void pf_stmt_end(struct pf_ctx *ctx)
{
	if (ctx->noname)
		pf_error(ctx, ctx->noname_loc, "anchors without explicit rules must specify a name");
	ctx->noname = false;
	ctx->pending = false;
	if (ctx->scanner)
		pf_scan_braces_keep(ctx->scanner, pf_anchor_depth(ctx));
}

bool pf_freebsd_stmt(struct pf_ctx *ctx, const char *what, srcloc loc)
{
	if (ctx->freebsd)
		return true;
	/* OpenBSD parse.y 1.719 has no such statement: its "ruleset"
	 * production fails on the line's first word (fwlint(1), pf
	 * dialects) */
	pf_error(ctx, loc, "syntax error: '%s' is FreeBSD's syntax (pfSense, OPNsense); "
		 "-I pf-freebsd reads it", what);
	return false;
}

void pf_stmt_abort(struct pf_ctx *ctx)
{
	ctx->noname = false;
	if (ctx->pending) {
		ctx->ck_list->n = ctx->ck_n;
		ctx->nsource = ctx->ck_nsource;
		ctx->pending = false;
	}
	pf_rule_reset(ctx);
	ctx->curtable = NULL;
	ctx->inq = false;
	if (ctx->scanner)
		pf_scan_braces_keep(ctx->scanner, pf_anchor_depth(ctx));
}

/* ------------------------------------------------------------ entry */

/* The whole-ruleset checks see every kept rule, inner anchor rules too
 * (the fields they read are the statement's: pf_node_base()). */
static void collect_rules(const pf_list *l, const pf_rule ***v, size_t *n, size_t *cap, int depth)
{
	if (!l || depth > PF_MAX_ANCHOR_DEPTH)
		return;
	for (size_t i = 0; i < l->n; i++) {
		*v = xgrow(*v, cap, *n + 1, sizeof **v);
		(*v)[(*n)++] = pf_node_base(l->v[i]);
		if (l->v[i]->children && (i == 0 || l->v[i]->children != l->v[i - 1]->children))
			collect_rules(l->v[i]->children, v, n, cap, depth + 1);
	}
}

static void check_queues(struct pf_ctx *ctx, diag_list *diags)
{
	const pf_rule **v = NULL;
	size_t n = 0, cap = 0;
	collect_rules(&ctx->top, &v, &n, &cap, 0);
	pf_check_ruleset(ctx->queues, ctx->nqueues, v, n, diags);
	free(v);
}

ir_ruleset *pf_parse(const char *path, const char *buf, size_t len, diag_list *diags)
{
	return pf_parse_opts(path, buf, len, NULL, diags);
}

ir_ruleset *pf_parse_opts(const char *path, const char *buf, size_t len, const pf_opts *o,
			  diag_list *diags)
{
	struct pf_ctx ctx;
	memset(&ctx, 0, sizeof ctx);
	ctx.diags = diags;
	ctx.allow_outside = o && o->allow_include_outside;
	ctx.max_input = o && o->max_input ? o->max_input : FILEIO_MAX_SIZE;
	ctx.freebsd = o && o->freebsd;
	ctx.rs = ir_ruleset_new(path, IR_FMT_PF, 0);

	/* A UTF-8 byte order mark is not part of the first line. */
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {
		buf += 3;
		len -= 3;
	}
	if (len > (size_t)1 << 30) {
		srcloc l = { ctx.rs->path, 1, 1, 1, 1 };
		diag_check(diags, CHECK_PARSE_ERROR, l, "file is too large");
	} else {
		file_add(&ctx, ctx.rs->path, NULL, buf, len);
		pf_scan_and_parse(&ctx, ctx.rs->path, buf, len);
	}
	attach_loaded(&ctx, &ctx.top, 0);
	pf_lower(&ctx);
	check_queues(&ctx, diags);

	for (size_t i = 0; i < ctx.nmacros; i++) {
		free(ctx.macros[i].name);
		free(ctx.macros[i].value);
	}
	free(ctx.macros);
	for (size_t i = 0; i < ctx.nfiles; i++) {
		free(ctx.files[i].buf);
		free(ctx.files[i].lines);
	}
	free(ctx.files);
	free(ctx.tables);
	free(ctx.anchors);
	free(ctx.loaded);
	free(ctx.skips);
	free(ctx.queues);
	arena_release(&ctx.arena);
	ir_ruleset_finish(ctx.rs);
	return ctx.rs;
}

ir_ruleset *pf_parse_file(const char *path, diag_list *diags)
{
	char err[200];
	char *buf;
	size_t len;
	if (read_whole_file(path, &buf, &len, err, sizeof err) != 0) {
		srcloc l = { path, 1, 1, 1, 1 };
		diag_check(diags, CHECK_PARSE_ERROR, l, "cannot read file: %s", err);
		return NULL;
	}
	ir_ruleset *rs = pf_parse(path, buf, len, diags);
	free(buf);
	return rs;
}
