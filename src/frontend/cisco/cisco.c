/* cisco.c - the Cisco IOS and ASA front end: entry points, the builder's
 * context, and what the grammar hands over (ACLs, objects, interfaces,
 * bindings).  Entries are interpreted and lowered in cisco_lower.c,
 * addresses, object-groups and services in cisco_addr.c.
 *
 * Device behaviour kept here:
 *   - named ACL entries are ordered by sequence number, not by line; an
 *     entry without one gets the last number plus 10, "no SEQ" removes one
 *     and a number used twice is refused ("Duplicate sequence number.",
 *     IOS Security Configuration Guide, "IP Access List Entry Sequence
 *     Numbering"), as is an entry whose number would pass 2147483647
 *     ("Exceeded maximum sequence number.");
 *   - "no access-list N" / "no ip access-list ... N" / ASA "clear configure
 *     access-list N" remove the whole ACL; lines after make a new one;
 *   - "no access-list N <entry>": IOS deletes the whole ACL N, ASA the
 *     entry (or remark) written the same way (words compared, case aside);
 *   - ASA "access-list N line L ..." inserts before the Lth line of the
 *     ACL, remarks counted (they are kept in the ACL as placeholders);
 *   - ASA "name ADDR NAME" makes NAME stand for ADDR wherever an address
 *   is written (host NAME, NAME MASK, range, objects); names are resolved
 *   when lowering, so one defined after its use counts too;
 *   - on ASA "nameif inside" gives security-level 100 unless one is set,
 *     every other name 0 (ASA Command Reference, "nameif").
 */
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "arena.h"
#include "check.h"
#include "cisco_int.h"
#include "hash.h"
#include "xalloc.h"

/* ------------------------------------------------------------ arena */

void *cisco_alloc(struct cisco_ctx *ctx, size_t n)
{
	return arena_alloc(&ctx->arena, n);
}

char *cisco_strdup(struct cisco_ctx *ctx, const char *s, size_t n)
{
	return arena_strndup(&ctx->arena, s, n);
}

/* ------------------------------------------------------------ errors */

void cisco_error(struct cisco_ctx *ctx, srcloc loc, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_parse_errorv(ctx->diags, &ctx->nerrors, &ctx->gave_up, CISCO_MAX_ERRORS, loc, fmt, ap);
	va_end(ap);
}

void cisco_warn(struct cisco_ctx *ctx, srcloc loc, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_checkv(ctx->diags, CHECK_UNRESOLVED, loc, fmt, ap);
	va_end(ap);
}

void cisco_warn_skipped(struct cisco_ctx *ctx, srcloc loc, const char *msg)
{
	cisco_warn(ctx, loc, "%s", msg);
}

bool cisco_gave_up(const struct cisco_ctx *ctx)
{
	return ctx->gave_up;
}

bool cisco_is_asa(const struct cisco_ctx *ctx)
{
	return ctx->asa;
}

/* ------------------------------------------------------------ maps */

static size_t hash(const char *s)
{
	return (size_t)fnv1a_str(FNV1A_INIT, s);
}

size_t cisco_map_get(const cisco_map *m, const char *key)
{
	if (!m->cap)
		return SIZE_MAX;
	for (size_t i = hash(key) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
		if (!m->key[i])
			return SIZE_MAX;
		if (strcmp(m->key[i], key) == 0)
			return m->val[i];
	}
}

static void map_put(cisco_map *m, const char *key, size_t val)
{
	if (2 * (m->n + 1) > m->cap) {
		cisco_map old = *m;
		m->cap = old.cap ? 2 * old.cap : 64;
		m->key = xcalloc(m->cap, sizeof *m->key);
		m->val = xcalloc(m->cap, sizeof *m->val);
		m->n = 0;
		for (size_t i = 0; i < old.cap; i++)
			if (old.key[i])
				map_put(m, old.key[i], old.val[i]);
		free(old.key);
		free(old.val);
	}
	size_t i = hash(key) & (m->cap - 1);
	while (m->key[i] && strcmp(m->key[i], key) != 0)
		i = (i + 1) & (m->cap - 1);
	if (!m->key[i])
		m->n++;
	m->key[i] = key;
	m->val[i] = val;
}

static void map_free(cisco_map *m)
{
	free(m->key);
	free(m->val);
}

/* ------------------------------------------------------------ elements */

cisco_elem *cisco_elem_new(struct cisco_ctx *ctx, enum cisco_ek kind, const char *a,
			   const char *b, srcloc loc)
{
	cisco_elem *e = cisco_alloc(ctx, sizeof *e);
	e->kind = kind;
	e->a = (char *)a;
	e->b = (char *)b;
	e->loc = loc;
	e->last = e;
	return e;
}

cisco_elem *cisco_elem_cat(cisco_elem *list, cisco_elem *e)
{
	list->last->next = e;
	list->last = e;
	return list;
}

const char *cisco_line_text(const struct cisco_ctx *ctx, srcloc loc, size_t *len)
{
	if (loc.line < 1 || (size_t)loc.line > ctx->nlines) {
		*len = 0;
		return "";
	}
	const char *s = ctx->buf + ctx->lines[loc.line - 1];
	const char *e = s;
	while (e < ctx->buf + ctx->len && *e != '\n')
		e++;
	while (s < e && (*s == ' ' || *s == '\t'))
		s++;
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		e--;
	*len = (size_t)(e - s);
	return s;
}

/* ------------------------------------------------------------ ACLs */

cisco_acl *cisco_acl_find(struct cisco_ctx *ctx, const char *name)
{
	size_t i = cisco_map_get(&ctx->aclmap, name);
	return i == SIZE_MAX || !ctx->acl[i].defined ? NULL : &ctx->acl[i];
}

static cisco_acl *acl_get(struct cisco_ctx *ctx, const char *name, enum cisco_acl_type t,
			  srcloc loc)
{
	size_t i = cisco_map_get(&ctx->aclmap, name);
	if (i == SIZE_MAX) {
		ctx->acl = xgrow(ctx->acl, &ctx->capacl, ctx->nacl + 1, sizeof *ctx->acl);
		i = ctx->nacl++;
		memset(&ctx->acl[i], 0, sizeof ctx->acl[i]);
		ctx->acl[i].name = cisco_strdup(ctx, name, strlen(name));
		map_put(&ctx->aclmap, ctx->acl[i].name, i);
	}
	cisco_acl *a = &ctx->acl[i];
	if (!a->defined) {
		a->defined = true;
		a->loc = loc;
		a->type = t;
		a->n = a->nremarks = 0;
	} else if (t != CACL_ANY && a->type != CACL_ANY && t != a->type) {
		static const char *const tn[] = { "", "standard", "extended", "ipv6" };
		cisco_error(ctx, loc, "access-list %s is %s, not %s", name, tn[a->type], tn[t]);
		return NULL;
	} else if (a->type == CACL_ANY) {
		a->type = t;
	}
	return a;
}

void cisco_acl_begin(struct cisco_ctx *ctx, const char *name, enum cisco_acl_type t,
		     srcloc loc, int block)
{
	cisco_acl *a = acl_get(ctx, name, t, loc);
	if (!a)
		return;
	ctx->cur_acl = (size_t)(a - ctx->acl);
	ctx->acl_block = block;
}

static cisco_acl *acl_of(struct cisco_ctx *ctx, const char *name, enum cisco_acl_type t,
			 int block, srcloc loc)
{
	if (name)
		return acl_get(ctx, name, t, loc);
	if (block != ctx->acl_block || ctx->acl_block == 0)
		return NULL; /* the header was refused */
	return &ctx->acl[ctx->cur_acl];
}

void cisco_acl_line(struct cisco_ctx *ctx, long line, srcloc loc)
{
	if (line < 1) {
		cisco_error(ctx, loc, "line numbers start at 1");
		line = 1;
	} else if (line > 4294967295L) {
		/* no ASA number is wider than 32 bits; the entry goes last,
		 * as past the end of the list */
		cisco_error(ctx, loc, "line number too large: at most 4294967295");
		line = 0;
	}
	ctx->line_before = line;
}

static void acl_insert(struct cisco_ctx *ctx, cisco_acl *a, long seq, srcloc seqloc, bool permit,
		       bool remark, cisco_elem *e, srcloc loc, long before);

void cisco_acl_entry(struct cisco_ctx *ctx, const char *name, enum cisco_acl_type t, int block,
		     long seq, srcloc seqloc, bool permit, cisco_elem *e, srcloc loc)
{
	long before = ctx->line_before;
	ctx->line_before = 0;
	cisco_acl *a = acl_of(ctx, name, t, block, loc);
	if (!a)
		return;
	/* "permit ... sequence N [time-range T]": the number among the
	 * options, as "show running-config" prints an IPv6 entry (IOS IPv6
	 * Command Reference "permit (IPv6)": "... [sequence value]
	 * [time-range name]") */
	for (cisco_elem *p = e; a->type == CACL_IPV6 && p && p->next && p->next->next;) {
		cisco_elem *w = p->next, *num = w->next;
		if (w->kind != CE_WORD || w->b || strcasecmp(w->a, "sequence") != 0 ||
		    num->kind != CE_WORD || !num->a[0] ||
		    strspn(num->a, "0123456789") != strlen(num->a)) {
			p = p->next; /* (a bad one: the lowering says what is wrong) */
			continue;
		}
		if (seq >= 0) {
			cisco_error(ctx, w->loc, "the sequence number is given twice");
			return;
		}
		seq = strlen(num->a) > 10 ? LONG_MAX : strtol(num->a, NULL, 10);
		seqloc = num->loc;
		p->next = num->next;
		if (!p->next)
			e->last = p;
	}
	acl_insert(ctx, a, seq, seqloc, permit, false, e, loc, before);
}

/* Entry e (or a remark) of a at sequence number seq (< 0: none written) or
 * before the ASA line "before" (> 0). */
static void acl_insert(struct cisco_ctx *ctx, cisco_acl *a, long seq, srcloc seqloc, bool permit,
		       bool remark, cisco_elem *e, srcloc loc, long before)
{
	if (seq == LONG_MAX) {
		/* too many digits for a long: strtol saturated */
		cisco_error(ctx, seqloc, "sequence number too large: the range is 1-2147483647");
		return;
	}
	if (seq == 0 || seq > 2147483647L) {
		cisco_error(ctx, seqloc, "sequence number %ld out of range 1-2147483647", seq);
		return;
	}
	size_t pos = a->n;
	if (before > 0) {
		pos = (size_t)before - 1 < a->n ? (size_t)before - 1 : a->n;
		seq = 0;
	} else if (seq < 0) {
		seq = a->n ? a->v[a->n - 1].seq + 10 : 10;
		if (seq > 2147483647L) {
			/* IOS Security Configuration Guide, "IP Access List
			 * Entry Sequence Numbering": past the maximum, "the
			 * following message is displayed: Exceeded maximum
			 * sequence number." and the entry is not added */
			cisco_error(ctx, loc, "Exceeded maximum sequence number: the entry after %ld in access-list %s needs a number of its own",
				    a->v[a->n - 1].seq, a->name);
			return;
		}
	} else {
		size_t lo = 0, hi = a->n;
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;
			if (a->v[mid].seq < seq)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo < a->n && a->v[lo].seq == seq) {
			/* the device's words (same guide): "Duplicate sequence
			 * number." */
			cisco_error(ctx, seqloc, "Duplicate sequence number: %ld is already in access-list %s",
				    seq, a->name);
			return;
		}
		pos = lo;
	}
	a->v = xgrow(a->v, &a->cap, a->n + 1, sizeof *a->v);
	memmove(a->v + pos + 1, a->v + pos, (a->n - pos) * sizeof *a->v);
	a->v[pos] = (cisco_ace){ loc, seq, permit, remark, e };
	a->n++;
	if (before > 0) /* ASA numbers by position */
		for (size_t i = 0; i < a->n; i++)
			a->v[i].seq = (long)i + 1;
}

void cisco_acl_remark(struct cisco_ctx *ctx, const char *name, int block, srcloc loc)
{
	long before = ctx->line_before;
	ctx->line_before = 0;
	cisco_acl *a = acl_of(ctx, name, CACL_ANY, block, loc);
	if (!a)
		return;
	a->nremarks++;
	/* ASA: "every ACE and every remark has a line number" -- a remark
	 * holds its place for "access-list NAME line N" */
	if (ctx->asa && name)
		acl_insert(ctx, a, -1, loc, false, true, NULL, loc, before);
}

void cisco_acl_no_seq(struct cisco_ctx *ctx, int block, long seq, srcloc loc)
{
	cisco_acl *a = acl_of(ctx, NULL, CACL_ANY, block, loc);
	if (!a)
		return;
	for (size_t i = 0; i < a->n; i++)
		if (a->v[i].seq == seq) {
			memmove(a->v + i, a->v + i + 1, (a->n - i - 1) * sizeof *a->v);
			a->n--;
			return;
		}
	/* IOS says nothing when the entry does not exist */
}

/* "sequence N" before an entry of an IPv6 access list (IOS IPv6 Command
 * Reference "permit (IPv6)": "sequence value ... the sequence number for
 * the access list statement"); in another block, or another word, the
 * line is not a command. */
static bool sequence_word(struct cisco_ctx *ctx, int block, const char *w, srcloc loc)
{
	cisco_acl *a = acl_of(ctx, NULL, CACL_ANY, block, loc);
	if (!a)
		return false;
	if (strcasecmp(w, "sequence") != 0 || a->type != CACL_IPV6) {
		cisco_error(ctx, loc, "unexpected '%s', expected permit, deny or remark", w);
		return false;
	}
	return true;
}

void cisco_acl_seq_entry(struct cisco_ctx *ctx, int block, const char *w, long seq, srcloc seqloc,
			 bool permit, cisco_elem *e, srcloc loc)
{
	if (sequence_word(ctx, block, w, loc))
		cisco_acl_entry(ctx, NULL, CACL_ANY, block, seq, seqloc, permit, e, loc);
}

void cisco_acl_seq_remark(struct cisco_ctx *ctx, int block, const char *w, srcloc wloc, srcloc loc)
{
	if (sequence_word(ctx, block, w, wloc))
		cisco_acl_remark(ctx, NULL, block, loc);
}

void cisco_acl_seq_no(struct cisco_ctx *ctx, int block, const char *w, long seq, srcloc loc)
{
	if (sequence_word(ctx, block, w, loc))
		cisco_acl_no_seq(ctx, block, seq, loc);
}

void cisco_acl_delete(struct cisco_ctx *ctx, const char *name, srcloc loc)
{
	(void)loc;
	size_t i = cisco_map_get(&ctx->aclmap, name);
	if (i != SIZE_MAX) {
		ctx->acl[i].defined = false;
		ctx->acl[i].n = 0;
	}
}

/* The words of an access-list line after "[no] access-list NAME [line N]
 * [extended|standard]": start and length of each, at most max. */
static size_t entry_words(const char *s, size_t n, const char **w, size_t *l, size_t max)
{
	size_t k = 0, skip = 0, i = 0;
	while (i < n && k < max) {
		while (i < n && (s[i] == ' ' || s[i] == '\t'))
			i++;
		if (i >= n)
			break;
		size_t st = i;
		while (i < n && s[i] != ' ' && s[i] != '\t')
			i++;
		const char *x = s + st;
		size_t xl = i - st;
#define IS(word) (xl == strlen(word) && strncasecmp(x, word, xl) == 0)
		if (skip == 0 && IS("no"))
			continue;
		if (skip == 0 && IS("access-list")) {
			skip = 1;
			continue;
		}
		if (skip == 1) { /* the name */
			skip = 2;
			continue;
		}
		if (skip == 2 && IS("line")) {
			skip = 3;
			continue;
		}
		if (skip == 3) { /* its number */
			skip = 4;
			continue;
		}
		if (skip >= 2 && skip <= 4 && (IS("extended") || IS("standard"))) {
			skip = 5;
			continue;
		}
#undef IS
		skip = 5;
		w[k] = x;
		l[k++] = xl;
	}
	return k;
}

enum { ENTRY_WORDS = 128 };

static bool same_entry(const char *a, size_t an, const char *b, size_t bn)
{
	const char *wa[ENTRY_WORDS], *wb[ENTRY_WORDS];
	size_t la[ENTRY_WORDS], lb[ENTRY_WORDS];
	size_t na = entry_words(a, an, wa, la, ENTRY_WORDS);
	size_t nb = entry_words(b, bn, wb, lb, ENTRY_WORDS);
	if (na != nb || na == 0)
		return false;
	if (strncasecmp(wa[0], "remark", la[0]) == 0 && la[0] == 6) {
		/* a remark: its text as written */
		return an - (size_t)(wa[0] - a) == bn - (size_t)(wb[0] - b) &&
		       memcmp(wa[0], wb[0], an - (size_t)(wa[0] - a)) == 0;
	}
	for (size_t i = 0; i < na; i++)
		if (la[i] != lb[i] || strncasecmp(wa[i], wb[i], la[i]) != 0)
			return false;
	return true;
}

void cisco_acl_no_entry(struct cisco_ctx *ctx, const char *name, srcloc loc)
{
	ctx->line_before = 0;
	if (!ctx->asa) {
		/* IOS: "no access-list 101 permit ..." deletes all of 101 */
		cisco_acl_delete(ctx, name, loc);
		return;
	}
	cisco_acl *a = cisco_acl_find(ctx, name);
	size_t nl;
	const char *line = cisco_line_text(ctx, loc, &nl);
	for (size_t i = 0; a && i < a->n; i++) {
		size_t el;
		const char *e = cisco_line_text(ctx, a->v[i].loc, &el);
		if (!same_entry(line, nl, e, el))
			continue;
		if (a->v[i].remark && a->nremarks)
			a->nremarks--;
		memmove(a->v + i, a->v + i + 1, (a->n - i - 1) * sizeof *a->v);
		a->n--;
		for (size_t k = 0; k < a->n; k++) /* ASA numbers by position */
			a->v[k].seq = (long)k + 1;
		if (a->n == 0) /* the last line gone, the ACL is gone */
			a->defined = false;
		return;
	}
	cisco_warn(ctx, loc, "no access-list %s: no such entry: the ASA refuses this line", name);
}

/* ------------------------------------------------------------ objects */

cisco_og *cisco_og_find(struct cisco_ctx *ctx, const char *name)
{
	size_t i = cisco_map_get(&ctx->ogmap, name);
	return i == SIZE_MAX ? NULL : &ctx->og[i];
}

void cisco_og_begin(struct cisco_ctx *ctx, enum cisco_og_kind k, const char *name,
		    const char *proto, srcloc loc, int block)
{
	if (proto && strcasecmp(proto, "tcp") != 0 && strcasecmp(proto, "udp") != 0 &&
	    strcasecmp(proto, "tcp-udp") != 0) {
		cisco_error(ctx, loc, "object-group service %s: unexpected '%s', expected tcp, udp or tcp-udp",
			    name, proto);
		return;
	}
	size_t i = cisco_map_get(&ctx->ogmap, name);
	if (i != SIZE_MAX) {
		cisco_og *g = &ctx->og[i];
		if (g->kind != k) {
			cisco_error(ctx, loc, "object %s is already defined at line %d as another kind",
				    name, g->loc.line);
			return;
		}
		/* entering the block again adds to it */
	} else {
		ctx->og = xgrow(ctx->og, &ctx->capog, ctx->nog + 1, sizeof *ctx->og);
		i = ctx->nog++;
		cisco_og *g = &ctx->og[i];
		memset(g, 0, sizeof *g);
		g->name = cisco_strdup(ctx, name, strlen(name));
		g->kind = k;
		g->proto = proto ? cisco_strdup(ctx, proto, strlen(proto)) : NULL;
		g->loc = loc;
		map_put(&ctx->ogmap, g->name, i);
	}
	ctx->cur_og = i;
	ctx->og_block = block;
}

void cisco_og_begin_nxos(struct cisco_ctx *ctx, const char *what, const char *name, srcloc loc,
			 int block)
{
	if (strcasecmp(what, "port") == 0)
		cisco_og_begin(ctx, COG_SERVICE, name, "tcp-udp", loc, block);
	else if (strcasecmp(what, "address") == 0)
		cisco_og_begin(ctx, COG_NETWORK, name, NULL, loc, block);
	else
		cisco_error(ctx, loc, "unexpected '%s', expected port or address", what);
}

void cisco_og_item(struct cisco_ctx *ctx, int block, const char *what, cisco_elem *e, srcloc loc)
{
	if (block != ctx->og_block || ctx->og_block == 0)
		return;
	cisco_og *g = &ctx->og[ctx->cur_og];
	if (what && strcasecmp(what, "description") == 0)
		return;
	g->v = xgrow(g->v, &g->cap, g->n + 1, sizeof *g->v);
	g->v[g->n++] = (cisco_ogitem){ what, e, loc };
}

/* ------------------------------------------------------------ interfaces */

static cisco_if *cur_if(struct cisco_ctx *ctx, int block)
{
	if (!ctx->nifs || ctx->ifs[ctx->nifs - 1].block != block)
		return NULL;
	return &ctx->ifs[ctx->nifs - 1];
}

void cisco_if_begin(struct cisco_ctx *ctx, const char *name, const cisco_elem *more, srcloc loc,
		    int block)
{
	if (more && more->kind == CE_WORD && more->a[0] >= '0' && more->a[0] <= '9') {
		char *n = cisco_alloc(ctx, strlen(name) + strlen(more->a) + 1);
		strcpy(n, name);
		strcat(n, more->a);
		name = n;
	}
	ctx->ifs = xgrow(ctx->ifs, &ctx->capifs, ctx->nifs + 1, sizeof *ctx->ifs);
	cisco_if *f = &ctx->ifs[ctx->nifs++];
	memset(f, 0, sizeof *f);
	f->name = cisco_strdup(ctx, name, strlen(name));
	f->loc = loc;
	f->block = block;
}

static void add_bind(struct cisco_ctx *ctx, const char *ifname, const char *acl, bool out,
		     srcloc loc, bool v6)
{
	/* the device replaces a binding of the same interface, direction and
	 * family */
	for (size_t i = 0; i < ctx->nbind; i++)
		if (ctx->bind[i].out == out && ctx->bind[i].v6 == v6 &&
		    strcmp(ctx->bind[i].ifname, ifname) == 0) {
			memmove(ctx->bind + i, ctx->bind + i + 1, (ctx->nbind - i - 1) * sizeof *ctx->bind);
			ctx->nbind--;
			break;
		}
	ctx->bind = xgrow(ctx->bind, &ctx->capbind, ctx->nbind + 1, sizeof *ctx->bind);
	size_t n;
	const char *t = cisco_line_text(ctx, loc, &n);
	ctx->bind[ctx->nbind++] = (cisco_bind){ ifname, cisco_strdup(ctx, acl, strlen(acl)), out, loc,
						cisco_strdup(ctx, t, n), false, v6 };
}

void cisco_if_acl(struct cisco_ctx *ctx, int block, const char *acl, bool out, srcloc loc)
{
	cisco_if *f = cur_if(ctx, block);
	if (f)
		add_bind(ctx, f->name, acl, out, loc, false);
}

void cisco_if_acl6(struct cisco_ctx *ctx, int block, const char *acl, bool out, srcloc loc)
{
	cisco_if *f = cur_if(ctx, block);
	if (f)
		add_bind(ctx, f->name, acl, out, loc, true);
}

void cisco_if_nameif(struct cisco_ctx *ctx, int block, const char *name, srcloc loc)
{
	cisco_if *f = cur_if(ctx, block);
	if (!f)
		return;
	/* The nameif names the interface in access-group, in the topology
	 * and in trace: two interfaces cannot share one (it is not
	 * case-sensitive, ASA Command Reference "nameif").  The second is
	 * left out, as the device refuses it. */
	for (size_t i = 0; i + 1 < ctx->nifs; i++)
		if (ctx->ifs[i].nameif && strcasecmp(ctx->ifs[i].nameif, name) == 0) {
			cisco_error(ctx, loc, "nameif %s is already the name of interface %s (line %d)",
				    name, ctx->ifs[i].name, ctx->ifs[i].nameif_loc.line);
			return;
		}
	f->nameif = cisco_strdup(ctx, name, strlen(name));
	f->nameif_loc = loc;
}

void cisco_if_level(struct cisco_ctx *ctx, int block, const char *level, srcloc loc)
{
	cisco_if *f = cur_if(ctx, block);
	if (!f)
		return;
	long v = strtol(level, NULL, 10);
	if (v < 0 || v > 100) {
		cisco_error(ctx, loc, "security-level %s out of range 0-100", level);
		return;
	}
	f->level = (int)v;
	f->has_level = true;
	f->level_loc = loc;
}

void cisco_if_inspect(struct cisco_ctx *ctx, int block, const char *name, bool out, srcloc loc)
{
	cisco_if *f = cur_if(ctx, block);
	if (!f)
		return;
	f->insp[out] = (cisco_inspect){ cisco_strdup(ctx, name, strlen(name)), out, loc };
	f->has_insp[out] = true;
}

/* "ip address A M [secondary | standby B]": the primary address (IOS
 * Interface Command Reference, ASA Command Reference "ip address"); "ip
 * address dhcp", "ip address negotiated" leave it unknown.  "ip nat
 * inside|outside" (IOS IP Addressing Services Command Reference, "ip nat"):
 * "marks the interface as connected to the inside or outside"; the other
 * "ip" words of an interface have no bearing on what passes. */
void cisco_if_ip(struct cisco_ctx *ctx, int block, const char *what, cisco_elem *e, srcloc loc)
{
	(void)loc;
	cisco_if *f = cur_if(ctx, block);
	if (!f)
		return;
	if (strcasecmp(what, "address") == 0) {
		uint32_t v;
		bool secondary = false;
		for (const cisco_elem *x = e; x; x = x->next)
			secondary |= x->kind == CE_WORD && strcasecmp(x->a, "secondary") == 0;
		if (e && e->kind == CE_ADDR && !secondary && cisco_v4(e->a, &v)) {
			f->addr = addr_v4(v);
			f->has_addr = true;
		}
		return;
	}
	if (strcasecmp(what, "nat") == 0 && e && e->kind == CE_WORD) {
		if (strcasecmp(e->a, "inside") == 0)
			f->nat_inside = true;
		else if (strcasecmp(e->a, "outside") == 0)
			f->nat_outside = true;
	}
}

cisco_if *cisco_if_named(struct cisco_ctx *ctx, const char *name)
{
	for (size_t i = 0; i < ctx->nifs; i++)
		if ((ctx->asa && ctx->ifs[i].nameif && strcasecmp(ctx->ifs[i].nameif, name) == 0) ||
		    (!ctx->asa && strcmp(ctx->ifs[i].name, name) == 0))
			return &ctx->ifs[i];
	return NULL;
}

void cisco_access_group(struct cisco_ctx *ctx, const char *acl, bool out, const char *nif,
			srcloc loc)
{
	add_bind(ctx, cisco_strdup(ctx, nif, strlen(nif)), acl, out, loc, false);
}

void cisco_access_group_cp(struct cisco_ctx *ctx, const char *word, srcloc loc)
{
	/* a control-plane ACL filters traffic to the box; it neither adds nor
	 * replaces the interface's binding for traffic through it */
	if (strcasecmp(word, "control-plane") != 0)
		cisco_error(ctx, loc, "unexpected '%s', expected control-plane or end of line", word);
}

void cisco_access_group_global(struct cisco_ctx *ctx, const char *acl, srcloc loc)
{
	ctx->global = cisco_strdup(ctx, acl, strlen(acl));
	ctx->global_loc = loc;
}

void cisco_name(struct cisco_ctx *ctx, const char *kw, const char *addr, const char *name,
		srcloc loc)
{
	if (strcasecmp(kw, "name") != 0) {
		cisco_error(ctx, loc, "unexpected '%s'", kw);
		return;
	}
	size_t i = cisco_map_get(&ctx->namemap, name);
	if (i == SIZE_MAX) {
		ctx->nameaddr = xgrow(ctx->nameaddr, &ctx->capnames, ctx->nnames + 1,
				      sizeof *ctx->nameaddr);
		i = ctx->nnames++;
		map_put(&ctx->namemap, cisco_strdup(ctx, name, strlen(name)), i);
	}
	ctx->nameaddr[i] = addr;
}

const char *cisco_name_addr(const struct cisco_ctx *ctx, const char *name)
{
	size_t i = cisco_map_get(&ctx->namemap, name);
	return i == SIZE_MAX ? NULL : ctx->nameaddr[i];
}

void cisco_same_security(struct cisco_ctx *ctx, bool intra, srcloc loc)
{
	(void)loc;
	if (intra)
		ctx->same_security_intra = true;
	else
		ctx->same_security = true;
}

/* ------------------------------------------------------------ entry points */

static bool line_has(const char *s, size_t n, const char *w)
{
	size_t l = strlen(w);
	return n >= l && strncasecmp(s, w, l) == 0;
}

static bool has_word(const char *s, size_t n, const char *w)
{
	size_t l = strlen(w);
	for (size_t i = 0; i + l <= n; i++)
		if (memcmp(s + i, w, l) == 0)
			return true;
	return false;
}

/* Does an access-list line use an IOS wildcard ("A 0.0.0.255")? */
static bool has_wildcard(const char *s, size_t n)
{
	bool prev_addr = false;
	size_t i = 0;
	while (i < n) {
		while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r'))
			i++;
		size_t st = i;
		while (i < n && s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			i++;
		char w[32];
		uint32_t a;
		if (i - st >= sizeof w)
			continue;
		memcpy(w, s + st, i - st);
		w[i - st] = '\0';
		bool addr = cisco_v4(w, &a);
		if (addr && prev_addr && a != 0 && (a >> 24) == 0)
			return true;
		prev_addr = addr;
	}
	return false;
}

/* Strong signs of ASA first; then IOS's; "access-list NAME extended"
 * without either is ASA unless its masks are wildcards (Batfish's IOS
 * tests write it). */
const char *cisco_detect(const char *buf, size_t len)
{
	bool ios = false, asa = false, wild = false;
	size_t i = 0;
	while (i < len) {
		const char *s = buf + i;
		const char *e = memchr(s, '\n', len - i);
		size_t n = e ? (size_t)(e - s) : len - i;
		i += n + 1;
		bool top = n && *s != ' ' && *s != '\t';
		while (n && (*s == ' ' || *s == '\t')) {
			s++;
			n--;
		}
		if (line_has(s, n, "ASA Version") || line_has(s, n, "PIX Version") ||
		    line_has(s, n, "nameif ") || line_has(s, n, "same-security-traffic"))
			return "asa";
		if (top && line_has(s, n, "access-group ") && has_word(s, n, " interface "))
			return "asa";
		if (top && line_has(s, n, "access-list ")) {
			const char *p = s + 12;
			size_t m = n - 12;
			const char *sp = memchr(p, ' ', m);
			size_t rest = sp ? m - (size_t)(sp + 1 - p) : 0;
			if (sp && (line_has(sp + 1, rest, "extended ") || line_has(sp + 1, rest, "standard ")))
				asa = true;
			if (m && p[0] >= '0' && p[0] <= '9' && sp &&
			    (line_has(sp + 1, rest, "permit") || line_has(sp + 1, rest, "deny") ||
			     line_has(sp + 1, rest, "remark")))
				ios = true;
			if (has_wildcard(s, n))
				wild = true;
		}
		if (line_has(s, n, "ip access-list ") || line_has(s, n, "ip access-group ") ||
		    line_has(s, n, "ipv6 access-list ") || (top && line_has(s, n, "route-map ")) ||
		    (top && line_has(s, n, "router ")) || (top && line_has(s, n, "interface ")) ||
		    (top && line_has(s, n, "hostname ")) || line_has(s, n, "version 1"))
			ios = true;
	}
	if (ios || (asa && wild))
		return "cisco";
	return asa ? "asa" : NULL;
}

ir_ruleset *cisco_parse(const char *path, const char *buf, size_t len, enum ir_format fmt,
			const cisco_binding *extra, size_t nextra, diag_list *diags)
{
	struct cisco_ctx ctx;
	memset(&ctx, 0, sizeof ctx);
	ctx.rs = ir_ruleset_new(path, fmt == IR_FMT_ASA ? IR_FMT_ASA : IR_FMT_CISCO, 0);
	ctx.diags = diags;
	ctx.file = ctx.rs->path;
	ctx.buf = buf;
	ctx.len = len;
	ctx.asa = fmt == IR_FMT_ASA;
	size_t cap = 0;
	ctx.lines = xgrow(NULL, &cap, 1, sizeof *ctx.lines);
	ctx.lines[ctx.nlines++] = 0;
	for (size_t i = 0; i < len; i++)
		if (buf[i] == '\n') {
			ctx.lines = xgrow(ctx.lines, &cap, ctx.nlines + 1, sizeof *ctx.lines);
			ctx.lines[ctx.nlines++] = i + 1;
		}

	cisco_scan_and_parse(&ctx, ctx.file, buf, len);
	cisco_lower(&ctx, extra, nextra);
	ir_ruleset_finish(ctx.rs);

	for (size_t i = 0; i < ctx.nacl; i++)
		free(ctx.acl[i].v);
	free(ctx.acl);
	for (size_t i = 0; i < ctx.nog; i++)
		free(ctx.og[i].v);
	free(ctx.og);
	free(ctx.ifs);
	free(ctx.bind);
	free(ctx.nat);
	free(ctx.ipnat);
	free(ctx.lines);
	map_free(&ctx.aclmap);
	map_free(&ctx.ogmap);
	map_free(&ctx.namemap);
	free(ctx.nameaddr);
	arena_release(&ctx.arena);
	return ctx.rs;
}
