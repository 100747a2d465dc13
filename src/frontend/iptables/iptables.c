/* iptables.c - the iptables-save / ip6tables-save front end (iptables.h):
 * its entry points, family detection, and the builder context of a parse
 * (errors, the line arena, the state of the line being read).
 *
 * grammar/iptables.y hands over a line as a list of options with their
 * arguments; the files of this folder (ipt_int.h lists them) give them the
 * meaning iptables(8), iptables-extensions(8) and iptables-restore(8) give
 * them and build the IR.  What iptables-restore would refuse is a parse-error at the offending
 * word; what fwlint cannot know (an ipset, a rate limit, a host name) is
 * recorded on the rule as unresolved.
 *
 * Semantics worth knowing (all from iptables 1.8):
 *  - A table block starts by flushing the table (no --noflush is assumed),
 *    so a second "*filter" block replaces the first.
 *  - "-s a,b -d c,d" makes iptables add one rule per address pair; the IR
 *    keeps one rule whose conditions are the lists, which selects the same
 *    packets with the same action.  Rule numbers used by -I/-D/-R count the
 *    rules iptables made (see struct chain_ent, ipt_int.h).
 *  - "-m multiport --ports P" matches when the source OR the destination
 *    port is in P.  A rule is a conjunction, so such a rule becomes two IR
 *    rules with the same location and action: "sport in P", then
 *    "sport not in P and dport in P".  The two are disjoint, so even a
 *    non-terminating or jumping target runs at most once per packet, as in
 *    iptables.
 *  - "-6" on a line of an IPv4 dump (and "-4" in an IPv6 dump) makes
 *    iptables-restore skip the line silently (do_command4() returns
 *    success when it meets the other family's flag).
 */
#include "ipt_int.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "arena.h"
#include "check.h"
#include "xalloc.h"

/* ------------------------------------------------------------------ */
/* Errors                                                              */

__attribute__((format(printf, 3, 0)))
static bool ctx_error(struct ipt_ctx *ctx, srcloc loc, const char *fmt, va_list ap)
{
	return diag_parse_errorv(ctx->diags, &ctx->nerrors, &ctx->gave_up, IPT_MAX_ERRORS, loc,
				 fmt, ap);
}

void ipt_error(struct ipt_ctx *ctx, srcloc loc, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	ctx_error(ctx, loc, fmt, ap);
	va_end(ap);
	ctx->L.failed = true;
}

void ipt_syntax_error(struct ipt_ctx *ctx, srcloc loc, const char *fmt, ...)
{
	va_list ap;
	if (ctx->L.failed)
		return; /* one error per line: the rest is a consequence */
	va_start(ap, fmt);
	ctx_error(ctx, loc, fmt, ap);
	va_end(ap);
	ctx->L.failed = true;
}

bool ipt_gave_up(const struct ipt_ctx *ctx)
{
	return ctx->gave_up;
}

void ipt_warn(struct ipt_ctx *ctx, srcloc loc, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_checkv(ctx->diags, CHECK_UNRESOLVED, loc, fmt, ap);
	va_end(ap);
}

/* ------------------------------------------------------------------ */
/* The line arena                                                      */

/* Only the scanner empties the arena.  When it scans a word of a new
 * line, the line before has been reduced; the parser and the builder may
 * still be working on the current line after the scanner has read its NL
 * (the lookahead), so their allocations never empty it. */
char *ipt_strdup(struct ipt_ctx *ctx, const char *s, size_t n)
{
	if (ctx->arena_stale) {
		arena_reset(&ctx->arena);
		ctx->arena_stale = false;
	}
	return arena_strndup(&ctx->arena, s, n);
}

ipt_args *ipt_args_add(struct ipt_ctx *ctx, ipt_args *a, char *s, srcloc loc, bool bang)
{
	if (!a)
		a = arena_alloc(&ctx->arena, sizeof *a);
	if (a->n == a->cap) {
		size_t cap = a->cap ? 2 * a->cap : 4;
		ipt_arg *v = arena_alloc(&ctx->arena, cap * sizeof *v);
		if (a->n)
			memcpy(v, a->v, a->n * sizeof *v);
		a->v = v;
		a->cap = cap;
	}
	a->v[a->n].s = s;
	a->v[a->n].loc = loc;
	a->v[a->n].bang = bang;
	a->n++;
	return a;
}

/* ------------------------------------------------------------------ */
/* The line being read                                                 */

/* Forget the line; the module array is kept for the next one (one
 * allocation less per rule). */
void ipt_line_reset(line_state *L)
{
	ir_rule_free(L->r);
	free(L->chain);
	free(L->arg2);
	for (size_t i = 0; i < L->nmod; i++)
		free(L->mod[i].text);
	mod_inst *mod = L->mod;
	size_t capmod = L->capmod;
	free(L->target);
	free(L->reject_with);
	free(L->nat_spec);
	for (size_t i = 0; i < L->nalt; i++)
		free(L->alt[i].r);
	free(L->alt);
	memset(L, 0, sizeof *L);
	L->mod = mod;
	L->capmod = capmod;
	L->proto = -1;
}

static void line_free(line_state *L)
{
	ipt_line_reset(L);
	free(L->mod);
	L->mod = NULL;
	L->capmod = 0;
}

void ipt_line_offset(struct ipt_ctx *ctx, int line, size_t off)
{
	if (line < 1)
		return;
	ctx->arena_stale = true;
	ctx->loff = xgrow(ctx->loff, &ctx->caploff, (size_t)line, sizeof *ctx->loff);
	while (ctx->nloff < (size_t)line)
		ctx->loff[ctx->nloff++] = off;
	ctx->loff[line - 1] = off;
}

/* The text of line (from 1), without blanks around it. */
static const char *line_text(const struct ipt_ctx *ctx, int line, size_t *len)
{
	if (line < 1 || (size_t)line > ctx->nloff) {
		*len = 0;
		return "";
	}
	const char *s = ctx->buf + ctx->loff[line - 1];
	const char *end = ctx->buf + ctx->len;
	const char *nl = memchr(s, '\n', (size_t)(end - s));
	if (nl)
		end = nl;
	while (s < end && (*s == ' ' || *s == '\t'))
		s++;
	while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
		end--;
	*len = (size_t)(end - s);
	return s;
}

void ipt_line_begin(struct ipt_ctx *ctx, srcloc loc)
{
	line_state *L = &ctx->L;
	if (L->active)
		return;
	bool failed = L->failed;
	ipt_line_reset(L);
	L->failed = failed;
	L->active = true;
	size_t tlen;
	const char *text = line_text(ctx, loc.line, &tlen);
	/* the rule runs to the end of its line */
	loc.end_line = loc.line;
	if (tlen)
		loc.end_col = (int)(text + tlen - (ctx->buf + ctx->loff[loc.line - 1]));
	L->r = ir_rule_new(loc, text, tlen);
}

void ipt_line_abort(struct ipt_ctx *ctx)
{
	ipt_line_reset(&ctx->L);
}

/* ------------------------------------------------------------------ */
/* Family detection                                                    */

/* The next word of a rule line as iptables-restore splits it (double
 * quotes group, a backslash escapes a quote inside them), copied to w;
 * returns the position after it, or NULL at the end of the line. */
const char *ipt_next_word(const char *p, const char *end, char *w, size_t wsize)
{
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\r'))
		p++;
	if (p >= end)
		return NULL;
	size_t n = 0;
	bool quoted = false;
	for (; p < end && (quoted || (*p != ' ' && *p != '\t' && *p != '\r')); p++) {
		char c = *p;
		if (c == '"') {
			quoted = !quoted;
			continue;
		}
		if (quoted && c == '\\' && p + 1 < end && (p[1] == '"' || p[1] == '\\'))
			c = *++p;
		if (n + 1 < wsize)
			w[n++] = c;
	}
	w[n] = '\0';
	return p;
}

/* What an address argument of -s/-d or -m iprange says of the family:
 * 6 for an IPv6 literal, 4 for an IPv4 one, 0 for a host name. */
static int address_family(const char *arg)
{
	if (strchr(arg, ':'))
		return 6;
	return isdigit((unsigned char)arg[0]) ? 4 : 0;
}

/* What an option and its argument say of the family of the dump they are
 * in: 4 or 6 when only iptables or only ip6tables takes them, else 0. */
static int option_family(const char *opt, const char *arg)
{
	static const char *const addropts[] = { "-s", "-d", "--source", "--destination",
						"--src", "--dst", "--src-range", "--dst-range" };
	for (size_t i = 0; i < sizeof addropts / sizeof addropts[0]; i++)
		if (strcmp(opt, addropts[i]) == 0)
			return address_family(arg);
	if (!strcmp(opt, "-p") || !strcmp(opt, "--protocol"))
		return !strcasecmp(arg, "icmpv6") || !strcasecmp(arg, "ipv6-icmp") ? 6 : 0;
	if (!strcmp(opt, "-m") || !strcmp(opt, "--match")) {
		const struct module_def *md = ipt_module_find(arg);
		return md ? md->family : 0;
	}
	if (!strcmp(opt, "--icmpv6-type"))
		return 6;
	if (!strcmp(opt, "--icmp-type") || !strcmp(opt, "-f") || !strcmp(opt, "--fragment"))
		return 4;
	if (!strcmp(opt, "--reject-with")) {
		bool v4 = ipt_reject_with_ok(arg, 4), v6 = ipt_reject_with_ok(arg, 6);
		return v4 == v6 ? 0 : v4 ? 4 : 6;
	}
	return 0;
}

/* Family of a dump when the caller does not know it: ip6tables-save and
 * iptables-save write their name in the header; otherwise the first rule
 * word that only one of them takes tells: an address, an ICMP or ICMPv6
 * match, a module or a --reject-with of one family.  The arguments of
 * other options (a --comment, a --log-prefix) are text and tell nothing,
 * nor does a line marked -4 or -6, which is there for one family only.
 * Returns 0 when nothing tells: such a dump means the same to
 * iptables-restore and ip6tables-restore. */
static int detect_family(const char *buf, size_t len)
{
	size_t i = 0;
	while (i < len) {
		const char *line = buf + i;
		const char *nl = memchr(line, '\n', len - i);
		size_t n = nl ? (size_t)(nl - line) : len - i;
		i += n + 1;
		/* an empty line (nl == line); cppcheck 2.10 thinks n > 0 */
		/* cppcheck-suppress knownConditionTrueFalse */
		if (n == 0)
			continue;
		if (line[0] == '#') {
			char tmp[512];
			size_t m = n < sizeof tmp - 1 ? n : sizeof tmp - 1;
			memcpy(tmp, line, m);
			tmp[m] = '\0';
			if (strstr(tmp, "Generated by ip6tables-save"))
				return 6;
			if (strstr(tmp, "Generated by iptables-save"))
				return 4;
			continue;
		}
		if (line[0] != '-' && line[0] != '[')
			continue;
		const char *p = line, *end = line + n;
		char w[256], prev[256] = "";
		int fam = 0;
		while ((p = ipt_next_word(p, end, w, sizeof w))) {
			if (!strcmp(w, "-4") || !strcmp(w, "-6") || !strcmp(w, "--ipv4") ||
			    !strcmp(w, "--ipv6")) {
				fam = 0;
				break;
			}
			if (!fam && prev[0] == '-')
				fam = option_family(prev, w);
			if (!fam && (!strcmp(w, "-f") || !strcmp(w, "--fragment") ||
				     !strcmp(w, "--icmpv6-type") || !strcmp(w, "--icmp-type")))
				fam = option_family(w, "");
			if (strcmp(w, "!") != 0)
				memcpy(prev, w, sizeof prev);
		}
		if (fam)
			return fam;
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* Entry points                                                        */

ir_ruleset *ipt_parse(const char *path, const char *buf, size_t len,
		      int family, diag_list *diags)
{
	ipt_opts o = { .family = family, .noflush = false };
	return ipt_parse_opts(path, buf, len, &o, diags);
}

ir_ruleset *ipt_parse_opts(const char *path, const char *buf, size_t len,
			   const ipt_opts *o, diag_list *diags)
{
	int family = o->family;
	ipt_names_check();
	/* A UTF-8 byte order mark is not part of the first line. */
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {
		buf += 3;
		len -= 3;
	}
	if (family != 4 && family != 6)
		family = detect_family(buf, len);
	/* family 0: a dump that names no family filters packets of both, as
	 * it would once loaded by iptables-restore and by ip6tables-restore;
	 * its lines marked -4 or -6 become rules of that family. */

	struct ipt_ctx ctx;
	memset(&ctx, 0, sizeof ctx);
	ctx.rs = ir_ruleset_new(path, IR_FMT_IPTABLES, family);
	ctx.diags = diags;
	ctx.buf = buf;
	ctx.len = len;
	ctx.family = family;
	ctx.noflush = o->noflush;
	ctx.L.proto = -1;

	if (len > INT_MAX) {
		srcloc l = { ctx.rs->path, 1, 1, 1, 1 };
		ipt_error(&ctx, l, "file is too large (more than %d bytes)", INT_MAX);
		return ctx.rs;
	}
	ipt_line_offset(&ctx, 1, 0);
	ipt_scan_and_parse(&ctx, ctx.rs->path, buf, len);

	line_free(&ctx.L);
	ipt_chains_free(ctx.rs);
	free(ctx.loff);
	arena_release(&ctx.arena);
	ir_ruleset_finish(ctx.rs);
	return ctx.rs;
}

ir_ruleset *ipt_parse_file(const char *path, int family, diag_list *diags)
{
	FILE *f = fopen(path, "rb");
	srcloc l = { path, 1, 1, 1, 1 };
	if (!f) {
		diag_check(diags, CHECK_PARSE_ERROR, l, "cannot open file: %s", strerror(errno));
		return NULL;
	}
	char *buf = NULL;
	size_t len = 0, cap = 0;
	for (;;) {
		buf = xgrow(buf, &cap, len + 65536, 1);
		size_t n = fread(buf + len, 1, cap - len, f);
		len += n;
		if (n == 0)
			break;
	}
	if (ferror(f)) {
		int e = errno;
		fclose(f);
		free(buf);
		diag_check(diags, CHECK_PARSE_ERROR, l, "cannot read file: %s", strerror(e));
		return NULL;
	}
	fclose(f);
	ir_ruleset *rs = ipt_parse(path, buf, len, family, diags);
	free(buf);
	return rs;
}
