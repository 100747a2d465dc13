/* pf_fixit.c - fix-its in pf.conf syntax (fixit.h, fwlint(1) FIX-ITS).
 *
 * pf.conf(5): "the filter rules are evaluated in sequential order, from
 * first to last ... the last matching rule decides what action is taken",
 * unless a rule with "quick" matches first: it ends the evaluation.  So
 * where the rule that decides today (fixit_req.at) is quick (or terminal:
 * inside a quick anchor), the new rules are quick and go just before it;
 * where it is the last match, plain rules go just after it, where they are
 * the last match in its place (that rule decides every packet of the
 * request, so no later rule matches one, and no quick rule does).  Both
 * places are next to that rule, after the last line of a rule continued
 * with backslashes, so the
 * new rules stay in its anchor (its "{ }" block, or the file that "load
 * anchor" reads) and keep the order pfctl requires of a ruleset.  When no
 * rule decides (pf's default pass), they go after the last line of the
 * main file.
 *
 * An opening is "pass" with pf's defaults: "keep state" and, for TCP,
 * "flags S/SA" (pf.conf(5): a stateful TCP rule matches the initial SYN
 * only, "flags S/SA" being implicit; not for a "no state" rule), so that
 * its replies pass on the state.  Replies (state ESTABLISHED: the opening
 * was passed with "no state", and pf keeps no state for it) are
 * "pass ... no state", for TCP with "flags A/A": every segment after the
 * client's SYN carries ACK (RFC 793), a packet without it cannot open a
 * connection, and a RST+ACK (the server refusing or aborting) still passes.
 * The excess of an over-permissive rule is cut with "block" rules.
 *
 * The rules are few: one per term of the packets (pset_terms_of), widened
 * as far as the union of the terms reaches and without what other terms
 * hold (rework()), cut where pf must (TCP and UDP ports, ICMP types, the
 * other protocols; one address family where the term is of one), and
 * joined again where only their protocols differ ("proto { tcp udp }").
 * Several addresses or ports are a "{ }" list; every address of a family
 * but one block is "! block".  Past PF_FIXIT_MAX_RULES rules, lists of more
 * than PF_FIXIT_MAX_ITEMS items, and for what pf cannot name (a range of
 * protocols, protocol 0, ports of protocols other than TCP and UDP), the
 * writer says why instead.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fileio.h"
#include "fixit.h"
#include "frontend.h"
#include "pf.h"
#include "strbuf.h"
#include "xalloc.h"

/* The most pf rules one fix-it writes, and the most items of one "{ }"
 * list (a longer one is a table's job: pf.conf(5), TABLES). */
#define PF_FIXIT_MAX_RULES 16
#define PF_FIXIT_MAX_ITEMS 64


/* ------------------------------------------------------------ values */

/* The part of an address set in one family (4, 6; 0: all of it). */
static ivset family_part(const ivset *s, int family)
{
	ivset r = { xcalloc(2 * s->n + 1, sizeof(ivl)), 0 };
	for (size_t i = 0; i < s->n; i++) {
		ivl v = s->v[i];
		if (family == 4) {
			if (v.hi < PSET_V4_LO || v.lo > PSET_V4_HI)
				continue;
			v.lo = v.lo > PSET_V4_LO ? v.lo : PSET_V4_LO;
			v.hi = v.hi < PSET_V4_HI ? v.hi : PSET_V4_HI;
			r.v[r.n++] = v;
		} else if (family == 6) {
			/* the interval minus the IPv4-mapped block: up to two */
			if (v.lo < PSET_V4_LO)
				r.v[r.n++] = (ivl){ v.lo, v.hi < PSET_V4_LO ? v.hi : PSET_V4_LO - 1 };
			if (v.hi > PSET_V4_HI)
				r.v[r.n++] = (ivl){ v.lo > PSET_V4_HI ? v.lo : PSET_V4_HI + 1, v.hi };
		} else {
			r.v[r.n++] = v;
		}
	}
	return r;
}

static size_t count_words(const char *s)
{
	size_t n = 0;
	for (const char *p = s; *p;) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		n++;
		while (*p && *p != ' ')
			p++;
	}
	return n;
}

/* The one CIDR block that s lacks of the addresses of family (4, 6; 0:
 * all), as text, or NULL when it lacks none or more. */
static char *one_block_missing(const ivset *s, int family)
{
	ivl all[2];
	size_t nall = 0;
	if (family == 4)
		all[nall++] = (ivl){ PSET_V4_LO, PSET_V4_HI };
	else if (family == 6) {
		all[nall++] = (ivl){ 0, PSET_V4_LO - 1 };
		all[nall++] = (ivl){ PSET_V4_HI + 1, U128_MAX };
	} else
		all[nall++] = (ivl){ 0, U128_MAX };
	/* the gaps of s within all: s is sorted and disjoint */
	ivl gap = { 0, 0 };
	size_t ngap = 0;
	for (size_t a = 0; a < nall && ngap < 2; a++) {
		u128 next = all[a].lo;
		bool open = true; /* next is within all[a] */
		for (size_t i = 0; i < s->n && open && ngap < 2; i++) {
			if (s->v[i].hi < next || s->v[i].lo > all[a].hi)
				continue;
			if (s->v[i].lo > next) {
				gap = (ivl){ next, s->v[i].lo - 1 };
				ngap++;
			}
			if (s->v[i].hi >= all[a].hi)
				open = false;
			else
				next = s->v[i].hi + 1;
		}
		if (open && ngap < 2) {
			gap = (ivl){ next, all[a].hi };
			ngap++;
		}
	}
	if (ngap != 1 || fixit_cidrs(gap.lo, gap.hi, NULL, NULL, 0) != 1)
		return NULL;
	ivset g = { &gap, 1 };
	return fixit_cidr_list(&g, " ", true);
}

/* "any", "10.1.0.11", "{ 10.1.0.0/17 10.1.128.0/18 }", or "! 192.0.2.0/24"
 * for every address of the family but one block (pf.conf(5): "!" negates
 * an address; not within a list, whose items are alternatives, so that
 * "{ !a !b }" is every address); NULL when the list is too long. */
static char *addr_text(const ivset *s, int family)
{
	if (fixit_any_addr(s, family))
		return xstrdup("any");
	char *l = fixit_cidr_list(s, " ", true);
	size_t n = count_words(l);
	if (n == 1)
		return l;
	char *miss = one_block_missing(s, family);
	if (miss) {
		free(l);
		char *r = xasprintf("! %s", miss);
		free(miss);
		return r;
	}
	char *r = n > PF_FIXIT_MAX_ITEMS ? NULL : xasprintf("{ %s }", l);
	free(l);
	return r;
}

/* "" for every port, else " port 135", " port 1024:65535",
 * " port { 135 4000:4002 }" (pf.conf(5): "a:b" is the range from a to b,
 * both included); NULL when the list is too long. */
static char *port_text(const ivset *s)
{
	if (fixit_any_port(s))
		return xstrdup("");
	if (s->n > PF_FIXIT_MAX_ITEMS)
		return NULL;
	strbuf b = { 0 };
	strbuf_printf(&b, " port %s", s->n > 1 ? "{ " : "");
	for (size_t i = 0; i < s->n; i++) {
		unsigned lo = (unsigned)s->v[i].lo, hi = (unsigned)s->v[i].hi;
		if (lo == hi)
			strbuf_printf(&b, "%s%u", i ? " " : "", lo);
		else
			strbuf_printf(&b, "%s%u:%u", i ? " " : "", lo, hi);
	}
	strbuf_printf(&b, "%s", s->n > 1 ? " }" : "");
	return b.s;
}

/* ICMP types and codes (pset.h: type * 256 + code in the destination
 * port): "" for all, " icmp-type 8", " icmp-type { 3 code 4, 8 }" (the
 * name is icmp6-type for ICMPv6); NULL when the list is too long. */
static char *icmp_text(const ivset *s, bool v6)
{
	if (fixit_any_port(s))
		return xstrdup("");
	strbuf b = { 0 };
	size_t n = 0;
	for (size_t i = 0; i < s->n; i++) {
		unsigned lo = (unsigned)s->v[i].lo, hi = (unsigned)s->v[i].hi;
		for (unsigned t = lo / 256; t <= hi / 256 && n <= PF_FIXIT_MAX_ITEMS; t++) {
			unsigned a = lo > t * 256 ? lo : t * 256;
			unsigned z = hi < t * 256 + 255 ? hi : t * 256 + 255;
			if (a == t * 256 && z == t * 256 + 255) {
				strbuf_printf(&b, "%s%u", n++ ? ", " : "", t);
				continue;
			}
			for (unsigned c = a; c <= z && n <= PF_FIXIT_MAX_ITEMS; c++)
				strbuf_printf(&b, "%s%u code %u", n++ ? ", " : "", t, c - t * 256);
		}
	}
	if (n > PF_FIXIT_MAX_ITEMS) {
		free(b.s);
		return NULL;
	}
	char *r = xasprintf(" %s %s%s%s", v6 ? "icmp6-type" : "icmp-type", n > 1 ? "{ " : "",
			    b.s, n > 1 ? " }" : "");
	free(b.s);
	return r;
}

/* ------------------------------------------------------------ rules */

/* One rule to write: its protocols (the words of the "proto" list; none:
 * every protocol), its af keyword, and the rest as text. */
typedef struct prule {
	char *protos;
	int family;
	char *rest; /* " from ... to ..." and the options after them */
} prule;

/* What every rule of one fix-it shares. */
typedef struct rulectx {
	const char *indent;
	const char *eol;    /* "\n", or "\r\n" where the file ends its lines so */
	const char *action; /* "pass", "block" */
	const char *dir;    /* "in", "out" */
	bool quick;
	const char *ifname; /* or NULL */
	bool reply;         /* replies: no state (TCP: flags A/A) */
	prule *v;
	size_t n, cap;
	const char *why;
} rulectx;

/* One rule of protocols protos (the words of the "proto" list, "" for
 * every protocol), addresses of family (0: no af keyword), ports or ICMP
 * types as given ("" for none).  Rules that differ in their protocols
 * alone become one with a list: pf_write(). */
static bool add_rule(rulectx *c, const char *protos, bool tcp, const pset_term *t, int family,
		     const char *sport, const char *dport)
{
	ivset src = family_part(&t->src, family), dst = family_part(&t->dst, family);
	bool ok = true;
	if (src.n && dst.n) {
		char *s = addr_text(&src, family), *d = addr_text(&dst, family);
		if (!s || !d) {
			c->why = "pf would need a list of more than 64 addresses (a table)";
			ok = false;
		} else {
			c->v = xgrow(c->v, &c->cap, c->n + 1, sizeof *c->v);
			c->v[c->n++] = (prule){
				xstrdup(protos), family,
				xasprintf(" from %s%s to %s%s%s%s", s, sport, d, dport,
					  c->reply && tcp ? " flags A/A" : "",
					  c->reply ? " no state" : "")
			};
		}
		free(s);
		free(d);
	}
	free(src.v);
	free(dst.v);
	return ok;
}

/* Join the rules that differ in their protocols alone ("proto { tcp udp
 * }"), then write them; false past PF_FIXIT_MAX_RULES. */
static bool pf_write(rulectx *c, strbuf *out)
{
	size_t n = 0;
	for (size_t i = 0; i < c->n; i++) {
		prule *r = &c->v[i];
		if (!r->rest)
			continue;
		for (size_t j = i + 1; j < c->n; j++) {
			prule *q = &c->v[j];
			if (q->rest && *r->protos && *q->protos && q->family == r->family &&
			    strcmp(q->rest, r->rest) == 0) {
				char *p = xasprintf("%s %s", r->protos, q->protos);
				free(r->protos);
				r->protos = p;
				free(q->rest);
				q->rest = NULL;
			}
		}
		if (++n > PF_FIXIT_MAX_RULES) {
			c->why = "pf would need more than 16 rules for these packets";
			return false;
		}
		bool list = strchr(r->protos, ' ') != NULL;
		strbuf_printf(out, "%s%s %s%s%s%s%s%s%s%s%s%s%s", c->indent, c->action, c->dir,
			  c->quick ? " quick" : "", c->ifname ? " on " : "",
			  c->ifname ? c->ifname : "",
			  r->family == 4 ? " inet" : r->family == 6 ? " inet6" : "",
			  *r->protos ? " proto " : "", list ? "{ " : "", r->protos, list ? " }" : "",
			  r->rest, c->eol);
	}
	return true;
}

static void rulectx_free(rulectx *c)
{
	for (size_t i = 0; i < c->n; i++) {
		free(c->v[i].protos);
		free(c->v[i].rest);
	}
	free(c->v);
}

/* The rule for the term in each family it needs: one when the term is of
 * one family or any to any, else one per family (pf.conf(5): "inet",
 * "inet6"); force: the family of the protocol (ICMP, ICMPv6). */
static bool add_families(rulectx *c, const char *protos, bool tcp, const pset_term *t,
			 int force, const char *sport, const char *dport)
{
	int fam = fixit_term_family(t);
	if (force)
		return fam != 0 && fam != force ? true
						 : add_rule(c, protos, tcp, t, force, sport, dport);
	if (fam != 0 || (fixit_any_addr(&t->src, 0) && fixit_any_addr(&t->dst, 0)))
		return add_rule(c, protos, tcp, t, fam, sport, dport);
	return add_rule(c, protos, tcp, t, 4, sport, dport) &&
	       add_rule(c, protos, tcp, t, 6, sport, dport);
}

static bool in_set(const ivset *s, unsigned v)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->v[i].lo <= v && v <= s->v[i].hi)
			return true;
	return false;
}

/* The rules of one term: pf matches ports for TCP and UDP only and ICMP
 * types for ICMP (pfctl: "port only applies to tcp/udp"), so a term is cut
 * by protocol: TCP and UDP, ICMP, ICMPv6, the others. */
static bool add_term(rulectx *c, const pset_term *t)
{
	if (fixit_any_proto(&t->proto) && fixit_any_port(&t->sport) && fixit_any_port(&t->dport))
		return add_families(c, "", false, t, 0, "", "");
	char *sport = port_text(&t->sport), *dport = port_text(&t->dport);
	bool ok = sport && dport;
	if (!ok)
		c->why = "pf would need a list of more than 64 ports";
	/* TCP and UDP: one rule for both where the rules do not differ */
	if (ok && in_set(&t->proto, PROTO_TCP))
		ok = add_families(c, "tcp", true, t, 0, sport, dport);
	if (ok && in_set(&t->proto, PROTO_UDP))
		ok = add_families(c, "udp", false, t, 0, sport, dport);
	free(sport);
	free(dport);
	for (int k = 0; ok && k < 2; k++) {
		unsigned p = k == 0 ? PROTO_ICMP : PROTO_ICMPV6;
		if (!in_set(&t->proto, p))
			continue;
		char *types = icmp_text(&t->dport, k == 1);
		if (!types) {
			c->why = "pf would need a list of more than 64 ICMP types";
			return false;
		}
		ok = add_families(c, k == 0 ? "icmp" : "icmp6", false, t,
				  k == 0 ? 4 : 6, "", types);
		free(types);
	}
	/* the other protocols: pf matches no port of theirs, and names no
	 * range of protocols, nor protocol 0 */
	strbuf others = { 0 };
	size_t n = 0;
	for (size_t i = 0; ok && i < t->proto.n; i++)
		for (unsigned p = (unsigned)t->proto.v[i].lo; p <= (unsigned)t->proto.v[i].hi; p++) {
			if (p == PROTO_TCP || p == PROTO_UDP || p == PROTO_ICMP || p == PROTO_ICMPV6)
				continue;
			if (p == 0 || ++n > PF_FIXIT_MAX_ITEMS / 4) {
				/* pfctl's parse.y, proto_item: "proto 0 cannot be
				 * used" */
				c->why = "pf names neither a range of protocols nor protocol 0 (pfctl: \"proto 0 cannot be used\"), and these packets need them: name the rule's protocols";
				ok = false;
				break;
			}
			strbuf_printf(&others, "%s%u", n > 1 ? " " : "", p);
		}
	if (ok && n) {
		if (!fixit_any_port(&t->sport) || !fixit_any_port(&t->dport)) {
			c->why = "pf matches ports of TCP and UDP only";
			ok = false;
		} else {
			ok = add_families(c, others.s, false, t, 0, "", "");
		}
	}
	free(others.s);
	return ok;
}

/* ------------------------------------------------------------ fewer rules */

/* The terms of a pset (pset_terms_of) are disjoint: "TCP from any to any
 * port 3389" and "TCP from 10.1.0.0/17 to 10.2.0.10 port 53" come as the
 * sources that go to both, then the others (every IPv4 address but that
 * block: two dozen of them).  Rules of one action may overlap, so each
 * term is widened, field by field, as far as the union of the terms
 * reaches; then what the other terms hold is taken out of each (a value of
 * a list, or the whole term). */
enum { F_SRC, F_DST, F_SPORT, F_DPORT, NF };

typedef struct wterm {
	pset_term t;   /* its proto is the original's, the rest owned */
	bool dead;
} wterm;

/* The most terms that are reworked so (a quadratic step). */
#define PF_FIXIT_MAX_WIDEN 64

static ivset *field(pset_term *t, int f)
{
	return f == F_SRC ? &t->src : f == F_DST ? &t->dst : f == F_SPORT ? &t->sport : &t->dport;
}

static void set_field(pset_term *t, int f, const ivl *v, size_t n)
{
	ivset *x = field(t, f);
	free(x->v);
	x->v = xcalloc(n ? n : 1, sizeof *x->v);
	memcpy(x->v, v, n * sizeof *v);
	x->n = n;
}

static pset term_set(const pset_term *t)
{
	pset s = pset_empty();
	for (size_t a = 0; a < t->proto.n; a++)
		for (size_t b = 0; b < t->src.n; b++)
			for (size_t c = 0; c < t->dst.n; c++)
				for (size_t d = 0; d < t->sport.n; d++)
					for (size_t e = 0; e < t->dport.n; e++) {
						pbox x = pbox_full();
						x.proto_lo = (uint8_t)t->proto.v[a].lo;
						x.proto_hi = (uint8_t)t->proto.v[a].hi;
						x.src_lo = t->src.v[b].lo;
						x.src_hi = t->src.v[b].hi;
						x.dst_lo = t->dst.v[c].lo;
						x.dst_hi = t->dst.v[c].hi;
						x.sport_lo = (uint16_t)t->sport.v[d].lo;
						x.sport_hi = (uint16_t)t->sport.v[d].hi;
						x.dport_lo = (uint16_t)t->dport.v[e].lo;
						x.dport_hi = (uint16_t)t->dport.v[e].hi;
						pset_add_box(&s, &x);
					}
	return s;
}

/* Whether t's packets are all in u. */
static bool term_within(const pset_term *t, const pset *u)
{
	pset s = term_set(t);
	bool in = pset_subset(&s, u);
	pset_free(&s);
	return in;
}

/* Try field f of t as each of the candidates in turn (sets of intervals),
 * keeping the first whose term is within u. */
static void widen_field(pset_term *t, int f, const ivset *cand, size_t ncand, const pset *u)
{
	ivset keep = *field(t, f);
	for (size_t k = 0; k < ncand; k++) {
		*field(t, f) = cand[k];
		bool in = term_within(t, u);
		*field(t, f) = keep;
		if (in) {
			set_field(t, f, cand[k].v, cand[k].n);
			return;
		}
	}
}

/* The union of the live terms but skip. */
static pset others_union(const wterm *w, size_t n, size_t skip)
{
	pset u = pset_empty();
	for (size_t i = 0; i < n; i++)
		if (i != skip && !w[i].dead) {
			pset s = term_set(&w[i].t);
			pset_absorb(&u, &s);
		}
	return u;
}

static bool is_icmp(const pset_term *t)
{
	return t->proto.n == 1 && t->proto.v[0].lo == t->proto.v[0].hi &&
	       (t->proto.v[0].lo == PROTO_ICMP || t->proto.v[0].lo == PROTO_ICMPV6);
}

/* The reworked terms of ts (ts->n of them, some dead), or NULL when there
 * are too many to try. */
static wterm *rework(const pset_terms *ts)
{
	if (ts->n > PF_FIXIT_MAX_WIDEN)
		return NULL;
	wterm *w = xcalloc(ts->n, sizeof *w);
	pset u = pset_empty();
	for (size_t i = 0; i < ts->n; i++) {
		w[i].t.proto = ts->v[i].proto;
		for (int f = 0; f < NF; f++) {
			const ivset *x = field(&ts->v[i], f);
			set_field(&w[i].t, f, x->v, x->n);
		}
		pset s = term_set(&ts->v[i]);
		pset_absorb(&u, &s);
	}
	/* every address, those of one family, every port */
	ivl any[1] = { { 0, U128_MAX } }, v4[1] = { { PSET_V4_LO, PSET_V4_HI } },
	    v6[2] = { { 0, PSET_V4_LO - 1 }, { PSET_V4_HI + 1, U128_MAX } },
	    port[1] = { { 0, 65535 } };
	ivset anyset = { any, 1 }, v4set = { v4, 1 }, v6set = { v6, 2 }, portset = { port, 1 };
	for (size_t i = 0; i < ts->n; i++) {
		pset_term *t = &w[i].t;
		for (int f = F_SRC; f <= F_DST; f++) {
			int fam = fixit_term_family(t);
			ivset cand[2] = { anyset, fam == 4 ? v4set : v6set };
			widen_field(t, f, cand, fam ? 2 : 1, &u);
		}
		/* ICMP's ports are its types and codes (pset.h) */
		if (!is_icmp(t))
			widen_field(t, F_SPORT, &portset, 1, &u);
		widen_field(t, F_DPORT, &portset, 1, &u);
	}
	pset_free(&u);
	/* take out what the others hold: the whole term, or values of its
	 * lists */
	for (size_t i = 0; i < ts->n; i++) {
		pset o = others_union(w, ts->n, i);
		pset_term *t = &w[i].t;
		if (term_within(t, &o))
			w[i].dead = true;
		for (int f = 0; f < NF && !w[i].dead; f++) {
			ivset *x = field(t, f);
			for (size_t k = 0; x->n > 1 && k < x->n;) {
				ivset keep = *x;
				*x = (ivset){ &keep.v[k], 1 };
				bool held = term_within(t, &o);
				*x = keep;
				if (held) {
					memmove(&x->v[k], &x->v[k + 1], (x->n - k - 1) * sizeof *x->v);
					x->n--;
				} else {
					k++;
				}
			}
		}
		pset_free(&o);
	}
	return w;
}

static void wterms_free(wterm *w, size_t n)
{
	for (size_t i = 0; w && i < n; i++)
		for (int f = 0; f < NF; f++)
			free(field(&w[i].t, f)->v);
	free(w);
}

/* ------------------------------------------------------------ the place */

/* A file's lines: start offsets. */
typedef struct lines {
	char *buf;  /* owned, unless it is the fwload's text (kept) */
	bool kept;
	size_t len;
	size_t *start;
	int n;
} lines;

/* The file's text: the one the fwload kept (frontend.h), or read again
 * (an included file). */
static bool lines_read(lines *l, const fwload *f, const char *path)
{
	char err[160];
	memset(l, 0, sizeof *l);
	if (path && f->text && strcmp(path, f->path) == 0) {
		l->buf = f->text;
		l->len = f->text_len;
		l->kept = true;
		l->start = f->text_line;
		l->n = (int)f->text_nlines;
		return true;
	} else if (!path || read_whole_file(path, &l->buf, &l->len, err, sizeof err) != 0) {
		return false;
	}
	size_t nl = 0;
	for (const char *p = l->buf; (p = memchr(p, '\n', l->len - (size_t)(p - l->buf)));
	     p++)
		nl++;
	l->start = xcalloc(nl + 2, sizeof *l->start);
	size_t pos = 0;
	while (pos < l->len) {
		l->start[l->n++] = pos;
		const char *e = memchr(l->buf + pos, '\n', l->len - pos);
		pos = e ? (size_t)(e - l->buf) + 1 : l->len;
	}
	l->start[l->n] = l->len;
	return true;
}

static void lines_free(lines *l)
{
	if (!l->kept) {
		free(l->buf);
		free(l->start);
	}
}

/* Line k (from 1) and its length without its line end. */
static const char *line_at(const lines *l, int k, size_t *len)
{
	size_t a = l->start[k - 1], b = l->start[k];
	if (b > a && l->buf[b - 1] == '\n')
		b--;
	if (b > a && l->buf[b - 1] == '\r')
		b--;
	*len = b - a;
	return l->buf + a;
}

/* Whether line k goes on to the next: it ends with a backslash (pfctl's
 * lgetc() joins the lines, in a comment too). */
static bool continued(const lines *l, int k)
{
	if (k < 1 || k > l->n)
		return false;
	size_t len;
	const char *s = line_at(l, k, &len);
	return len > 0 && s[len - 1] == '\\';
}

int pf_fixit(const fixit_req *rq, fixit_list *out, const char **why)
{
	if (rq->dnat) {
		*why = "fwlint writes no fix-its for pf translations (rdr-to)";
		return -1;
	}
	const ir_ruleset *rs = rq->f ? rq->f->rs : NULL;
	const ir_chain *ch = rq->chain ? rq->chain : rq->at ? rq->at->chain : NULL;
	if (!rs || rs->format != IR_FMT_PF || !ch || !ch->table ||
	    strcmp(ch->table->name, "filter") != 0 ||
	    (strcmp(ch->name, "in") != 0 && strcmp(ch->name, "out") != 0)) {
		*why = "pf filters in the stages \"in\" and \"out\" of its rules only";
		return -1;
	}
	if (rq->action != IR_ACCEPT && rq->action != IR_DROP) {
		*why = "pf rules pass or block";
		return -1;
	}
	bool in = strcmp(ch->name, "in") == 0;
	const ir_rule *at = rq->at;
	if (at && at->text && strncmp(at->text, "set", 3) == 0) {
		/* pf.conf(5), set skip: "packets passing in or out on such
		 * interfaces are passed as if pf was disabled" */
		*why = "pf does not filter on an interface that \"set skip\" names";
		return -1;
	}
	if (at && at->text && rq->action == IR_DROP && strncmp(at->text, "pass", 4) != 0 &&
	    strncmp(at->text, "anchor", 6) != 0) {
		/* FreeBSD's "rdr pass" and "nat pass" skip the filter rules */
		*why = "the packets pass by a translation rule that skips pf's filter rules";
		return -1;
	}

	const char *file = at ? at->loc.file : rs->path;
	lines l;
	bool have = lines_read(&l, rq->f, file);
	int line;
	char *indent = xstrdup("");
	const char *eol = "\n";
	bool quick = at && at->quick;
	if (!at) {
		line = 0;
	} else if (quick) {
		line = at->loc.line;
		while (have && continued(&l, line - 1))
			line--;
	} else {
		line = (at->loc.end_line > at->loc.line ? at->loc.end_line : at->loc.line) + 1;
		while (have && line <= l.n && continued(&l, line - 1))
			line++;
		if (have && line > l.n)
			line = 0;
	}
	/* the indentation of the deciding rule, the line end of its line
	 * (or of the first) */
	int model = at ? at->loc.line : 1;
	if (have && model >= 1 && model <= l.n) {
		size_t len;
		const char *s = line_at(&l, model, &len);
		size_t k = strspn(s, " \t");
		free(indent);
		indent = xstrndup(s, at && k < len ? k : 0);
		size_t end = l.start[model];
		if (end >= 2 && l.buf[end - 1] == '\n' && l.buf[end - 2] == '\r')
			eol = "\r\n";
	}
	if (have)
		lines_free(&l);

	rulectx c = {
		.indent = indent,
		.eol = eol,
		.action = rq->action == IR_ACCEPT ? "pass" : "block",
		.dir = in ? "in" : "out",
		.quick = quick,
		.ifname = in ? rq->iif : rq->oif,
		.reply = rq->action == IR_ACCEPT && !(rq->state & CT_NEW),
	};
	bool ok = rq->terms && rq->terms->n > 0;
	if (!ok)
		c.why = "no packets to write a rule for";
	wterm *w = ok ? rework(rq->terms) : NULL;
	for (size_t i = 0; ok && i < rq->terms->n; i++)
		if (!w)
			ok = add_term(&c, &rq->terms->v[i]);
		else if (!w[i].dead)
			ok = add_term(&c, &w[i].t);
	wterms_free(w, rq->terms ? rq->terms->n : 0);
	strbuf text = { 0 };
	if (ok)
		ok = pf_write(&c, &text);
	if (ok && !text.s) {
		c.why = "no packets of one address family to write a rule for";
		ok = false;
	}
	/* the same rules at the same place already (a request for packets
	 * that differ only where pf's rules do not look, such as interfaces
	 * the topology does not name): once is enough */
	bool have_it = false;
	for (size_t i = 0; ok && i < out->n && !have_it; i++)
		have_it = out->v[i].line == line && strcmp(out->v[i].file, file) == 0 &&
			  strcmp(out->v[i].text, text.s) == 0 && !out->v[i].command;
	if (ok && !have_it)
		fixit_add(out, file, line, text.s, NULL);
	else if (!ok)
		*why = c.why;
	free(text.s);
	rulectx_free(&c);
	free(indent);
	return ok ? 0 : -1;
}
