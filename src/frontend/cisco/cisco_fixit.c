/* cisco_fixit.c - fix-its in Cisco IOS and ASA syntax (fixit.h, fwlint(1)
 * FIX-ITS): the access-list entries that make packets pass (or stop)
 * where an ACL decides today, as lines of the configuration and as
 * commands for the box.
 *
 * The packets come as terms (pset_terms); each term is written as one
 * entry per protocol, address block (CIDR blocks: a wildcard mask on IOS,
 * a netmask on ASA, "host A" for one address, "any" for every one), and
 * port range ("eq P", "range A B"), so that the entries match exactly the
 * packets asked for.  More than FIXIT_MAX_ENTRIES entries is not a fix
 * anyone should paste: the writer declines.
 *
 * IOS (Security Configuration Guide, "IP Access List Entry Sequence
 * Numbering"): the entries of an access list are ordered by sequence
 * number; an entry written without one gets the highest number so far
 * plus 10.  A new entry before the deciding one takes a free number
 * between the previous entry's and the deciding one's, in the named
 * access list mode ("ip access-list extended NAME", which also edits a
 * numbered list); when there is none, "ip access-list resequence NAME 10
 * 10" renumbers the list first.  In the file, the entries go on the line
 * before the deciding entry, without a number when the list's entries have
 * none, else with theirs.  At the implicit deny they go after the list's
 * last entry without a number, in the file and on the box, where they get
 * the highest number plus 10: two fix-its there do not take the same one
 * ("access-list N ..." lines for a numbered list).  IOS keeps no
 * state: replies are let through by "established" for TCP ("matches
 * packets of an established connection ... if the TCP datagram has the
 * ACK or RST bits set", IOS Security Command Reference, "permit (IP)").
 * An interface that no access list filters passes everything: narrowing
 * it takes a new list of denies and "permit ip any any", bound to it.
 *
 * ASA (ASA Command Reference, "access-list extended"): "access-list NAME
 * line N extended ..." inserts before the Nth line of the list, remarks
 * counted (every ACE and every remark has a line number); without "line"
 * the entry goes last.  The file form is the entry without "line N", on
 * the line before the deciding entry.  An interface without an inbound
 * access list is filtered by security levels (traffic to a lower level
 * passes); an access-group replaces them for all of that interface's
 * traffic, and an ACL cannot say which interface a packet leaves by, so a
 * new access list is written only where it keeps what the levels did:
 * the lowest interface, from which the levels let nothing through
 * (permits, then the implicit deny), or one from which they let
 * everything through (denies, then "permit ip any any").  The ASA passes
 * the replies of a connection it let through by its state, whatever the
 * ACLs say: a blocked reply there is not a matter for an entry.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cisco.h"
#include "fileio.h"
#include "fixit.h"
#include "frontend.h"
#include "strbuf.h"
#include "xalloc.h"

/* The most entries one fix-it writes. */
#define FIXIT_MAX_ENTRIES 16
#define SEQ_MAX 2147483647L

enum dialect { D_IOS, D_IOS6, D_ASA };

/* ------------------------------------------------------------ the file */

typedef struct srcfile {
	char *buf;     /* owned, unless it is the fwload's text (kept) */
	bool kept;
	size_t len;
	size_t *start; /* offset of line i + 1 */
	size_t nlines;
	bool crlf;     /* its lines end in CR LF */
} srcfile;

/* The file's text: the one the fwload kept (frontend.h), or read again. */
static bool src_read(const fwload *f, const char *path, srcfile *s)
{
	char err[160];
	memset(s, 0, sizeof *s);
	if (f->text && strcmp(path, f->path) == 0) {
		s->buf = f->text;
		s->len = f->text_len;
		s->kept = true;
		s->start = f->text_line;
		s->nlines = f->text_nlines;
		size_t end = s->nlines > 1 ? s->start[1] : s->len;
		s->crlf = s->nlines && end >= s->start[0] + 2 && s->buf[end - 1] == '\n' &&
			  s->buf[end - 2] == '\r';
		return true;
	} else if (read_whole_file(path, &s->buf, &s->len, err, sizeof err) != 0) {
		return false;
	}
	size_t cap = 0;
	size_t i = 0;
	if (s->len >= 3 && memcmp(s->buf, "\xef\xbb\xbf", 3) == 0)
		i = 3;
	while (i < s->len) {
		s->start = xgrow(s->start, &cap, s->nlines + 1, sizeof *s->start);
		s->start[s->nlines++] = i;
		const char *nl = memchr(s->buf + i, '\n', s->len - i);
		if (!nl)
			break;
		if (nl > s->buf + i && nl[-1] == '\r' && s->nlines == 1)
			s->crlf = true;
		i = (size_t)(nl - s->buf) + 1;
	}
	return true;
}

static void src_free(srcfile *s)
{
	if (!s->kept) {
		free(s->buf);
		free(s->start);
	}
	memset(s, 0, sizeof *s);
}

/* Line n (from 1) without its line end; NULL past the end. */
static const char *src_line(const srcfile *s, size_t n, size_t *len)
{
	if (n < 1 || n > s->nlines)
		return NULL;
	size_t b = s->start[n - 1];
	size_t e = n < s->nlines ? s->start[n] : s->len;
	while (e > b && (s->buf[e - 1] == '\n' || s->buf[e - 1] == '\r'))
		e--;
	*len = e - b;
	return s->buf + b;
}

/* The i-th blank-separated word of line n (from 0) into w; false when the
 * line has fewer words. */
static bool src_word(const srcfile *s, size_t n, int i, char *w, size_t wn)
{
	size_t len;
	const char *p = src_line(s, n, &len);
	if (!p)
		return false;
	size_t k = 0;
	for (int word = 0;; word++) {
		while (k < len && (p[k] == ' ' || p[k] == '\t'))
			k++;
		if (k >= len)
			return false;
		size_t b = k;
		while (k < len && p[k] != ' ' && p[k] != '\t')
			k++;
		if (word == i) {
			size_t m = k - b < wn - 1 ? k - b : wn - 1;
			memcpy(w, p + b, m);
			w[m] = '\0';
			return true;
		}
	}
}

/* The blanks that start line n, as written. */
static char *src_indent(const srcfile *s, size_t n)
{
	size_t len;
	const char *p = src_line(s, n, &len);
	size_t k = 0;
	while (p && k < len && (p[k] == ' ' || p[k] == '\t'))
		k++;
	return xstrndup(p ? p : "", k);
}

/* ------------------------------------------------------------ text */


typedef struct strv {
	char **v;
	size_t n, cap;
} strv;

static void sv_push(strv *v, char *s)
{
	v->v = xgrow(v->v, &v->cap, v->n + 1, sizeof *v->v);
	v->v[v->n++] = s;
}

static void sv_free(strv *v)
{
	for (size_t i = 0; i < v->n; i++)
		free(v->v[i]);
	free(v->v);
	memset(v, 0, sizeof *v);
}

/* ------------------------------------------------------------ entries */

typedef struct gen {
	enum dialect d;
	const char *verb;      /* "permit", "deny" */
	bool established;      /* IOS replies: TCP with "established" */
	bool standard;         /* a standard access list: sources only */
	strv out;              /* the entries, from the verb on */
	/* the file writes object-group network: a set of several IPv4
	 * blocks becomes one (ASA Command Reference, "object-group network";
	 * IOS Security Command Reference, "object-group network") */
	bool groups;
	strv defs;             /* the lines that define the groups */
	const char *why;
} gen;

#define FIXIT_MAX_GROUP 256

/* An object-group network of the blocks of v (IPv4, written "host A" or
 * "A MASK"), named by a hash of them, so that two fix-its that need the
 * same one define it the same way; its name as the entry writes it. */
static char *addr_group(gen *g, const strv *v)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < v->n; i++) {
		for (const char *p = v->v[i]; *p; p++)
			h = (h ^ (uint8_t)*p) * 16777619u;
		h = (h ^ (uint8_t)',') * 16777619u; /* FNV-1a, one block after the other */
	}
	char *name = xasprintf("FWLINT_NET_%08X", (unsigned)h);
	bool known = false;
	char *head = xasprintf("object-group network %s", name);
	for (size_t i = 0; i < g->defs.n && !known; i++)
		known = strcmp(g->defs.v[i], head) == 0;
	if (known) {
		free(head);
	} else {
		sv_push(&g->defs, head);
		for (size_t i = 0; i < v->n; i++)
			sv_push(&g->defs, xasprintf(" %s%s", g->d == D_ASA ? "network-object " : "",
						    v->v[i]));
	}
	char *w = xasprintf("object-group %s", name);
	free(name);
	return w;
}

/* The words for the addresses of s in family fam: "any" (any_word), one
 * string per CIDR block, or an object-group of them; false when there are
 * none or too many. */
static bool addr_words(gen *g, const ivset *s, int fam, const char *any_word, strv *out,
		       bool *any)
{
	enum dialect d = g->d;
	bool grouped = g->groups && fam == 4;
	size_t max = grouped ? FIXIT_MAX_GROUP : FIXIT_MAX_ENTRIES;
	*any = fixit_any_addr(s, fam);
	if (*any) {
		sv_push(out, xstrdup(any_word));
		return true;
	}
	ivset part = fixit_family_part(s, fam);
	if (part.n == 0) {
		free(part.v);
		return false;
	}
	const ivl *p = part.v;
	bool ok = true;
	for (size_t i = 0; i < part.n && ok; i++) {
		u128 base[FIXIT_MAX_GROUP + 1];
		int len[FIXIT_MAX_GROUP + 1];
		size_t nb = fixit_cidrs(p[i].lo, p[i].hi, base, len, FIXIT_MAX_GROUP + 1);
		if (nb + out->n > max) {
			ok = false;
			break;
		}
		for (size_t k = 0; k < nb; k++) {
			char a[64];
			fmt_addr(base[k], a, sizeof a);
			int full = fam == 4 ? 32 : 128;
			if (len[k] == full) {
				sv_push(out, xasprintf("host %s", a));
			} else if (fam == 6) {
				sv_push(out, xasprintf("%s/%d", a, len[k]));
			} else {
				uint32_t mask = len[k] == 0 ? 0 : ~(uint32_t)0 << (32 - len[k]);
				uint32_t m = d == D_ASA || grouped ? mask : ~mask;
				sv_push(out, xasprintf("%s %u.%u.%u.%u", a, m >> 24, (m >> 16) & 255,
						       (m >> 8) & 255, m & 255));
			}
		}
	}
	free(part.v);
	if (ok && grouped && out->n > 1) {
		char *w = addr_group(g, out);
		sv_free(out);
		sv_push(out, w);
	}
	return ok;
}

/* " eq P", " lt P", " gt P", " range A B", or "" for every port (the
 * operators of "permit (IP)": lt and gt exclude P). */
static char *port_words(u128 lo, u128 hi)
{
	if (lo == 0 && hi == 65535)
		return xstrdup("");
	if (lo == hi)
		return xasprintf(" eq %u", (unsigned)lo);
	if (lo == 0)
		return xasprintf(" lt %u", (unsigned)hi + 1);
	if (hi == 65535)
		return xasprintf(" gt %u", (unsigned)lo - 1);
	return xasprintf(" range %u %u", (unsigned)lo, (unsigned)hi);
}

static void port_list(const ivset *s, strv *out)
{
	for (size_t i = 0; i < s->n; i++)
		sv_push(out, port_words(s->v[i].lo, s->v[i].hi));
}

/* ICMP and ICMPv6 types and codes (dport = type * 256 + code): " T" for a
 * whole type, " T C" for one code, "" for every one; false past the bound. */
static bool icmp_list(const ivset *s, strv *out)
{
	if (fixit_any_port(s)) {
		sv_push(out, xstrdup(""));
		return true;
	}
	for (size_t i = 0; i < s->n; i++) {
		unsigned lo = (unsigned)s->v[i].lo, hi = (unsigned)s->v[i].hi;
		for (unsigned t = lo >> 8; t <= hi >> 8 && t < 256; t++) {
			unsigned clo = lo > t * 256 ? lo - t * 256 : 0;
			unsigned chi = hi < t * 256 + 255 ? hi - t * 256 : 255;
			if (clo == 0 && chi == 255) {
				if (out->n >= FIXIT_MAX_ENTRIES)
					return false;
				sv_push(out, xasprintf(" %u", t));
				continue;
			}
			for (unsigned c = clo; c <= chi; c++) {
				if (out->n >= FIXIT_MAX_ENTRIES)
					return false;
				sv_push(out, xasprintf(" %u %u", t, c));
			}
		}
	}
	return true;
}

static const char *proto_word(unsigned p, enum dialect d, char *buf, size_t n)
{
	if (p == 6)
		return "tcp";
	if (p == 17)
		return "udp";
	if (p == 1 && d != D_IOS6)
		return "icmp";
	if (p == 58 && d == D_IOS6)
		return "icmp";
	if (p == 58 && d == D_ASA)
		return "icmp6";
	snprintf(buf, n, "%u", p);
	return buf;
}

static bool gen_fail(gen *g, const char *why)
{
	g->why = why;
	return false;
}

static const char *const too_many =
	"the fix would take more than 16 access-list entries: write it by hand (an object-group)";

/* The entries of term t for family fam. */
static bool gen_family(gen *g, const pset_term *t, int fam)
{
	strv src = { 0 }, dst = { 0 };
	bool sany, dany;
	bool ok = true;
	/* ASA: "any" is both families (any4, any6 one); with the other
	 * address written, it takes that one's family */
	const char *anyw = "any";
	if (!addr_words(g, &t->src, fam, anyw, &src, &sany) ||
	    !addr_words(g, &t->dst, fam, anyw, &dst, &dany)) {
		ivset ps = fixit_family_part(&t->src, fam), pd = fixit_family_part(&t->dst, fam);
		bool empty = ps.n == 0 || pd.n == 0;
		free(ps.v);
		free(pd.v);
		sv_free(&src);
		sv_free(&dst);
		return empty ? true : gen_fail(g, too_many);
	}
	if (g->d == D_ASA && sany && dany && fam != 0) {
		free(src.v[0]);
		src.v[0] = xstrdup(fam == 4 ? "any4" : "any6");
		free(dst.v[0]);
		dst.v[0] = xstrdup(fam == 4 ? "any4" : "any6");
	}
	if (g->standard) {
		if (!dany || !fixit_any_proto(&t->proto) || !fixit_any_port(&t->sport) ||
		    !fixit_any_port(&t->dport)) {
			sv_free(&src);
			sv_free(&dst);
			return gen_fail(g, "a standard access-list matches source addresses only: "
					   "these packets need an extended one");
		}
		for (size_t i = 0; i < src.n; i++) {
			if (g->out.n >= FIXIT_MAX_ENTRIES) {
				ok = gen_fail(g, too_many);
				break;
			}
			sv_push(&g->out, xasprintf("%s %s", g->verb, src.v[i]));
		}
		sv_free(&src);
		sv_free(&dst);
		return ok;
	}
	bool allports = fixit_any_port(&t->sport) && fixit_any_port(&t->dport);
	if (fixit_any_proto(&t->proto) && allports) {
		const char *ip = g->d == D_IOS6 ? "ipv6" : "ip";
		for (size_t i = 0; i < src.n && ok; i++)
			for (size_t k = 0; k < dst.n && ok; k++) {
				if (g->out.n >= FIXIT_MAX_ENTRIES)
					ok = gen_fail(g, too_many);
				else
					sv_push(&g->out, xasprintf("%s %s %s %s", g->verb, ip, src.v[i],
								   dst.v[k]));
			}
		sv_free(&src);
		sv_free(&dst);
		return ok;
	}
	for (size_t pi = 0; pi < t->proto.n && ok; pi++) {
		unsigned plo = (unsigned)t->proto.v[pi].lo, phi = (unsigned)t->proto.v[pi].hi;
		if (phi - plo >= FIXIT_MAX_ENTRIES) {
			ok = gen_fail(g, too_many);
			break;
		}
		for (unsigned p = plo; p <= phi && ok; p++) {
			bool icmp = (p == 1 && fam != 6) || (p == 58 && fam != 4);
			if ((p == 1 && fam == 6) || (p == 58 && fam == 4))
				continue; /* no such packets */
			strv sp = { 0 }, dp = { 0 };
			if (p == 6 || p == 17) {
				port_list(&t->sport, &sp);
				port_list(&t->dport, &dp);
			} else if (icmp) {
				sv_push(&sp, xstrdup(""));
				if (!icmp_list(&t->dport, &dp))
					ok = gen_fail(g, too_many);
			} else if (allports) {
				sv_push(&sp, xstrdup(""));
				sv_push(&dp, xstrdup(""));
			} else {
				ok = gen_fail(g, "ports of a protocol that a Cisco access-list matches no ports of");
			}
			char pb[8];
			const char *pw = proto_word(p, g->d, pb, sizeof pb);
			bool est = g->established && p == 6;
			for (size_t a = 0; a < src.n && ok; a++)
				for (size_t b = 0; b < sp.n && ok; b++)
					for (size_t c = 0; c < dst.n && ok; c++)
						for (size_t e = 0; e < dp.n && ok; e++) {
							if (g->out.n >= FIXIT_MAX_ENTRIES) {
								ok = gen_fail(g, too_many);
								break;
							}
							sv_push(&g->out,
								xasprintf("%s %s %s%s %s%s%s", g->verb, pw,
									  src.v[a], sp.v[b], dst.v[c],
									  dp.v[e], est ? " established" : ""));
						}
			sv_free(&sp);
			sv_free(&dp);
		}
	}
	sv_free(&src);
	sv_free(&dst);
	return ok;
}

/* Every entry of rq, for the families in fams (bit 4: IPv4, bit 6: IPv6). */
static bool gen_all(gen *g, const fixit_req *rq, unsigned fams)
{
	for (size_t i = 0; i < rq->terms->n; i++) {
		const pset_term *t = &rq->terms->v[i];
		/* ASA: "any" is every address of both families (ASA Command
		 * Reference, "access-list extended": any, any4, any6), so
		 * every source to every destination is one entry */
		if (g->d == D_ASA && fixit_any_addr(&t->src, 0) && fixit_any_addr(&t->dst, 0)) {
			if (!gen_family(g, t, 0))
				return false;
			continue;
		}
		for (int fam = 4; fam <= 6; fam += 2)
			if ((fams & (1u << fam)) && !gen_family(g, t, fam))
				return false;
	}
	if (g->out.n == 0)
		return gen_fail(g, "none of these packets goes through this access-list");
	return true;
}

/* ------------------------------------------------------------ the ACL */

static bool is_synthetic(const ir_rule *r)
{
	return r->target && (strcmp(r->target, CISCO_IMPLICIT_DENY) == 0 ||
			     strcmp(r->target, CISCO_IMPLICIT_PERMIT) == 0);
}

static const ir_chain *filter_chain(const fixit_req *rq, const char *name)
{
	const ir_table *t = ir_table_find(rq->f->rs, "filter");
	return t ? ir_chain_find(t, name) : NULL;
}

/* The lines of the entries of chain c (one per entry: an entry with
 * several services is several rules of one line, next to each other), in
 * chain order.  Linear: an ACL of 20,000 entries meets thousands of
 * fix-its. */
static size_t entry_lines(const ir_chain *c, size_t *lines)
{
	size_t n = 0;
	for (size_t i = 0; i < c->n; i++) {
		const ir_rule *r = c->rule[i];
		if (is_synthetic(r) || r->loc.line <= 0)
			continue;
		if (n == 0 || lines[n - 1] != (size_t)r->loc.line)
			lines[n++] = (size_t)r->loc.line;
	}
	return n;
}

static bool all_digits(const char *s)
{
	return *s && strspn(s, "0123456789") == strlen(s);
}

static void add_fixit(fixit_list *out, const fixit_req *rq, const srcfile *s, size_t line,
		      const strv *lines, const strv *cmds)
{
	strbuf t = { 0 }, c = { 0 };
	for (size_t i = 0; i < lines->n; i++)
		strbuf_printf(&t, "%s%s", lines->v[i], s->crlf ? "\r\n" : "\n");
	for (size_t i = 0; cmds && i < cmds->n; i++)
		strbuf_printf(&c, "%s%s", i ? "\n" : "", cmds->v[i]);
	fixit_add(out, rq->f->path, line > s->nlines ? 0 : (int)line, t.s, c.s);
	free(t.s);
	free(c.s);
}

/* Whether the file defines an object-group network (then a fix-it may
 * too). */
static bool uses_groups(const srcfile *s)
{
	char a[32], b[32];
	for (size_t i = 1; i <= s->nlines; i++)
		if (src_word(s, i, 0, a, sizeof a) && strcasecmp(a, "object-group") == 0 &&
		    src_word(s, i, 1, b, sizeof b) && strcasecmp(b, "network") == 0)
			return true;
	return false;
}

/* The object-groups the entries use, before line (the access list's
 * first): a fix-it of their own, first. */
static void add_defs(fixit_list *out, const fixit_req *rq, const srcfile *s, size_t line,
		     const gen *g)
{
	if (g->defs.n)
		add_fixit(out, rq, s, line, &g->defs, &g->defs);
}

/* The sequence number IOS gives the entry of line n of a named list:
 * its own ("10 permit ...", IPv6 "... sequence 10"), or 0. */
static long written_seq(const srcfile *s, size_t n, bool v6)
{
	char w[32];
	if (!v6)
		return src_word(s, n, 0, w, sizeof w) && all_digits(w) && strlen(w) <= 10
			       ? strtol(w, NULL, 10) : 0;
	for (int i = 1; src_word(s, n, i, w, sizeof w); i++)
		if (strcasecmp(w, "sequence") == 0 && src_word(s, n, i + 1, w, sizeof w) &&
		    all_digits(w) && strlen(w) <= 10)
			return strtol(w, NULL, 10);
	return 0;
}

typedef struct seqent {
	size_t line;
	long seq;
} seqent;

static int by_line(const void *a, const void *b)
{
	size_t x = ((const seqent *)a)->line, y = ((const seqent *)b)->line;
	return x < y ? -1 : x > y;
}

static int ios_acl(const fixit_req *rq, const srcfile *s, const ir_chain *acl, const ir_rule *at,
		   fixit_list *out, const char **why)
{
	const char *name = acl->name;
	bool numbered = all_digits(name);
	long num = numbered && strlen(name) <= 5 ? strtol(name, NULL, 10) : -1;
	char w0[32] = "", w1[32] = "", w2[32] = "";
	size_t hdr = acl->loc.line > 0 ? (size_t)acl->loc.line : 0;
	src_word(s, hdr, 0, w0, sizeof w0);
	src_word(s, hdr, 1, w1, sizeof w1);
	src_word(s, hdr, 2, w2, sizeof w2);
	bool v6 = strcasecmp(w0, "ipv6") == 0;
	bool standard;
	if (strcasecmp(w0, "access-list") == 0 && numbered)
		standard = (num >= 1 && num <= 99) || (num >= 1300 && num <= 1999);
	else
		standard = strcasecmp(w2, "standard") == 0;
	const char *mode = v6 ? "ipv6 access-list" : standard ? "ip access-list standard"
							      : "ip access-list extended";
	/* the entries, their numbers as the box gives them */
	size_t *lines = xcalloc(acl->n + 1, sizeof *lines);
	size_t n = entry_lines(acl, lines);
	seqent *e = xcalloc(n + 1, sizeof *e);
	for (size_t i = 0; i < n; i++)
		e[i].line = lines[i];
	free(lines);
	/* Entries are in line order but where sequence numbers moved them:
	 * sort only then (a 20,000-entry list meets thousands of fix-its). */
	bool sorted = true;
	for (size_t i = 1; i < n && sorted; i++)
		sorted = e[i - 1].line <= e[i].line;
	if (!sorted)
		qsort(e, n, sizeof *e, by_line);
	long maxseq = 0;
	bool explicit = false;
	for (size_t i = 0; i < n; i++) {
		long w = numbered && !v6 && strcasecmp(w0, "access-list") == 0 ? 0
										: written_seq(s, e[i].line, v6);
		explicit |= w > 0;
		e[i].seq = w > 0 ? w : maxseq + 10;
		if (e[i].seq > maxseq)
			maxseq = e[i].seq;
	}
	/* where: before at, or after the last entry */
	bool end = !at || is_synthetic(at);
	long prev = 0, atseq = 0;
	size_t pos = 0; /* at's place among the entries, in number order */
	size_t lastline = hdr;
	for (size_t i = 0; i < n; i++) {
		if (e[i].line > lastline)
			lastline = e[i].line;
		if (!end && e[i].line == (size_t)at->loc.line)
			atseq = e[i].seq;
	}
	if (!end && atseq == 0) {
		free(e);
		*why = "the deciding entry is not where the file was read: it changed since";
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		if (!end && e[i].seq < atseq) {
			pos++;
			if (e[i].seq > prev)
				prev = e[i].seq;
		}
	}
	free(e);

	gen g = { .d = v6 ? D_IOS6 : D_IOS, .verb = rq->action == IR_DROP ? "deny" : "permit",
		  .standard = standard, .groups = !standard && uses_groups(s) };
	g.established = (rq->state & CT_ESTABLISHED) && !(rq->state & CT_NEW);
	if (!gen_all(&g, rq, v6 ? 1u << 6 : 1u << 4)) {
		*why = g.why;
		sv_free(&g.out);
		sv_free(&g.defs);
		return -1;
	}
	size_t k = g.out.n;
	/* the numbers of the new entries */
	long first, step;
	bool reseq = false;
	long rstep = 10;
	if (end) {
		first = maxseq + 10;
		step = 10;
		if (maxseq + 10 * (long)k > SEQ_MAX) {
			sv_free(&g.out);
			sv_free(&g.defs);
			*why = "no sequence number is left after the last entry: renumber the access-list first (ip access-list resequence)";
			return -1;
		}
	} else if (atseq - prev - 1 >= (long)k) {
		step = (atseq - prev) / ((long)k + 1);
		first = prev + step;
	} else if (!explicit) {
		/* "ip access-list resequence NAME START STEP" numbers them
		 * START, START + STEP, ... */
		reseq = true;
		rstep = k < 10 ? 10 : 100;
		prev = (long)pos * rstep;
		step = rstep / ((long)k + 1);
		first = prev + step;
	} else {
		sv_free(&g.out);
		sv_free(&g.defs);
		*why = "no free sequence number before the deciding entry: renumber the access-list first (ip access-list resequence NAME 10 10)";
		return -1;
	}
	strv text = { 0 }, cmd = { 0 };
	size_t where = end ? lastline + 1 : (size_t)at->loc.line;
	char *indent = src_indent(s, end ? (n ? lastline : hdr + 1) : (size_t)at->loc.line);
	bool file_numbered = numbered && strcasecmp(w0, "access-list") == 0;
	if (reseq)
		sv_push(&cmd, xasprintf("ip access-list resequence %s %ld %ld", name, rstep, rstep));
	if (!(file_numbered && end))
		sv_push(&cmd, xasprintf("%s %s", mode, name));
	for (size_t i = 0; i < k; i++) {
		long seq = first + (long)i * step;
		const char *en = g.out.v[i];
		if (file_numbered)
			sv_push(&text, xasprintf("%saccess-list %s %s", indent, name, en));
		else if (!explicit || end)
			sv_push(&text, xasprintf("%s%s", indent, en));
		else if (v6)
			sv_push(&text, xasprintf("%s%s sequence %ld", indent, en, seq));
		else
			sv_push(&text, xasprintf("%s%ld %s", indent, seq, en));
		if (file_numbered && end)
			sv_push(&cmd, xasprintf("access-list %s %s", name, en));
		else if (end)
			sv_push(&cmd, xasprintf(" %s", en));
		else if (v6)
			sv_push(&cmd, xasprintf(" %s sequence %ld", en, seq));
		else
			sv_push(&cmd, xasprintf(" %ld %s", seq, en));
	}
	add_defs(out, rq, s, hdr, &g);
	add_fixit(out, rq, s, where, &text, &cmd);
	free(indent);
	sv_free(&text);
	sv_free(&cmd);
	sv_free(&g.out);
	sv_free(&g.defs);
	return 0;
}

/* The lines of ASA access list name in the file, in the list's order;
 * *uses_line when one of them is written with "line N". */
static size_t asa_acl_lines(const srcfile *s, const char *name, size_t *lines, bool *uses_line)
{
	size_t n = 0;
	char w[256];
	*uses_line = false;
	for (size_t i = 1; i <= s->nlines; i++) {
		if (!src_word(s, i, 0, w, sizeof w))
			continue;
		if (strcasecmp(w, "clear") == 0 || strcasecmp(w, "no") == 0) {
			/* "clear configure access-list NAME", "no access-list NAME": a new list */
			int k = strcasecmp(w, "clear") == 0 ? 2 : 1;
			if (src_word(s, i, k, w, sizeof w) && strcasecmp(w, "access-list") == 0 &&
			    src_word(s, i, k + 1, w, sizeof w) && strcmp(w, name) == 0)
				n = 0;
			continue;
		}
		if (strcasecmp(w, "access-list") != 0 || !src_word(s, i, 1, w, sizeof w) ||
		    strcmp(w, name) != 0)
			continue;
		if (src_word(s, i, 2, w, sizeof w) && strcasecmp(w, "line") == 0)
			*uses_line = true;
		if (lines)
			lines[n] = i;
		n++;
	}
	return n;
}

static int asa_acl(const fixit_req *rq, const srcfile *s, const ir_chain *acl, const ir_rule *at,
		   fixit_list *out, const char **why)
{
	const char *name = acl->name;
	bool uses_line;
	size_t n = asa_acl_lines(s, name, NULL, &uses_line);
	size_t *lines = xcalloc(n + 1, sizeof *lines);
	asa_acl_lines(s, name, lines, &uses_line);
	bool end = !at || is_synthetic(at);
	size_t pos = 0;
	bool found = end;
	for (size_t i = 0; i < n && !end; i++)
		if (lines[i] == (size_t)at->loc.line) {
			pos = i + 1;
			found = true;
		}
	size_t last = n ? lines[n - 1] : (size_t)acl->loc.line;
	size_t first = n ? lines[0] : (size_t)acl->loc.line;
	free(lines);
	if (!found) {
		*why = "the deciding entry is not where the file was read: it changed since";
		return -1;
	}
	if (uses_line) {
		*why = "the access-list is written with line numbers (access-list NAME line N): its order in the file is not the list's, place the entries by hand";
		return -1;
	}
	gen g = { .d = D_ASA, .verb = rq->action == IR_DROP ? "deny" : "permit",
		  .groups = uses_groups(s) };
	if (!gen_all(&g, rq, 1u << 4 | 1u << 6)) {
		*why = g.why;
		sv_free(&g.out);
		sv_free(&g.defs);
		return -1;
	}
	strv text = { 0 }, cmd = { 0 };
	char *indent = src_indent(s, end ? last : (size_t)at->loc.line);
	for (size_t i = 0; i < g.out.n; i++) {
		sv_push(&text, xasprintf("%saccess-list %s extended %s", indent, name, g.out.v[i]));
		if (end)
			sv_push(&cmd, xasprintf("access-list %s extended %s", name, g.out.v[i]));
		else
			sv_push(&cmd, xasprintf("access-list %s line %zu extended %s", name, pos + i,
						g.out.v[i]));
	}
	add_defs(out, rq, s, first, &g);
	add_fixit(out, rq, s, end ? last + 1 : (size_t)at->loc.line, &text, &cmd);
	free(indent);
	sv_free(&text);
	sv_free(&cmd);
	sv_free(&g.out);
	sv_free(&g.defs);
	return 0;
}

/* ------------------------------------------------------------ no ACL */

/* A name for a new access list: base, or base_2, base_3, ... when taken. */
static char *new_acl_name(const fixit_req *rq, const char *base)
{
	char *name = xstrdup(base);
	for (int i = 2; filter_chain(rq, name) && i < 1000; i++) {
		free(name);
		name = xasprintf("%s_%d", base, i);
	}
	return name;
}

/* The first line whose first word is w (and second w2, when not NULL), or 0. */
static size_t first_line(const srcfile *s, const char *w, const char *w2)
{
	char a[64], b[64];
	for (size_t i = 1; i <= s->nlines; i++)
		if (src_word(s, i, 0, a, sizeof a) && strcasecmp(a, w) == 0 &&
		    (!w2 || (src_word(s, i, 1, b, sizeof b) && strcasecmp(b, w2) == 0)))
			return i;
	return 0;
}

/* Where a new block of global commands goes: before the first line
 * starting with w (w2), else before "end" (": end" on an ASA), else at
 * the end of the file. */
static size_t block_place(const srcfile *s, const char *w, const char *w2)
{
	size_t l = first_line(s, w, w2);
	if (!l)
		l = first_line(s, "end", NULL);
	if (!l)
		l = first_line(s, ":", "end");
	return l ? l : s->nlines + 1;
}

static const char *if_of(const ir_rule *r, enum ir_field f)
{
	for (size_t i = 0; r && i < r->ncond; i++)
		if (r->cond[i].field == f && !r->cond[i].neg && r->cond[i].ifname)
			return r->cond[i].ifname;
	return NULL;
}

static bool starts(const char *s, const char *p)
{
	return s && strncmp(s, p, strlen(p)) == 0;
}

/* ASA: an interface whose inbound traffic its security level filters. */
static int asa_levels(const fixit_req *rq, const srcfile *s, const ir_rule *at, fixit_list *out,
		      const char **why)
{
	if (at && strstr(at->text, "same-security-traffic")) {
		*why = "traffic between interfaces of one security level (or in and out of one) is denied whatever the access-lists say: same-security-traffic permit would open all of it";
		return -1;
	}
	const char *nif = rq->iif ? rq->iif : if_of(at, IR_IIF);
	if (!nif) {
		*why = "no interface to bind an access-list to";
		return -1;
	}
	/* the security-level rules of nif (cisco_bind.c): "IIF X, OIF not
	 * Y... -> DROP", and "IIF X -> ACCEPT" when it may send somewhere */
	const ir_chain *in = filter_chain(rq, "in");
	const ir_rule *drop = NULL, *pass = NULL;
	for (size_t i = 0; in && i < in->n; i++) {
		const ir_rule *r = in->rule[i];
		const char *x = if_of(r, IR_IIF);
		if (!x || strcmp(x, nif) != 0 || !starts(r->text, "security-level"))
			continue;
		if (r->action == IR_DROP && !strstr(r->text, "same-security"))
			drop = r;
		else if (r->action == IR_ACCEPT)
			pass = r;
	}
	if (!drop) {
		*why = "the interface's security level does not decide here";
		return -1;
	}
	size_t nnif = 0, nsend = 0;
	char w[256];
	for (size_t i = 1; i <= s->nlines; i++)
		if (src_word(s, i, 0, w, sizeof w) && strcasecmp(w, "nameif") == 0 &&
		    src_word(s, i, 1, w, sizeof w) && strcmp(w, nif) != 0)
			nnif++;
	for (size_t i = 0; i < drop->ncond; i++)
		if (drop->cond[i].field == IR_OIF && drop->cond[i].neg && drop->cond[i].ifname &&
		    strcmp(drop->cond[i].ifname, nif) != 0)
			nsend++;
	bool allow = rq->action == IR_ACCEPT;
	if (allow && pass) {
		*why = "an access-group on this interface would replace its security level, which lets traffic to lower levels through, and an access-list cannot say which interface a packet leaves by: write its access-list by hand";
		return -1;
	}
	if (!allow && (!pass || nsend < nnif)) {
		*why = "an access-group on this interface would replace its security level, which keeps traffic to higher levels out, and an access-list cannot say which interface a packet leaves by: write its access-list by hand";
		return -1;
	}
	gen g = { .d = D_ASA, .verb = allow ? "permit" : "deny" };
	if (!gen_all(&g, rq, 1u << 4 | 1u << 6)) {
		*why = g.why;
		sv_free(&g.out);
		sv_free(&g.defs);
		return -1;
	}
	char *base = xasprintf("%s_access_in", nif);
	char *name = new_acl_name(rq, base);
	free(base);
	strv lines = { 0 };
	for (size_t i = 0; i < g.out.n; i++)
		sv_push(&lines, xasprintf("access-list %s extended %s", name, g.out.v[i]));
	if (!allow) /* what the level let through, but the excess */
		sv_push(&lines, xasprintf("access-list %s extended permit ip any any", name));
	sv_push(&lines, xasprintf("access-group %s in interface %s", name, nif));
	add_fixit(out, rq, s, block_place(s, "access-group", NULL), &lines, &lines);
	free(name);
	sv_free(&lines);
	sv_free(&g.out);
	sv_free(&g.defs);
	return 0;
}

/* IOS: an interface and direction that no access list filters. */
static int ios_unfiltered(const fixit_req *rq, const srcfile *s, bool outward, fixit_list *out,
			  const char **why)
{
	if (rq->action != IR_DROP) {
		*why = "no access-list filters these packets here: they pass";
		return -1;
	}
	const char *ifn = outward ? rq->oif : rq->iif;
	size_t ifline = ifn ? 0 : 1;
	char w[256];
	for (size_t i = 1; ifn && i <= s->nlines && !ifline; i++)
		if (src_word(s, i, 0, w, sizeof w) && strcasecmp(w, "interface") == 0 &&
		    src_word(s, i, 1, w, sizeof w) && strcmp(w, ifn) == 0)
			ifline = i;
	if (!ifn || !ifline) {
		*why = "the interface these packets cross is not in the file: bind an access-list to it by hand";
		return -1;
	}
	gen g = { .d = D_IOS, .verb = "deny" };
	if (!gen_all(&g, rq, 1u << 4)) {
		*why = g.why;
		sv_free(&g.out);
		sv_free(&g.defs);
		return -1;
	}
	char *base = xasprintf("FWLINT_%s_%s", ifn, outward ? "OUT" : "IN");
	for (char *p = base; *p; p++)
		if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')))
			*p = '_';
	char *name = new_acl_name(rq, base);
	free(base);
	strv acl = { 0 }, bind = { 0 }, cmd = { 0 };
	sv_push(&acl, xasprintf("ip access-list extended %s", name));
	sv_push(&cmd, xasprintf("ip access-list extended %s", name));
	for (size_t i = 0; i < g.out.n; i++) {
		sv_push(&acl, xasprintf(" %s", g.out.v[i]));
		sv_push(&cmd, xasprintf(" %s", g.out.v[i]));
	}
	/* what passed before, but the excess */
	sv_push(&acl, xstrdup(" permit ip any any"));
	sv_push(&cmd, xstrdup(" permit ip any any"));
	sv_push(&bind, xasprintf(" ip access-group %s %s", name, outward ? "out" : "in"));
	sv_push(&cmd, xasprintf("interface %s", ifn));
	sv_push(&cmd, xasprintf(" ip access-group %s %s", name, outward ? "out" : "in"));
	add_fixit(out, rq, s, block_place(s, "ip", "access-list"), &acl, &cmd);
	add_fixit(out, rq, s, ifline + 1, &bind, NULL);
	free(name);
	sv_free(&acl);
	sv_free(&bind);
	sv_free(&cmd);
	sv_free(&g.out);
	sv_free(&g.defs);
	return 0;
}

/* ------------------------------------------------------------ writers */

static int cisco_fixit(const fixit_req *rq, fixit_list *out, const char **why, bool asa)
{
	if (!rq->f || !rq->f->rs || !rq->chain || !rq->terms) {
		*why = "no access-list decides here";
		return -1;
	}
	if (asa && (rq->state & CT_ESTABLISHED) && !(rq->state & CT_NEW)) {
		*why = "the ASA passes the replies of the connections it lets through by their state, whatever the access-lists say: open the connection instead";
		return -1;
	}
	srcfile s;
	if (!src_read(rq->f, rq->f->path, &s)) {
		*why = "the file cannot be read again to place the fix";
		return -1;
	}
	const ir_chain *c = rq->chain;
	const ir_rule *at = rq->at;
	int rc;
	const char *cn = c->name;
	size_t cl = strlen(cn);
	static const char inb[] = " (inbound)";
	if (c->builtin && (strcmp(cn, "in") == 0 || strcmp(cn, "out") == 0)) {
		if (at && at->action != IR_DROP && at->action != IR_REJECT && rq->action == IR_ACCEPT) {
			*why = "no access-list decides here";
			rc = -1;
		} else if (asa) {
			rc = asa_levels(rq, &s, at, out, why);
		} else {
			rc = ios_unfiltered(rq, &s, strcmp(cn, "out") == 0, out, why);
		}
	} else if (asa && cl > sizeof inb - 1 && strcmp(cn + cl - (sizeof inb - 1), inb) == 0) {
		/* the inbound use of an ACL when a global one follows: its
		 * entries are copies, at their lines (cisco_bind.c) */
		char *name = xstrndup(cn, cl - (sizeof inb - 1));
		const ir_chain *acl = filter_chain(rq, name);
		free(name);
		if (!acl || (at && at->action == IR_GOTO)) {
			*why = "no access-list entry decides here";
			rc = -1;
		} else {
			rc = asa_acl(rq, &s, acl, at, out, why);
		}
	} else {
		rc = asa ? asa_acl(rq, &s, c, at, out, why) : ios_acl(rq, &s, c, at, out, why);
	}
	src_free(&s);
	return rc;
}

int ios_fixit(const fixit_req *rq, fixit_list *out, const char **why)
{
	if (rq->dnat) {
		*why = "fwlint writes no fix-its for Cisco NAT";
		return -1;
	}
	return cisco_fixit(rq, out, why, false);
}

int asa_fixit(const fixit_req *rq, fixit_list *out, const char **why)
{
	if (rq->dnat) {
		*why = "fwlint writes no fix-its for Cisco NAT";
		return -1;
	}
	return cisco_fixit(rq, out, why, true);
}
