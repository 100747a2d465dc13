/* topo_build.c - the builder behind grammar/topology.y (see topo_build.h).
 *
 * Records statements as written and checks what a statement alone can
 * tell.  Name resolution, zone spaces and everything that needs the whole
 * file happen in topo.c.
 */
#include "topo_build.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "topology.tab.h"
/* flex's header names the bison types without the api.prefix. */
#define YYSTYPE TOPOLOGY_STYPE
#define YYLTYPE TOPOLOGY_LTYPE
#include "frontend.h"
#include "grammar.h"
#include "spell.h"
#include "topology.lex.h"
#include "xalloc.h"

/* ------------------------------------------------------------ lists */

tb_list *tb_list_new(char *s, const srcloc *loc)
{
	tb_list *l = xcalloc(1, sizeof *l);
	return tb_list_push(l, s, loc);
}

tb_list *tb_list_push(tb_list *l, char *s, const srcloc *loc)
{
	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof *l->v);
	l->v[l->n].s = s;
	l->v[l->n].loc = *loc;
	l->n++;
	return l;
}

static void tb_list_clear(tb_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i].s);
	free(l->v);
	memset(l, 0, sizeof *l);
}

void tb_list_free(tb_list *l)
{
	if (!l)
		return;
	tb_list_clear(l);
	free(l);
}

/* ------------------------------------------------------------ errors */

__attribute__((format(printf, 3, 0)))
static bool tb_verror(topo_build *b, const srcloc *loc, const char *fmt,
		      va_list ap)
{
	if (b->gave_up)
		return true;
	diag_addv(b->diags, DIAG_ERROR, NULL, *loc, fmt, ap);
	b->nerrors_total++;
	if (++b->nerrors >= TOPO_MAX_ERRORS) {
		diag_add(b->diags, DIAG_NOTE, NULL, *loc,
			 "too many errors in %s, stopping after %d",
			 b->file, TOPO_MAX_ERRORS);
		b->gave_up = true;
	}
	return b->gave_up;
}

bool tb_error(topo_build *b, const srcloc *loc, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	bool r = tb_verror(b, loc, fmt, ap);
	va_end(ap);
	return r;
}

bool tb_lex_error(topo_build *b, const srcloc *loc, const char *fmt, ...)
{
	b->nsyntax++;
	va_list ap;
	va_start(ap, fmt);
	bool r = tb_verror(b, loc, fmt, ap);
	va_end(ap);
	return r;
}

void tb_syntax_error(topo_build *b, const srcloc *loc, const char *msg)
{
	tb_lex_error(b, loc, "%s", msg);
}

/* The statements of a topology and of a ruleset, as the grammar spells
 * them (grammar/topology.y). */
static const char *const topo_statements[] = {
	"exchange", "ruleset", "zone", "site", "clients", "smtp", "connector", "firewall",
};
static const char *const ruleset_statements[] = { "need", "port" };

/* The token as a message quotes it: 'zone', '4000', end of file. */
static char *token_words(const topo_build *b, const tb_syntax *s)
{
	return s->eof ? xstrdup("end of file") : xasprintf("'%s'", b->tok_text);
}

/* Where a missing ';', '{' or '}' belongs: just after the token before
 * the unexpected one (at the end of the file: after the last token). */
static srcloc after_previous(const topo_build *b, const tb_syntax *s)
{
	const srcloc *p = s->eof ? &b->tok_loc : &b->prev_loc;
	if (!p->line)
		return *s->loc;
	return (srcloc){ b->file, p->end_line, p->end_col + 1, p->end_line, p->end_col + 1 };
}

static bool expects(const tb_syntax *s, const char *what)
{
	for (size_t i = 0; i < s->nexpected; i++)
		if (strcmp(s->expected[i], what) == 0)
			return true;
	return false;
}

/* The punctuation that is most likely missing, or NULL: a ';' before a
 * reserved word, a '}', the end of the file or a word on a later line, or
 * when nothing else fits; a '}' before a reserved word or the end of the
 * file; a '{' when nothing else fits. */
static const char *missing_punct(const topo_build *b, const tb_syntax *s)
{
	const bool boundary = s->keyword || s->eof;
	const bool rbrace = !s->eof && strcmp(b->tok_text, "}") == 0;
	const bool new_line = !s->eof && b->prev_loc.line &&
			      s->loc->line > b->prev_loc.end_line;
	if (expects(s, "';'") && (boundary || rbrace || new_line || s->nexpected == 1))
		return ";";
	if (expects(s, "'}'") && boundary)
		return "}";
	if (s->nexpected == 1 && expects(s, "'{'"))
		return "{";
	return NULL;
}

void tb_syntax_report(topo_build *b, const tb_syntax *s)
{
	char *tok = token_words(b, s);
	/* A word near a keyword that fits is a misspelt keyword, wherever
	 * it is. */
	const char *near = s->name && !s->stmt_start
		? spell_suggest(b->tok_text, s->keywords, s->nkeywords) : NULL;
	/* "clients mapi frrom corp": the misspelt word was taken for an
	 * optional name, and the error comes one word late. */
	const char *prev_near = near || s->eof || s->stmt_start || !b->prev_loc.line ? NULL
		: spell_suggest(b->prev_text, s->keywords, s->nkeywords);
	if (prev_near) {
		tb_lex_error(b, &b->prev_loc, "unknown word '%s' (did you mean '%s'?)",
			     b->prev_text, prev_near);
		free(tok);
		return;
	}
	const char *punct = near ? NULL : missing_punct(b, s);
	if (punct) {
		srcloc at = after_previous(b, s);
		tb_lex_error(b, &at, "expected '%s' %s%s", punct,
			     s->eof ? "at " : "before ", tok);
		free(tok);
		return;
	}
	if (s->stmt_start) {
		const char *const *words = b->is_ruleset ? ruleset_statements : topo_statements;
		size_t nwords = b->is_ruleset ? sizeof ruleset_statements / sizeof *words
					      : sizeof topo_statements / sizeof *words;
		near = s->name ? spell_suggest(b->tok_text, words, nwords) : NULL;
		if (near) {
			tb_lex_error(b, s->loc, "unknown statement %s (did you mean '%s'?)", tok, near);
		} else {
			char list[200];
			size_t len = (size_t)snprintf(list, sizeof list, "%s", words[0]);
			for (size_t i = 1; i < nwords && len < sizeof list; i++)
				len += (size_t)snprintf(list + len, sizeof list - len, "%s%s",
							i + 1 == nwords ? " or " : ", ", words[i]);
			tb_lex_error(b, s->loc, "unexpected %s, expected a statement (%s)", tok, list);
		}
		free(tok);
		return;
	}
	char buf[600];
	size_t len = (size_t)snprintf(buf, sizeof buf, "unexpected %s", tok);
	len = syntax_append_expected(buf, sizeof buf, len, "expected", s->expected,
				     (int)s->nexpected, SYNTAX_LIST_COMMA_OR);
	if (near && len < sizeof buf)
		snprintf(buf + len, sizeof buf - len, " (did you mean '%s'?)", near);
	tb_lex_error(b, s->loc, "%s", buf);
	free(tok);
}

bool tb_recover(topo_build *b)
{
	/* A block whose '}' was lost in the error stays open: the items that
	 * follow land in it, which is what the user most likely meant. */
	b->cur_iface = -1;
	b->cur_port = -1;
	return b->gave_up;
}

_Noreturn void tb_lex_fatal(const char *msg)
{
	fprintf(stderr, "fwlint: internal error in the topology scanner: %s\n",
		msg);
	abort();
}

/* ------------------------------------------------------------ scanner */

srcloc tb_start_loc(const topo_build *b)
{
	return (srcloc){ b->file, 1, 1, 1, 1 };
}

/* Keep the token's text for messages: printable ASCII as is, anything
 * else as '?', cut to fit with "...". */
static void keep_token(topo_build *b, const srcloc *loc, const char *text, size_t n)
{
	b->prev2_loc = b->prev_loc;
	b->prev_loc = b->tok_loc;
	b->tok_loc = *loc;
	memcpy(b->prev2_text, b->prev_text, sizeof b->prev_text);
	memcpy(b->prev_text, b->tok_text, sizeof b->tok_text);
	const size_t cap = sizeof b->tok_text - 1;
	size_t k = n < cap ? n : cap - 3;
	for (size_t i = 0; i < k; i++) {
		unsigned char c = (unsigned char)text[i];
		b->tok_text[i] = c >= 0x20 && c < 0x7f ? (char)c : '?';
	}
	if (k < n) {
		memcpy(b->tok_text + k, "...", 3);
		k += 3;
	}
	b->tok_text[k] = '\0';
}

void tb_lex_step(topo_build *b, srcloc *loc, const char *text, size_t n)
{
	loc->file = b->file;
	loc->line = loc->end_line = b->line;
	loc->col = loc->end_col = b->col;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)text[i];
		/* UTF-8 continuation bytes belong to the previous character. */
		if (c >= 0x80 && c < 0xc0)
			continue;
		loc->end_line = b->line;
		loc->end_col = b->col;
		/* A line ends with LF, CR LF or CR alone: the language is free
		 * form, so a file with classic Mac OS line ends parses, and its
		 * lines must be counted too. */
		if (c == '\n' && b->after_cr) {
			/* the LF of a CR LF: the CR ended the line */
		} else if (c == '\n' || c == '\r') {
			b->line++;
			b->col = 1;
		} else {
			b->col++;
		}
		b->after_cr = c == '\r';
	}
	if (n && !strchr(" \t\r\n\f\v#", text[0]))
		keep_token(b, loc, text, n);
}

void tb_lex_rewind(topo_build *b, const srcloc *loc)
{
	b->line = loc->line;
	b->col = loc->col;
	/* The character is scanned again, as a token of its own. */
	if (b->tok_loc.line == loc->line && b->tok_loc.col == loc->col) {
		b->tok_loc = b->prev_loc;
		b->prev_loc = b->prev2_loc;
		memcpy(b->tok_text, b->prev_text, sizeof b->tok_text);
		memcpy(b->prev_text, b->prev2_text, sizeof b->prev_text);
	}
}

char *tb_unquote(const char *text, size_t n)
{
	/* Only \\ and \" are escapes: any other backslash is itself, so that
	 * registry keys and Windows paths can be written as they are. */
	char *s = xmalloc(n + 1);
	size_t j = 0;
	for (size_t i = 1; i + 1 < n; i++) {
		if (text[i] == '\\' && i + 2 < n &&
		    (text[i + 1] == '\\' || text[i + 1] == '"'))
			i++;
		s[j++] = text[i];
	}
	s[j] = '\0';
	return s;
}

/* ------------------------------------------------------------ helpers */

/* " (did you mean 'x'?)" when one of the n words is near word, else "";
 * into buf. */
static const char *did_you_mean(const char *word, const char *const *words, size_t n,
				char *buf, size_t size)
{
	const char *near = spell_suggest(word, words, n);
	if (!near)
		return "";
	snprintf(buf, size, " (did you mean '%s'?)", near);
	return buf;
}

#define NWORDS(a) (sizeof(a) / sizeof *(a))

static const char *const port_kinds[] = {
	"directory-port", "store-port", "mta-port", "rfc1006-port",
};
static const char *const server_settings[] = {
	"directory-port", "store-port", "mta-port", "rfc1006-port", "address",
};

static char *loc_str(const srcloc *l)
{
	return xasprintf("%s:%d:%d", l->file ? l->file : "?", l->line, l->col);
}

/* A port number as written: 1-65535, else an error and 0. */
static int parse_port(topo_build *b, const char *s, const srcloc *loc)
{
	long v = 0;
	for (const char *p = s; *p; p++) {
		v = v * 10 + (*p - '0');
		if (v > 65535)
			break;
	}
	if (v < 1 || v > 65535) {
		tb_error(b, loc, "port %s is out of range 1-65535", s);
		return 0;
	}
	return (int)v;
}

static bool wrong_file(topo_build *b, const char *what, const srcloc *loc)
{
	const bool ruleset_stmt = strcmp(what, "need") == 0 ||
				  strcmp(what, "port") == 0;
	if (ruleset_stmt == b->is_ruleset)
		return false;
	tb_error(b, loc, "'%s' belongs in a %s, not in a %s", what,
		 ruleset_stmt ? "ruleset" : "topology",
		 b->is_ruleset ? "ruleset" : "topology");
	return true;
}

/* Parse "a.b.c.d", "x:y::z", with "/len" or "-addr"; IPv4 is mapped. */
static bool parse_one_addr(const char *s, u128 *out)
{
	unsigned char buf[16];
	if (strchr(s, ':')) {
		if (inet_pton(AF_INET6, s, buf) != 1)
			return false;
		u128 a = 0;
		for (int i = 0; i < 16; i++)
			a = (a << 8) | buf[i];
		*out = a;
		return true;
	}
	if (inet_pton(AF_INET, s, buf) != 1)
		return false;
	*out = addr_v4((uint32_t)buf[0] << 24 | (uint32_t)buf[1] << 16 |
		       (uint32_t)buf[2] << 8 | buf[3]);
	return true;
}

/* An address as written (NULL: "any") to a range.  Reports and returns
 * false when it is not one. */
static bool parse_addr(topo_build *b, const char *s, const srcloc *loc,
		       ir_range *r)
{
	if (!s) {
		r->lo = 0;
		r->hi = U128_MAX;
		return true;
	}
	char *text = xstrdup(s);
	char *slash = strchr(text, '/');
	char *dash = strchr(text, '-');
	bool ok = false;
	u128 lo, hi;
	if (slash) {
		*slash = '\0';
		const char *len = slash + 1;
		bool v6 = strchr(text, ':') != NULL;
		int max = v6 ? 128 : 32;
		int n = 0;
		if (!parse_one_addr(text, &lo)) {
			tb_error(b, loc, "invalid address '%s'", text);
			goto out;
		}
		bool digits = *len != '\0';
		for (const char *p = len; *p; p++) {
			digits &= *p >= '0' && *p <= '9';
			if (digits && n <= max)
				n = n * 10 + (*p - '0');
		}
		if (!digits || n > max) {
			tb_error(b, loc, "invalid prefix length /%s in '%s'",
				 len, s);
			goto out;
		}
		int bits = (v6 ? 128 : 32) - n;
		u128 host = bits == 0 ? 0 : bits == 128 ? U128_MAX
						        : (((u128)1 << bits) - 1);
		if (lo & host) {
			tb_error(b, loc,
				 "'%s' has host bits set after the prefix", s);
			goto out;
		}
		hi = lo | host;
	} else if (dash) {
		*dash = '\0';
		if (!parse_one_addr(text, &lo)) {
			tb_error(b, loc, "invalid address '%s'", text);
			goto out;
		}
		if (!parse_one_addr(dash + 1, &hi)) {
			tb_error(b, loc, "invalid address '%s'", dash + 1);
			goto out;
		}
		if (addr_is_v4(lo) != addr_is_v4(hi) || hi < lo) {
			tb_error(b, loc, "range '%s' is empty or mixes IPv4 and IPv6", s);
			goto out;
		}
	} else {
		if (!parse_one_addr(text, &lo)) {
			tb_error(b, loc, "invalid address '%s'", text);
			goto out;
		}
		hi = lo;
	}
	r->lo = lo;
	r->hi = hi;
	ok = true;
out:
	free(text);
	return ok;
}

/* ------------------------------------------------------------ statements */

int tb_version(topo_build *b, char *num, char *sp, const srcloc *loc)
{
	int v = -1;
	int spn = 0;
	bool sp_ok = true;
	if (sp) {
		sp_ok = (sp[0] == 's' || sp[0] == 'S') &&
			(sp[1] == 'p' || sp[1] == 'P') && sp[2];
		for (const char *p = sp + 2; sp_ok && *p; p++) {
			if (!isdigit((unsigned char)*p) || spn > 99)
				sp_ok = false;
			else
				spn = spn * 10 + (*p - '0');
		}
	}
	if (sp_ok && strcmp(num, "4.0") == 0)
		v = spn >= 4 ? EX_40SP4 : EX_40;
	else if (sp_ok && strcmp(num, "5.0") == 0)
		v = EX_50;
	else if (sp_ok && strcmp(num, "5.5") == 0)
		v = EX_55;
	if (v < 0)
		tb_error(b, loc,
			 "unknown exchange version '%s%s%s'; expected 4.0, 4.0 sp4, 5.0 or 5.5",
			 num, sp ? " " : "", sp ? sp : "");
	free(num);
	free(sp);
	return v;
}

void tb_exchange_sp(topo_build *b, char *num, const srcloc *nloc, char *sp,
		    const srcloc *sploc)
{
	srcloc v = srcloc_span(*nloc, *sploc);
	tb_exchange(b, tb_version(b, num, sp, &v), &v);
}

void tb_exchange(topo_build *b, int version, const srcloc *loc)
{
	if (wrong_file(b, "exchange", loc))
		return;
	if (b->seen_exchange) {
		char *first = loc_str(&b->exchange_loc);
		tb_error(b, loc, "exchange version given twice (first at %s)",
			 first);
		free(first);
		return;
	}
	b->seen_exchange = true;
	b->exchange_loc = *loc;
	if (version > 0) {
		b->t->version = (enum exver)version;
		b->t->version_loc = *loc;
	}
}

void tb_ruleset(topo_build *b, char *name, const srcloc *loc)
{
	if (wrong_file(b, "ruleset", loc)) {
		free(name);
		return;
	}
	if (b->seen_ruleset) {
		char *first = loc_str(&b->t->ruleset_loc);
		tb_error(b, loc, "ruleset given twice (first at %s)", first);
		free(first);
		free(name);
		return;
	}
	if (!name[0]) {
		tb_error(b, loc, "empty ruleset name");
		free(name);
		return;
	}
	b->seen_ruleset = true;
	free(b->t->ruleset_name);
	b->t->ruleset_name = name;
	b->t->ruleset_loc = *loc;
}

void tb_zone(topo_build *b, char *name, const srcloc *nloc, tb_list *addrs,
	     const srcloc *loc)
{
	topo *t = b->t;
	if (wrong_file(b, "zone", loc))
		goto out;
	t->zone = xgrow(t->zone, &t->capzone, t->nzone + 1, sizeof *t->zone);
	topo_zone *z = &t->zone[t->nzone++];
	memset(z, 0, sizeof *z);
	z->name = name;
	name = NULL;
	z->loc = *nloc;
	z->space = pset_empty();
	z->prefix = xcalloc(addrs->n, sizeof *z->prefix);
	z->prefix_loc = xcalloc(addrs->n, sizeof *z->prefix_loc);
	for (size_t i = 0; i < addrs->n; i++) {
		ir_range r;
		if (!parse_addr(b, addrs->v[i].s, &addrs->v[i].loc, &r))
			continue;
		z->prefix[z->nprefix] = r;
		z->prefix_loc[z->nprefix++] = addrs->v[i].loc;
	}
out:
	free(name);
	tb_list_free(addrs);
}

void tb_site_begin(topo_build *b, char *name, const srcloc *loc)
{
	topo *t = b->t;
	b->cur_site = -1;
	if (wrong_file(b, "site", loc)) {
		free(name);
		return;
	}
	t->site = xgrow(t->site, &t->capsite, t->nsite + 1, sizeof *t->site);
	topo_site *s = &t->site[t->nsite];
	memset(s, 0, sizeof *s);
	s->name = name;
	s->loc = *loc;
	b->cur_site = (int)t->nsite++;
}

void tb_site_end(topo_build *b)
{
	b->cur_site = -1;
}

void tb_server(topo_build *b, char *name, const srcloc *nloc, char *addr,
	       const srcloc *aloc)
{
	topo *t = b->t;
	if (b->cur_site < 0) {
		/* The site statement itself was misplaced; already said. */
		free(name);
		free(addr);
		return;
	}
	t->server = xgrow(t->server, &t->capserver, t->nserver + 1,
			  sizeof *t->server);
	b->addr_ok = xgrow(b->addr_ok, &b->capr_srv, t->nserver + 1,
			   sizeof *b->addr_ok);
	size_t idx = t->nserver++;
	topo_server *s = &t->server[idx];
	memset(s, 0, sizeof *s);
	s->name = name;
	s->loc = *nloc;
	s->addr_loc = *aloc;
	s->site = b->cur_site;
	s->zone = -1;

	ir_range r;
	b->addr_ok[idx] = false;
	if (parse_addr(b, addr, aloc, &r)) {
		if (r.lo != r.hi)
			tb_error(b, aloc,
				 "a server has one host address, not '%s'",
				 addr);
		else
			b->addr_ok[idx] = true;
		s->addr = r.lo;
	}
	free(addr);

	topo_site *site = &t->site[b->cur_site];
	site->server = xrealloc(site->server,
				(site->nserver + 1) * sizeof *site->server);
	site->server[site->nserver++] = (int)idx;
}

void tb_server_port(topo_build *b, char *kind, const srcloc *kloc, char *num,
		    const srcloc *numloc)
{
	topo *t = b->t;
	int sp = srv_port_parse(kind);
	if (b->cur_site < 0 || t->nserver == 0) {
		free(kind);
		free(num);
		return;
	}
	topo_server *s = &t->server[t->nserver - 1];
	if (sp < 0) {
		char dym[80];
		tb_error(b, kloc,
			 "unknown server setting '%s'%s; expected directory-port, store-port, mta-port or rfc1006-port",
			 kind, did_you_mean(kind, server_settings, NWORDS(server_settings), dym, sizeof dym));
	} else if (s->port_loc[sp].line) {
		char *first = loc_str(&s->port_loc[sp]);
		tb_error(b, kloc, "%s given twice (first at %s)", kind, first);
		free(first);
	} else {
		int port = parse_port(b, num, numloc);
		if (port) {
			s->port[sp] = port;
			s->port_loc[sp] = srcloc_span(*kloc, *numloc);
		}
	}
	free(kind);
	free(num);
}

static const char *family(u128 a)
{
	return addr_is_v4(a) ? "IPv4" : "IPv6";
}

void tb_server_addr(topo_build *b, char *kind, const srcloc *kloc, char *addr,
		    const srcloc *aloc, tb_list *zones)
{
	topo *t = b->t;
	ir_range r;
	if (b->cur_site < 0 || t->nserver == 0)
		goto out;
	const size_t si = t->nserver - 1;
	topo_server *s = &t->server[si];
	if (strcmp(kind, "address") != 0) {
		char dym[80];
		tb_error(b, kloc, "unknown server setting '%s'%s; expected address",
			 kind, did_you_mean(kind, server_settings, NWORDS(server_settings), dym, sizeof dym));
		goto out;
	}
	if (!parse_addr(b, addr, aloc, &r))
		goto out;
	if (r.lo != r.hi) {
		tb_error(b, aloc,
			 "a translated address is one host address, not '%s'",
			 addr);
		goto out;
	}
	/* Translating between families (NAT64, pf's af-to) is not what
	 * "address" describes: the flow's path and ports are those of one
	 * family. */
	if (b->addr_ok[si] && addr_is_v4(r.lo) != addr_is_v4(s->addr)) {
		char own[48];
		fmt_addr(s->addr, own, sizeof own);
		tb_error(b, aloc,
			 "translated address %s of server '%s' is %s, its own address %s is %s",
			 addr, s->name, family(r.lo), own, family(s->addr));
		goto out;
	}
	s->pub = xrealloc(s->pub, (s->npub + 1) * sizeof *s->pub);
	topo_pubaddr *p = &s->pub[s->npub];
	memset(p, 0, sizeof *p);
	p->addr = r.lo;
	p->loc = srcloc_span(*kloc, zones->v[zones->n - 1].loc);
	p->addr_loc = *aloc;
	b->rpub = xgrow(b->rpub, &b->capr_pub, b->nrpub + 1, sizeof *b->rpub);
	b->rpub[b->nrpub++] = (tb_raw_pub){ (int)si, s->npub++, zones };
	zones = NULL;
out:
	free(kind);
	free(addr);
	tb_list_free(zones);
}

static bool check_variant(topo_build *b, const char *v, const srcloc *loc,
			  bool allow_both)
{
	if (!v || strcmp(v, "ssl") == 0 || strcmp(v, "plain") == 0 ||
	    (allow_both && strcmp(v, "both") == 0))
		return true;
	static const char *const variants[] = { "ssl", "plain", "both" };
	char dym[80];
	tb_error(b, loc, "unknown variant '%s'%s; expected %s", v,
		 did_you_mean(v, variants, allow_both ? 3 : 2, dym, sizeof dym),
		 allow_both ? "ssl, plain or both" : "ssl or plain");
	return false;
}

static void add_clients(topo_build *b, char *scenario, const srcloc *sloc,
			char *variant, tb_list *from, tb_list *to,
			const srcloc *loc)
{
	topo *t = b->t;
	t->clients = xgrow(t->clients, &t->capclients, t->nclients + 1,
			   sizeof *t->clients);
	b->rclients = xgrow(b->rclients, &b->capr_clients, t->nclients + 1,
			    sizeof *b->rclients);
	b->rclients[t->nclients] = (tb_raw_clients){ from, to, *sloc };
	topo_clients *c = &t->clients[t->nclients++];
	memset(c, 0, sizeof *c);
	c->scenario = scenario;
	c->variant = variant ? variant : xstrdup("both");
	c->loc = *loc;
}

void tb_clients(topo_build *b, char *scenario, const srcloc *sloc,
		char *variant, const srcloc *vloc, tb_list *from, tb_list *to,
		const srcloc *loc)
{
	if (wrong_file(b, "clients", loc) ||
	    !check_variant(b, variant, vloc, true)) {
		free(scenario);
		free(variant);
		tb_list_free(from);
		tb_list_free(to);
		return;
	}
	add_clients(b, scenario, sloc, variant, from, to, loc);
}

void tb_smtp(topo_build *b, char *dir, const srcloc *dloc, tb_list *from,
	     tb_list *to, const srcloc *loc)
{
	bool ok = !wrong_file(b, "smtp", loc);
	if (ok && strcmp(dir, "in") != 0 && strcmp(dir, "out") != 0) {
		static const char *const dirs[] = { "in", "out" };
		char dym[80];
		tb_error(b, dloc, "unknown smtp direction '%s'%s; expected in or out",
			 dir, did_you_mean(dir, dirs, NWORDS(dirs), dym, sizeof dym));
		ok = false;
	}
	if (!ok) {
		free(dir);
		tb_list_free(from);
		tb_list_free(to);
		return;
	}
	char *scenario = xasprintf("smtp-%s", dir);
	free(dir);
	add_clients(b, scenario, dloc, NULL, from, to, loc);
}

void tb_connector(topo_build *b, char *kind, const srcloc *kloc,
		  tb_list *sites, tb_list *via, const srcloc *loc)
{
	topo *t = b->t;
	if (wrong_file(b, "connector", loc)) {
		free(kind);
		tb_list_free(sites);
		tb_list_free(via);
		return;
	}
	t->conn = xgrow(t->conn, &t->capconn, t->nconn + 1, sizeof *t->conn);
	b->rconn = xgrow(b->rconn, &b->capr_conn, t->nconn + 1,
			 sizeof *b->rconn);
	b->rconn[t->nconn] = (tb_raw_conn){ sites, via, *kloc };
	topo_connector *c = &t->conn[t->nconn++];
	memset(c, 0, sizeof *c);
	c->kind = kind;
	c->site[0] = c->site[1] = -1;
	c->via[0] = c->via[1] = -1;
	c->loc = *loc;
}

void tb_fw_begin(topo_build *b, char *name, const srcloc *loc)
{
	topo *t = b->t;
	b->cur_fw = -1;
	if (wrong_file(b, "firewall", loc)) {
		free(name);
		return;
	}
	t->fw = xgrow(t->fw, &t->capfw, t->nfw + 1, sizeof *t->fw);
	b->rfw = xgrow(b->rfw, &b->capr_fw, t->nfw + 1, sizeof *b->rfw);
	memset(&b->rfw[t->nfw], 0, sizeof *b->rfw);
	topo_firewall *f = &t->fw[t->nfw];
	memset(f, 0, sizeof *f);
	f->name = name;
	f->loc = *loc;
	f->host = -1;
	b->cur_fw = (int)t->nfw++;
}

void tb_fw_end(topo_build *b)
{
	b->cur_fw = -1;
	b->cur_iface = -1;
}

void tb_fw_file(topo_build *b, char *file, const srcloc *floc, char *format,
		const srcloc *fmtloc)
{
	if (b->cur_fw < 0) {
		free(file);
		free(format);
		return;
	}
	topo_firewall *f = &b->t->fw[b->cur_fw];
	if (b->rfw[b->cur_fw].has_file) {
		char *first = loc_str(&f->file_loc);
		tb_error(b, floc, "file given twice (first at %s)", first);
		free(first);
		free(file);
		free(format);
		return;
	}
	if (format && !frontend_find(format)) {
		char names[128], dym[80];
		const char *words[16];
		size_t n = 0;
		for (size_t i = 0; i < frontend_count && n < NWORDS(words); i++)
			words[n++] = frontend_table[i].name;
		tb_error(b, fmtloc, "unknown format '%s'%s; expected %s", format,
			 did_you_mean(format, words, n, dym, sizeof dym),
			 frontend_names(names, sizeof names));
		free(format);
		format = NULL;
	}
	b->rfw[b->cur_fw].has_file = true;
	f->file_as_written = file;
	f->file_loc = *floc;
	f->format = format;
}

void tb_iface(topo_build *b, char *name, const srcloc *nloc, char *zone,
	      const srcloc *zloc)
{
	b->cur_iface = -1;
	if (b->cur_fw < 0) {
		free(name);
		free(zone);
		return;
	}
	topo_firewall *f = &b->t->fw[b->cur_fw];
	for (size_t i = 0; i < f->niface; i++) {
		if (strcmp(f->iface[i].name, name) == 0) {
			char *first = loc_str(&f->iface[i].loc);
			tb_error(b, nloc,
				 "duplicate interface '%s' (first declared at %s)",
				 name, first);
			free(first);
			free(name);
			free(zone);
			return;
		}
	}
	f->iface = xrealloc(f->iface, (f->niface + 1) * sizeof *f->iface);
	topo_iface *i = &f->iface[f->niface];
	memset(i, 0, sizeof *i);
	i->name = name;
	i->zone = -1;
	i->loc = *nloc;
	tb_list_push(&b->rfw[b->cur_fw].ifzone, zone, zloc);
	b->cur_iface = (int)f->niface++;
}

void tb_iface_acl(topo_build *b, bool out, char *acl, const srcloc *loc)
{
	if (b->cur_fw < 0 || b->cur_iface < 0) {
		free(acl);
		return;
	}
	topo_iface *i = &b->t->fw[b->cur_fw].iface[b->cur_iface];
	char **slot = out ? &i->acl_out : &i->acl_in;
	if (*slot) {
		tb_error(b, loc, "%s given twice", out ? "acl-out" : "acl-in");
		free(acl);
		return;
	}
	*slot = acl;
}

void tb_iface_addr(topo_build *b, char *kind, const srcloc *kloc,
		   tb_list *addrs)
{
	if (b->cur_fw < 0 || b->cur_iface < 0)
		goto out;
	topo_firewall *f = &b->t->fw[b->cur_fw];
	topo_iface *i = &f->iface[b->cur_iface];
	if (strcmp(kind, "address") != 0) {
		static const char *const settings[] = { "acl-in", "acl-out", "address" };
		char dym[80];
		tb_error(b, kloc,
			 "unknown interface setting '%s'%s; expected acl-in, acl-out or address",
			 kind, did_you_mean(kind, settings, NWORDS(settings), dym, sizeof dym));
		goto out;
	}
	if (i->addr) {
		tb_error(b, kloc, "address given twice");
		goto out;
	}
	i->addr = xcalloc(addrs->n, sizeof *i->addr);
	i->addr_loc = xcalloc(addrs->n, sizeof *i->addr_loc);
	for (size_t k = 0; k < addrs->n; k++) {
		const tb_item *it = &addrs->v[k];
		ir_range r;
		if (!parse_addr(b, it->s, &it->loc, &r))
			continue;
		if (r.lo != r.hi) {
			tb_error(b, &it->loc,
				 "an interface address is one host address, not '%s'",
				 it->s);
			continue;
		}
		/* One address, one interface: a packet to it goes to one
		 * place.  (Two firewalls may share one, as CARP or VRRP
		 * do.) */
		const srcloc *first = NULL;
		for (size_t j = 0; j <= (size_t)b->cur_iface && !first; j++) {
			const topo_iface *o = &f->iface[j];
			for (size_t m = 0; m < o->naddr && !first; m++)
				if (o->addr[m] == r.lo)
					first = &o->addr_loc[m];
		}
		if (first) {
			char *where = loc_str(first);
			tb_error(b, &it->loc,
				 "address %s given twice on firewall '%s' (first at %s)",
				 it->s, f->name, where);
			free(where);
			continue;
		}
		i->addr[i->naddr] = r.lo;
		i->addr_loc[i->naddr++] = it->loc;
	}
out:
	free(kind);
	tb_list_free(addrs);
}

void tb_fw_host(topo_build *b, char *server, const srcloc *loc)
{
	if (b->cur_fw < 0) {
		free(server);
		return;
	}
	tb_raw_fw *r = &b->rfw[b->cur_fw];
	if (r->host.s) {
		char *first = loc_str(&r->host.loc);
		tb_error(b, loc, "host given twice (first at %s)", first);
		free(first);
		free(server);
		return;
	}
	r->host.s = server;
	r->host.loc = *loc;
}

/* ------------------------------------------------------------ rulesets */

char *tb_scenario(topo_build *b, const char *prefix, char *word)
{
	(void)b;
	char *s = xasprintf("%s%s", prefix, word);
	free(word);
	return s;
}

void tb_need(topo_build *b, char *scenario, const srcloc *sloc, char *variant,
	     const srcloc *vloc, bool reverse, int proto, char *port,
	     const srcloc *ploc, char *label, int since, const srcloc *loc)
{
	(void)sloc;
	topo *t = b->t;
	int fixed = 0, sp = -1;
	bool ok = !wrong_file(b, "need", loc) &&
		  check_variant(b, variant, vloc, false);
	if (ok && isdigit((unsigned char)port[0])) {
		fixed = parse_port(b, port, ploc);
		ok = fixed != 0;
	} else if (ok) {
		sp = srv_port_parse(port);
		if (sp < 0) {
			char dym[80];
			tb_error(b, ploc,
				 "unknown port '%s'%s; expected a number, directory-port, store-port, mta-port or rfc1006-port",
				 port, did_you_mean(port, port_kinds, NWORDS(port_kinds), dym, sizeof dym));
			ok = false;
		}
	}
	free(port);
	if (!ok) {
		free(scenario);
		free(variant);
		free(label);
		return;
	}
	t->need = xgrow(t->need, &t->capneed, t->nneed + 1, sizeof *t->need);
	rs_need *n = &t->need[t->nneed++];
	memset(n, 0, sizeof *n);
	n->scenario = scenario;
	n->variant = variant;
	n->reverse = reverse;
	n->proto = proto;
	n->port = fixed;
	n->server_port = sp;
	n->label = label;
	n->since = since > 0 ? (enum exver)since : EX_40;
	n->loc = *loc;
}

void tb_port_begin(topo_build *b, char *name, const srcloc *loc)
{
	topo *t = b->t;
	b->cur_port = -1;
	if (wrong_file(b, "port", loc)) {
		free(name);
		return;
	}
	int sp = srv_port_parse(name);
	if (sp < 0) {
		char dym[80];
		tb_error(b, loc,
			 "unknown server port '%s'%s; expected directory-port, store-port, mta-port or rfc1006-port",
			 name, did_you_mean(name, port_kinds, NWORDS(port_kinds), dym, sizeof dym));
		free(name);
		return;
	}
	for (size_t i = 0; i < t->nsetting; i++) {
		if (t->setting[i].server_port == sp) {
			char *first = loc_str(&t->setting[i].loc);
			tb_error(b, loc, "port %s given twice (first at %s)",
				 name, first);
			free(first);
			free(name);
			return;
		}
	}
	free(name);
	t->setting = xgrow(t->setting, &t->capsetting, t->nsetting + 1,
			   sizeof *t->setting);
	rs_setting *s = &t->setting[t->nsetting];
	memset(s, 0, sizeof *s);
	s->server_port = sp;
	s->since = EX_40;
	s->loc = *loc;
	b->cur_port = (int)t->nsetting++;
}

static rs_setting *cur_setting(topo_build *b)
{
	return b->cur_port < 0 ? NULL : &b->t->setting[b->cur_port];
}

void tb_port_dynamic(topo_build *b, const srcloc *loc)
{
	(void)loc;
	rs_setting *s = cur_setting(b);
	if (s)
		s->dynamic = true;
}

void tb_port_default(topo_build *b, char *num, const srcloc *loc)
{
	rs_setting *s = cur_setting(b);
	if (s)
		s->default_port = parse_port(b, num, loc);
	free(num);
}

void tb_port_since(topo_build *b, int version, const srcloc *loc)
{
	(void)loc;
	rs_setting *s = cur_setting(b);
	if (s && version > 0)
		s->since = (enum exver)version;
}

void tb_port_kb(topo_build *b, char *kb, const srcloc *loc)
{
	(void)loc;
	rs_setting *s = cur_setting(b);
	if (s) {
		free(s->kb);
		s->kb = kb;
	} else {
		free(kb);
	}
}

void tb_port_registry(topo_build *b, char *key, char *value, const srcloc *loc)
{
	(void)loc;
	rs_setting *s = cur_setting(b);
	if (s) {
		free(s->registry);
		free(s->registry_value);
		s->registry = key;
		s->registry_value = value;
	} else {
		free(key);
		free(value);
	}
}

void tb_port_end(topo_build *b)
{
	rs_setting *s = cur_setting(b);
	b->cur_port = -1;
	if (!s)
		return;
	if (s->dynamic == (s->default_port != 0))
		tb_error(b, &s->loc,
			 "port %s needs exactly one of 'dynamic' and 'default N'",
			 srv_port_name(s->server_port));
}

/* ------------------------------------------------------------ driver */

void tb_init(topo_build *b, topo *t, diag_list *diags)
{
	memset(b, 0, sizeof *b);
	b->t = t;
	b->diags = diags;
	b->cur_site = b->cur_fw = b->cur_iface = b->cur_port = -1;
}

void tb_fini(topo_build *b)
{
	topo *t = b->t;
	for (size_t i = 0; i < t->nclients; i++) {
		tb_list_free(b->rclients[i].from);
		tb_list_free(b->rclients[i].to);
	}
	for (size_t i = 0; i < t->nconn; i++) {
		tb_list_free(b->rconn[i].sites);
		tb_list_free(b->rconn[i].via);
	}
	for (size_t i = 0; i < t->nfw; i++) {
		free(b->rfw[i].host.s);
		tb_list_clear(&b->rfw[i].ifzone);
	}
	free(b->rclients);
	free(b->rconn);
	free(b->rfw);
	free(b->addr_ok);
	for (size_t i = 0; i < b->nrpub; i++)
		tb_list_free(b->rpub[i].zones);
	free(b->rpub);
	for (size_t i = 0; i < b->nunknown; i++) {
		free(b->unknown[i].name);
		free(b->unknown[i].msg);
		free(b->unknown[i].also);
	}
	free(b->unknown);
}

void tb_parse(topo_build *b, const char *file, const char *data, size_t len,
	      bool is_ruleset)
{
	b->file = file;
	b->line = b->col = 1;
	b->after_cr = false;
	b->is_ruleset = is_ruleset;
	b->nerrors = 0;
	b->gave_up = false;
	b->cur_site = b->cur_fw = b->cur_iface = b->cur_port = -1;

	/* A UTF-8 byte order mark is not part of the text. */
	if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) {
		data += 3;
		len -= 3;
	}
	yyscan_t scanner;
	if (topology_lex_init_extra(b, &scanner) != 0)
		tb_lex_fatal(strerror(errno));
	YY_BUFFER_STATE buf = topology__scan_bytes(data, (int)len, scanner);
	topology_parse(scanner, b);
	topology__delete_buffer(buf, scanner);
	topology_lex_destroy(scanner);
}
