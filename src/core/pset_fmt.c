/* pset_fmt.c - packet sets in words: addresses, packets and summaries
 * (fmt_addr, fmt_addr_range, fmt_packet, pset_summary; see pset.h). */
#include "pset.h"

#include "iftab.h"
#include "pset_int.h"
#include "xalloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ----------------------------------------------------------- formatting */

/* A bounded string builder: always NUL-terminated, marks truncation with
 * "..." so that a cut message does not read as a complete one. */
typedef struct strbuf {
	char *buf;
	size_t n, len;
	bool cut;
} strbuf;

static void sb_init(strbuf *sb, char *buf, size_t n)
{
	*sb = (strbuf){.buf = buf, .n = n};
	if (n)
		buf[0] = '\0';
}

__attribute__((format(printf, 2, 3))) static void
sb_printf(strbuf *sb, const char *fmt, ...)
{
	if (sb->cut || !sb->n)
		return;
	va_list ap;
	va_start(ap, fmt);
	int w = vsnprintf(sb->buf + sb->len, sb->n - sb->len, fmt, ap);
	va_end(ap);
	if (w < 0)
		w = 0;
	if ((size_t)w >= sb->n - sb->len) {
		sb->cut = true;
		sb->len = sb->n - 1;
		if (sb->n >= 4)
			memcpy(sb->buf + sb->n - 4, "...", 4);
		return;
	}
	sb->len += (size_t)w;
}

static void sb_puts(strbuf *sb, const char *s)
{
	sb_printf(sb, "%s", s);
}

/* Addresses are written by hand, not with snprintf: a report of 100,000
 * rules spells out hundreds of thousands of them (fwlint(1), OUTPUT), and
 * printf's format interpretation was a tenth of such a run. */

/* Decimal digits of v at p; returns the end. */
static char *put_dec(char *p, unsigned v)
{
	char d[10];
	int k = 0;
	do {
		d[k++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	while (k)
		*p++ = d[--k];
	return p;
}

/* Lower-case hex digits of v (at most 0xffff), no leading zeros. */
static char *put_hex(char *p, unsigned v)
{
	static const char digit[] = "0123456789abcdef";
	int shift = 12;
	while (shift > 0 && !(v >> shift))
		shift -= 4;
	for (; shift >= 0; shift -= 4)
		*p++ = digit[v >> shift & 0xf];
	return p;
}

/* An address at p (room for 40 bytes); returns the end. */
static char *put_v4(char *p, uint32_t a)
{
	for (int i = 3; i >= 0; i--) {
		p = put_dec(p, a >> (8 * i) & 0xff);
		if (i)
			*p++ = '.';
	}
	return p;
}

/* RFC 5952 section 4: no leading zeros, the longest run of two or more zero
 * groups (the first of equal runs) as "::", lower case. */
static char *put_v6(char *p, u128 a)
{
	unsigned g[8];
	for (int i = 0; i < 8; i++)
		g[i] = (unsigned)(a >> (16 * (7 - i)) & 0xffff);
	int best = -1, bestlen = 1;
	for (int i = 0; i < 8;) {
		if (g[i]) {
			i++;
			continue;
		}
		int j = i;
		while (j < 8 && !g[j])
			j++;
		if (j - i > bestlen)
			best = i, bestlen = j - i;
		i = j;
	}
	for (int i = 0; i < 8; i++) {
		if (i == best) {
			*p++ = ':';
			*p++ = ':';
			i += bestlen - 1;
			continue;
		}
		if (i && i != best + bestlen)
			*p++ = ':';
		p = put_hex(p, g[i]);
	}
	return p;
}

static char *put_addr(char *p, u128 a)
{
	return addr_is_v4(a) ? put_v4(p, (uint32_t)a) : put_v6(p, a);
}

/* t (NUL-terminated, at most 96 bytes) into buf[0..n), cut as snprintf
 * would. */
static void copy_out(const char *t, size_t len, char *buf, size_t n)
{
	if (!n)
		return;
	if (len >= n)
		len = n - 1;
	memcpy(buf, t, len);
	buf[len] = '\0';
}

void fmt_addr(u128 a, char *buf, size_t n)
{
	char t[48];
	char *e = put_addr(t, a);
	copy_out(t, (size_t)(e - t), buf, n);
}

/* The prefix length when [lo, hi] is exactly one CIDR block, else -1. */
static int prefix_len(u128 lo, u128 hi)
{
	if (lo > hi)
		return -1;
	if (lo == 0 && hi == U128_MAX)
		return 0;
	u128 size = hi - lo + 1; /* no overflow: not the whole range */
	if (size & (size - 1) || lo & (size - 1))
		return -1;
	int bits = 0;
	while (size >> bits > 1)
		bits++;
	return 128 - bits;
}

void fmt_addr_range(u128 lo, u128 hi, char *buf, size_t n)
{
	char t[100];
	char *e = t;
	int len = prefix_len(lo, hi);
	if (lo == 0 && hi == U128_MAX) {
		copy_out("any", 3, buf, n);
		return;
	}
	e = put_addr(e, lo);
	if (len >= 0 && len < 128) {
		*e++ = '/';
		e = put_dec(e, (unsigned)(len >= 96 && addr_is_v4(lo) ? len - 96 : len));
	} else if (len < 0) {
		*e++ = '-';
		e = put_addr(e, hi);
	}
	copy_out(t, (size_t)(e - t), buf, n);
}

/* Protocols whose port fields are ports (pset.h). */
static bool proto_has_ports(unsigned proto)
{
	return proto == PROTO_TCP || proto == PROTO_UDP || proto == 33 ||
	       proto == 132 || proto == 136;
}

static bool proto_is_icmp(unsigned proto)
{
	return proto == PROTO_ICMP || proto == PROTO_ICMPV6;
}

static void sb_proto(strbuf *sb, unsigned proto)
{
	switch (proto) {
	case PROTO_TCP:
		sb_puts(sb, "TCP");
		break;
	case PROTO_UDP:
		sb_puts(sb, "UDP");
		break;
	case PROTO_ICMP:
		sb_puts(sb, "ICMP");
		break;
	case PROTO_ICMPV6:
		sb_puts(sb, "ICMPv6");
		break;
	default:
		sb_printf(sb, "proto %u", proto);
		break;
	}
}

static void sb_endpoint(strbuf *sb, u128 addr, unsigned port, bool ports)
{
	char a[48];
	fmt_addr(addr, a, sizeof(a));
	if (!ports)
		sb_puts(sb, a);
	else if (addr_is_v4(addr))
		sb_printf(sb, "%s:%u", a, port);
	else
		sb_printf(sb, "[%s]:%u", a, port);
}

static void sb_iface(strbuf *sb, const struct iftab *tab, uint16_t id)
{
	if (tab)
		sb_puts(sb, iftab_name(tab, id));
	else
		sb_printf(sb, "#%u", id);
}

static const char *state_name(unsigned state)
{
	static const char *const names[] = {"NEW", "ESTABLISHED", "RELATED",
					    "INVALID", "UNTRACKED"};
	for (unsigned i = 0; i < 5; i++)
		if (state >> i & 1)
			return names[i];
	return NULL;
}

static void sb_tcpflags(strbuf *sb, unsigned flags)
{
	static const char *const names[] = {"FIN", "SYN", "RST",
					    "PSH", "ACK", "URG"};
	if (!(flags & 0x3f)) {
		sb_puts(sb, " no-flags");
		return;
	}
	const char *sep = " ";
	for (unsigned i = 0; i < 6; i++) {
		if (flags >> i & 1) {
			sb_printf(sb, "%s%s", sep, names[i]);
			sep = ",";
		}
	}
}

void fmt_packet(const packet *p, const struct iftab *tab, char *buf, size_t n)
{
	strbuf sb;
	sb_init(&sb, buf, n);
	bool ports = proto_has_ports(p->proto);
	sb_proto(&sb, p->proto);
	sb_puts(&sb, " ");
	sb_endpoint(&sb, p->src, p->sport, ports);
	sb_puts(&sb, " -> ");
	sb_endpoint(&sb, p->dst, p->dport, ports);
	if (proto_is_icmp(p->proto))
		sb_printf(&sb, " type %u code %u", p->dport >> 8,
			  p->dport & 0xff);
	if (p->iif) {
		sb_puts(&sb, " in ");
		sb_iface(&sb, tab, p->iif);
	}
	if (p->oif) {
		sb_puts(&sb, " out ");
		sb_iface(&sb, tab, p->oif);
	}
	const char *st = state_name(p->state);
	if (st)
		sb_printf(&sb, " %s", st);
	if (p->proto == PROTO_TCP)
		sb_tcpflags(&sb, p->flags);
}

/* -------------------------------------------------------------- summary */

/* Groups spelled out by pset_summary, and ranges per list. */
#define SUMMARY_GROUPS 6
#define SUMMARY_RANGES 8

static void sb_range16(strbuf *sb, unsigned lo, unsigned hi)
{
	if (lo == hi)
		sb_printf(sb, "%u", lo);
	else
		sb_printf(sb, "%u-%u", lo, hi);
}

/* An ICMP dport interval in type/code words. */
static void sb_icmp_range(strbuf *sb, unsigned lo, unsigned hi)
{
	if ((lo & 0xff) == 0 && (hi & 0xff) == 0xff)
		sb_range16(sb, lo >> 8, hi >> 8);
	else if (lo >> 8 == hi >> 8) {
		sb_printf(sb, "%u code ", lo >> 8);
		sb_range16(sb, lo & 0xff, hi & 0xff);
	} else
		sb_printf(sb, "%u code %u-%u code %u", lo >> 8, lo & 0xff,
			  hi >> 8, hi & 0xff);
}

typedef struct range16 {
	unsigned lo, hi;
} range16;

/* Sort and merge ranges in place; returns the new count. */
static size_t merge_ranges(range16 *r, size_t n)
{
	for (size_t i = 1; i < n; i++) { /* insertion sort: lists are short */
		range16 x = r[i];
		size_t j = i;
		for (; j > 0 && (r[j - 1].lo > x.lo ||
				 (r[j - 1].lo == x.lo && r[j - 1].hi > x.hi));
		     j--)
			r[j] = r[j - 1];
		r[j] = x;
	}
	size_t w = 0;
	for (size_t i = 1; i < n; i++) {
		if (r[i].lo <= r[w].hi + 1)
			r[w].hi = MAX(r[w].hi, r[i].hi);
		else
			r[++w] = r[i];
	}
	return n ? w + 1 : 0;
}

static void sb_range_list(strbuf *sb, const range16 *r, size_t n, bool icmp)
{
	for (size_t i = 0; i < n && i < SUMMARY_RANGES; i++) {
		if (i)
			sb_puts(sb, ",");
		if (icmp)
			sb_icmp_range(sb, r[i].lo, r[i].hi);
		else
			sb_range16(sb, r[i].lo, r[i].hi);
	}
	if (n > SUMMARY_RANGES)
		sb_printf(sb, " and %zu more", n - SUMMARY_RANGES);
}

/* The summary's order: protocol, addresses, source port, then destination
 * port, so that one group (a protocol, two addresses and a source port)
 * is one run whose destination ports can be listed together. */
static int cmp_summary(const void *x, const void *y)
{
	static const int order[] = { F_PROTO, F_SRC, F_DST, F_SPORT, F_DPORT,
				     F_IIF, F_OIF, F_STATE, F_FLAGS, F_MARK, F_DIR };
	for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
		int c = cmp_field(x, y, order[i]);
		if (c)
			return c;
	}
	return 0;
}

static bool same_group(const pbox *a, const pbox *b)
{
	return a->proto_lo == b->proto_lo && a->proto_hi == b->proto_hi &&
	       a->src_lo == b->src_lo && a->src_hi == b->src_hi &&
	       a->dst_lo == b->dst_lo && a->dst_hi == b->dst_hi &&
	       a->sport_lo == b->sport_lo && a->sport_hi == b->sport_hi;
}

void pset_summary(const pset *s, const struct iftab *tab, char *buf, size_t n)
{
	strbuf sb;
	sb_init(&sb, buf, n);
	if (s->overflow)
		sb_puts(&sb, "(too complex, incomplete) ");
	if (!s->n) {
		sb_puts(&sb, "nothing");
		return;
	}
	/* Sorted by protocol, addresses, source and destination ports: the
	 * groups come out contiguous and in a deterministic order. */
	pbox *v = xmalloc(s->n * sizeof(*v));
	memcpy(v, s->box, s->n * sizeof(*v));
	qsort(v, s->n, sizeof(*v), cmp_summary);
	range16 *ports = xmalloc(s->n * sizeof(*ports));
	size_t ngroups = 0;
	for (size_t i = 0; i < s->n;) {
		size_t j = i;
		while (j < s->n && same_group(&v[i], &v[j]))
			j++;
		if (ngroups++ >= SUMMARY_GROUPS) {
			i = j;
			continue;
		}
		const pbox *b = &v[i];
		if (ngroups > 1)
			sb_puts(&sb, "; ");
		if (b->proto_lo == 0 && b->proto_hi == UINT8_MAX)
			sb_puts(&sb, "IP");
		else if (b->proto_lo == b->proto_hi)
			sb_proto(&sb, b->proto_lo);
		else
			sb_printf(&sb, "proto %u-%u", b->proto_lo, b->proto_hi);
		char a[100];
		bool one = b->proto_lo == b->proto_hi;
		bool ported = one && proto_has_ports(b->proto_lo);
		fmt_addr_range(b->src_lo, b->src_hi, a, sizeof(a));
		sb_printf(&sb, " from %s", a);
		/* "TCP from A port S to B ports P": each port list next to
		 * the address it belongs to, as an engineer reads a flow. */
		if (ported && !(b->sport_lo == 0 && b->sport_hi == 0xffff)) {
			sb_puts(&sb, b->sport_lo == b->sport_hi ? " port " : " ports ");
			sb_range16(&sb, b->sport_lo, b->sport_hi);
		}
		fmt_addr_range(b->dst_lo, b->dst_hi, a, sizeof(a));
		sb_printf(&sb, " to %s", a);
		size_t nr = 0;
		for (size_t k = i; k < j; k++)
			ports[nr++] = (range16){v[k].dport_lo, v[k].dport_hi};
		nr = merge_ranges(ports, nr);
		bool whole =
		    nr == 1 && ports[0].lo == 0 && ports[0].hi == 0xffff;
		if (ported) {
			if (!whole) {
				sb_puts(&sb,
					nr == 1 && ports[0].lo == ports[0].hi
					    ? " port "
					    : " ports ");
				sb_range_list(&sb, ports, nr, false);
			}
		} else if (one && proto_is_icmp(b->proto_lo) && !whole) {
			sb_puts(&sb, " type ");
			sb_range_list(&sb, ports, nr, true);
		}
		i = j;
	}
	if (ngroups > SUMMARY_GROUPS)
		sb_printf(&sb, "; and %zu more", ngroups - SUMMARY_GROUPS);
	free(ports);
	free(v);
}

/* ------------------------------------------------------ interval sets */

/* Append [lo, hi], merged into the last interval when it overlaps or
 * touches it from above (ivs_norm sorts what comes out of order).  Arrays
 * grow when their length reaches a power of 2. */
static void ivs_push(ivset *s, u128 lo, u128 hi)
{
	if (s->n && lo >= s->v[s->n - 1].lo &&
	    (lo <= s->v[s->n - 1].hi || lo - 1 == s->v[s->n - 1].hi)) {
		if (hi > s->v[s->n - 1].hi)
			s->v[s->n - 1].hi = hi;
		return;
	}
	if (!(s->n & (s->n - 1)))
		s->v = xrealloc(s->v, (s->n ? 2 * s->n : 1) * sizeof *s->v);
	s->v[s->n++] = (ivl){lo, hi};
}

static int ivl_cmp(const void *x, const void *y)
{
	const ivl *a = x, *b = y;
	return a->lo < b->lo ? -1 : a->lo > b->lo;
}

/* Sort and merge: sorted, disjoint, not adjacent. */
static void ivs_norm(ivset *s)
{
	if (s->n < 2)
		return;
	qsort(s->v, s->n, sizeof *s->v, ivl_cmp);
	size_t n = s->n;
	ivl *v = s->v;
	*s = (ivset){0};
	for (size_t i = 0; i < n; i++)
		ivs_push(s, v[i].lo, v[i].hi);
	free(v);
}

static void ivs_free(ivset *s)
{
	free(s->v);
	*s = (ivset){0};
}

static ivset ivs_copy(const ivset *s)
{
	ivset c = {0};
	for (size_t i = 0; i < s->n; i++)
		ivs_push(&c, s->v[i].lo, s->v[i].hi);
	return c;
}

static bool ivs_equal(const ivset *a, const ivset *b)
{
	if (a->n != b->n)
		return false;
	for (size_t i = 0; i < a->n; i++)
		if (a->v[i].lo != b->v[i].lo || a->v[i].hi != b->v[i].hi)
			return false;
	return true;
}

static ivset ivs_intersect(const ivset *a, const ivset *b)
{
	ivset r = {0};
	for (size_t i = 0, j = 0; i < a->n && j < b->n;) {
		u128 lo = MAX(a->v[i].lo, b->v[j].lo), hi = MIN(a->v[i].hi, b->v[j].hi);
		if (lo <= hi)
			ivs_push(&r, lo, hi);
		if (a->v[i].hi < b->v[j].hi)
			i++;
		else
			j++;
	}
	return r;
}

/* a minus b */
static ivset ivs_subtract(const ivset *a, const ivset *b)
{
	ivset r = {0};
	size_t j = 0;
	for (size_t i = 0; i < a->n; i++) {
		u128 lo = a->v[i].lo, hi = a->v[i].hi;
		bool left = true;
		while (j < b->n && b->v[j].hi < lo)
			j++;
		for (size_t k = j; k < b->n && b->v[k].lo <= hi; k++) {
			if (b->v[k].lo > lo)
				ivs_push(&r, lo, b->v[k].lo - 1);
			if (b->v[k].hi >= hi) {
				left = false;
				break;
			}
			lo = b->v[k].hi + 1;
		}
		if (left)
			ivs_push(&r, lo, hi);
	}
	return r;
}

/* Whether a holds no address outside b: ivs_subtract(a, b) would be
 * empty, without making it (a topology's names are tested one by one
 * against every set that is put in words). */
static bool ivs_within(const ivset *a, const ivset *b)
{
	/* The first interval of b that may hold a's: a binary search (b can
	 * be thousands of intervals, a is mostly one host). */
	size_t j = 0, e = b->n;
	while (a->n && j < e) {
		size_t m = j + (e - j) / 2;
		if (b->v[m].hi < a->v[0].lo)
			j = m + 1;
		else
			e = m;
	}
	for (size_t i = 0; i < a->n; i++) {
		u128 lo = a->v[i].lo, hi = a->v[i].hi;
		bool covered = false;
		while (j < b->n && b->v[j].hi < lo)
			j++;
		for (size_t k = j; k < b->n && b->v[k].lo <= hi; k++) {
			if (b->v[k].lo > lo)
				return false;
			if (b->v[k].hi >= hi) {
				covered = true;
				break;
			}
			lo = b->v[k].hi + 1;
		}
		if (!covered)
			return false;
	}
	return true;
}

/* Whether a and b share an address (both sorted and disjoint). */
static bool ivs_meet(const ivset *a, const ivset *b)
{
	for (size_t i = 0, j = 0; i < a->n && j < b->n;) {
		if (a->v[i].hi < b->v[j].lo)
			i++;
		else if (b->v[j].hi < a->v[i].lo)
			j++;
		else
			return true;
	}
	return false;
}

static bool ivs_is_whole(const ivset *s, u128 max)
{
	return s->n == 1 && s->v[0].lo == 0 && s->v[0].hi == max;
}

/* ------------------------------------------------------------ factoring */

/* A set's projection on protocol, addresses and ports, factored field by
 * field: a node of level lv maps classes of values of its field (ivsets)
 * to the node of the next level that every value of the class leads to.
 * Two values are in one class when they lead to equal nodes, so the
 * classes do not depend on how the set is cut into boxes: the form is
 * canonical.  At the last level (destination port) a node has one class,
 * the set of ports. */
enum { LV_PROTO, LV_SRC, LV_DST, LV_SPORT, LV_DPORT, LV_N };

typedef struct fnode {
	int lv;
	size_t n;
	ivset *key;
	struct fnode **child;
} fnode;

typedef struct fctx {
	long budget; /* work left before "too complex" */
} fctx;

/* Work allowed for one set (box visits and comparisons). */
#define FACTOR_BUDGET 4000000L

static const int lv_field[LV_N] = {F_PROTO, F_SRC, F_DST, F_SPORT, F_DPORT};

static u128 lv_max(int lv)
{
	return lv == LV_PROTO ? 255 : lv == LV_SRC || lv == LV_DST ? U128_MAX : 65535;
}

static void fnode_free(fnode *nd)
{
	if (!nd)
		return;
	for (size_t i = 0; i < nd->n; i++) {
		ivs_free(&nd->key[i]);
		fnode_free(nd->child[i]);
	}
	free(nd->key);
	free(nd->child);
	free(nd);
}

static bool fnode_equal(const fnode *a, const fnode *b, fctx *cx)
{
	if (!a || !b)
		return a == b;
	cx->budget -= (long)a->n + 1;
	if (a->n != b->n)
		return false;
	for (size_t i = 0; i < a->n; i++)
		if (!ivs_equal(&a->key[i], &b->key[i]) ||
		    !fnode_equal(a->child[i], b->child[i], cx))
			return false;
	return true;
}

/* Every port of the node's subtree is whole. */
static bool fnode_ports_whole(const fnode *nd)
{
	if (!nd)
		return true;
	for (size_t i = 0; i < nd->n; i++) {
		if (nd->lv >= LV_SPORT && !ivs_is_whole(&nd->key[i], 65535))
			return false;
		if (!fnode_ports_whole(nd->child[i]))
			return false;
	}
	return true;
}

/* How a protocol uses the port fields: ports, ICMP type and code, or
 * not at all. */
static int proto_kind(unsigned proto)
{
	return proto_has_ports(proto) ? 1 : proto_is_icmp(proto) ? 2 : 0;
}

static int u128_cmp(const void *x, const void *y)
{
	u128 a = *(const u128 *)x, b = *(const u128 *)y;
	return a < b ? -1 : a > b;
}

static fnode *fnode_build(const pbox *const *bx, size_t n, int lv, fctx *cx)
{
	fnode *nd = xcalloc(1, sizeof *nd);
	nd->lv = lv;
	if (cx->budget < 0)
		return nd;
	int f = lv_field[lv];
	if (lv == LV_DPORT) {
		nd->n = 1;
		nd->key = xcalloc(1, sizeof *nd->key);
		nd->child = xcalloc(1, sizeof *nd->child);
		for (size_t i = 0; i < n; i++) {
			u128 lo, hi;
			field_get(bx[i], f, &lo, &hi);
			ivs_push(&nd->key[0], lo, hi);
		}
		ivs_norm(&nd->key[0]);
		cx->budget -= (long)n;
		return nd;
	}
	/* The protocols whose port fields mean something else begin and
	 * end classes of their own (merged back when their ports are whole). */
	static const u128 kinds[] = {1, 2, 6, 7, 17, 18, 33, 34, 58, 59, 132, 133, 136, 137};
	size_t nk = lv == LV_PROTO ? sizeof kinds / sizeof *kinds : 0;
	u128 *bd = xmalloc((2 * n + nk + 1) * sizeof *bd);
	size_t nb = 0;
	for (size_t i = 0; i < n; i++) {
		u128 lo, hi;
		field_get(bx[i], f, &lo, &hi);
		bd[nb++] = lo;
		if (hi != lv_max(lv))
			bd[nb++] = hi + 1;
	}
	for (size_t k = 0; k < nk; k++)
		bd[nb++] = kinds[k];
	qsort(bd, nb, sizeof *bd, u128_cmp);
	const pbox **sub = xmalloc(n * sizeof *sub);
	size_t cap = 0;
	for (size_t k = 0; k < nb && cx->budget >= 0; k++) {
		if (k && bd[k] == bd[k - 1])
			continue;
		size_t k2 = k + 1;
		while (k2 < nb && bd[k2] == bd[k])
			k2++;
		u128 elo = bd[k], ehi = k2 < nb ? bd[k2] - 1 : lv_max(lv);
		size_t ns = 0;
		for (size_t i = 0; i < n; i++) {
			u128 lo, hi;
			field_get(bx[i], f, &lo, &hi);
			if (lo <= elo && elo <= hi)
				sub[ns++] = bx[i];
		}
		cx->budget -= (long)n;
		if (!ns)
			continue;
		fnode *c = fnode_build(sub, ns, lv + 1, cx);
		size_t j = 0;
		for (; j < nd->n; j++) {
			if (lv == LV_PROTO &&
			    proto_kind((unsigned)nd->key[j].v[0].lo) != proto_kind((unsigned)elo) &&
			    !fnode_ports_whole(c))
				continue;
			if (fnode_equal(nd->child[j], c, cx))
				break;
		}
		if (j < nd->n) {
			ivs_push(&nd->key[j], elo, ehi);
			fnode_free(c);
			continue;
		}
		if (nd->n == cap) {
			cap = cap ? 2 * cap : 4;
			nd->key = xrealloc(nd->key, cap * sizeof *nd->key);
			nd->child = xrealloc(nd->child, cap * sizeof *nd->child);
		}
		nd->key[nd->n] = (ivset){0};
		ivs_push(&nd->key[nd->n], elo, ehi);
		nd->child[nd->n++] = c;
	}
	free(sub);
	free(bd);
	return nd;
}

static void terms_add(pset_terms *t, const ivset *path[LV_N])
{
	if (!(t->n & (t->n - 1)))
		t->v = xrealloc(t->v, (t->n ? 2 * t->n : 1) * sizeof *t->v);
	pset_term *x = &t->v[t->n++];
	x->proto = ivs_copy(path[LV_PROTO]);
	x->src = ivs_copy(path[LV_SRC]);
	x->dst = ivs_copy(path[LV_DST]);
	x->sport = ivs_copy(path[LV_SPORT]);
	x->dport = ivs_copy(path[LV_DPORT]);
}

static void terms_walk(const fnode *nd, const ivset *path[LV_N], pset_terms *t)
{
	for (size_t i = 0; i < nd->n; i++) {
		path[nd->lv] = &nd->key[i];
		if (nd->lv == LV_DPORT)
			terms_add(t, path);
		else
			terms_walk(nd->child[i], path, t);
	}
}

static void term_free(pset_term *x)
{
	ivs_free(&x->proto);
	ivs_free(&x->src);
	ivs_free(&x->dst);
	ivs_free(&x->sport);
	ivs_free(&x->dport);
}

void pset_terms_free(pset_terms *t)
{
	for (size_t i = 0; i < t->n; i++)
		term_free(&t->v[i]);
	free(t->v);
	*t = (pset_terms){0};
}

static int ivs_cmp(const ivset *a, const ivset *b)
{
	for (size_t i = 0; i < a->n && i < b->n; i++) {
		if (a->v[i].lo != b->v[i].lo)
			return a->v[i].lo < b->v[i].lo ? -1 : 1;
		if (a->v[i].hi != b->v[i].hi)
			return a->v[i].hi < b->v[i].hi ? -1 : 1;
	}
	return (a->n > b->n) - (a->n < b->n);
}

static int term_cmp(const void *x, const void *y)
{
	const pset_term *a = x, *b = y;
	int c;
	if ((c = ivs_cmp(&a->proto, &b->proto)) || (c = ivs_cmp(&a->src, &b->src)) ||
	    (c = ivs_cmp(&a->dst, &b->dst)) || (c = ivs_cmp(&a->sport, &b->sport)))
		return c;
	return ivs_cmp(&a->dport, &b->dport);
}

bool pset_terms_of(const pset *s, pset_terms *out)
{
	*out = (pset_terms){0};
	if (!s->n)
		return true;
	fctx cx = {.budget = FACTOR_BUDGET};
	const pbox **bx = xmalloc(s->n * sizeof *bx);
	for (size_t i = 0; i < s->n; i++)
		bx[i] = &s->box[i];
	fnode *root = fnode_build(bx, s->n, LV_PROTO, &cx);
	free(bx);
	if (cx.budget < 0) {
		fnode_free(root);
		return false;
	}
	const ivset *path[LV_N] = {0};
	terms_walk(root, path, out);
	fnode_free(root);
	/* Terms that differ only in their sources are one term: a source
	 * class whose row holds another's term (A x D and (A|B) x D). */
	for (size_t i = 0; i < out->n; i++)
		for (size_t j = i + 1; j < out->n;) {
			pset_term *a = &out->v[i], *b = &out->v[j];
			if (!ivs_equal(&a->proto, &b->proto) || !ivs_equal(&a->dst, &b->dst) ||
			    !ivs_equal(&a->sport, &b->sport) || !ivs_equal(&a->dport, &b->dport)) {
				j++;
				continue;
			}
			for (size_t k = 0; k < b->src.n; k++)
				ivs_push(&a->src, b->src.v[k].lo, b->src.v[k].hi);
			ivs_norm(&a->src);
			term_free(b);
			out->v[j] = out->v[--out->n];
		}
	qsort(out->v, out->n, sizeof *out->v, term_cmp);
	return true;
}

/* ------------------------------------------------------- terms in words */

/* Items of an address list, sorted by their lowest address. */
typedef struct item {
	u128 lo;
	char *text;
} item;

typedef struct items {
	item *v;
	size_t n;
} items;

static void items_add(items *it, u128 lo, char *text)
{
	if (!(it->n & (it->n - 1)))
		it->v = xrealloc(it->v, (it->n ? 2 * it->n : 1) * sizeof *it->v);
	it->v[it->n++] = (item){lo, text};
}

static void items_free(items *it)
{
	for (size_t i = 0; i < it->n; i++)
		free(it->v[i].text);
	free(it->v);
	*it = (items){0};
}

static int item_cmp(const void *x, const void *y)
{
	const item *a = x, *b = y;
	return a->lo < b->lo ? -1 : a->lo > b->lo;
}

/* Trailing zero bits of v (128 for 0), and the index of its highest set
 * bit (-1 for 0). */
static int ctz128(u128 v)
{
	uint64_t lo = (uint64_t)v, hi = (uint64_t)(v >> 64);
	return lo ? __builtin_ctzll(lo) : hi ? 64 + __builtin_ctzll(hi) : 128;
}

static int log2_128(u128 v)
{
	uint64_t lo = (uint64_t)v, hi = (uint64_t)(v >> 64);
	return hi ? 127 - __builtin_clzll(hi) : lo ? 63 - __builtin_clzll(lo) : -1;
}

/* The end of the largest CIDR block that starts at lo and ends by hi:
 * as many bits as lo is aligned to and hi - lo + 1 holds. */
static u128 block_end(u128 lo, u128 hi)
{
	u128 span = hi - lo; /* the block's size less one */
	if (lo == 0 && span == U128_MAX)
		return U128_MAX;
	int b = log2_128(span + 1), tz = ctz128(lo);
	if (tz < b)
		b = tz;
	return lo + (((u128)1 << b) - 1);
}

/* The addresses of a name as an ivset (a view: not to be freed). */
static ivset name_set(const addr_name *nm)
{
	return (ivset){(ivl *)nm->iv, nm->niv};
}

/* x in words without zones: the hosts of names that it holds whole, then
 * CIDR blocks, into out; or, with out NULL, only counted (no text made).
 * Stops at cap items; returns how many. */
static size_t literal_walk(const ivset *x, const addr_names *nm, size_t cap, items *out)
{
	size_t n = 0;
	/* The hosts that x holds, taken out of it all at once at the end:
	 * a name is a host of one address (zones are passed over), so one
	 * is held by what is left when x holds it and no earlier name took
	 * it. */
	ivset took = {0};
	for (size_t i = 0; nm && i < nm->n && n < cap; i++) {
		if (nm->v[i].zone)
			continue;
		ivset h = name_set(&nm->v[i]);
		if (!h.n || !ivs_within(&h, x))
			continue;
		/* took is in the order of names, sorted only at the end */
		bool taken = false;
		for (size_t k = 0; k < h.n && !taken; k++)
			for (size_t t = 0; t < took.n && !taken; t++)
				taken = h.v[k].lo <= took.v[t].hi && took.v[t].lo <= h.v[k].hi;
		if (taken)
			continue;
		for (size_t k = 0; k < h.n; k++) {
			if (!(took.n & (took.n - 1)))
				took.v = xrealloc(took.v, (took.n ? 2 * took.n : 1) * sizeof *took.v);
			took.v[took.n++] = h.v[k];
		}
		if (out)
			items_add(out, h.v[0].lo, xstrdup(nm->v[i].text));
		n++;
	}
	ivs_norm(&took);
	ivset r = ivs_subtract(x, &took);
	ivs_free(&took);
	for (size_t i = 0; i < r.n && n < cap; i++)
		for (u128 lo = r.v[i].lo, hi = r.v[i].hi; n < cap;) {
			u128 end = block_end(lo, hi);
			if (out) {
				char a[100];
				fmt_addr_range(lo, end, a, sizeof a);
				items_add(out, lo, xstrdup(a));
			}
			n++;
			if (end == hi)
				break;
			lo = end + 1;
		}
	ivs_free(&r);
	return n;
}

static void literal_items(const ivset *x, const addr_names *nm, items *out)
{
	literal_walk(x, nm, SIZE_MAX, out);
}

/* How many items literal_items() would list for x, counted up to cap
 * (callers compare it with a short list). */
static size_t literal_count(const ivset *x, const addr_names *nm, size_t cap)
{
	return literal_walk(x, nm, cap, NULL);
}

static bool ivs_meets_range(const ivset *s, u128 lo, u128 hi)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->v[i].lo <= hi && lo <= s->v[i].hi)
			return true;
	return false;
}

/* What "ZONE except ..." lists: the hosts of names inside out, then CIDR
 * blocks that cover the rest of out and may spill into dc (addresses
 * that the zone does not hold, or that are not in the set: "internet
 * except 10.0.0.0/8" when the internet zone holds 10.0.0.0/8 but for
 * corp's 10.1.0.0/16), each meeting out.  It stops at limit items: a
 * caller that uses the list only when it is short asks for one more than
 * it would use (a zone's complement can be thousands of blocks).  Without
 * text the items are only counted (their text is NULL). */
static void except_items(const ivset *out, const ivset *dc, const addr_names *nm,
			 size_t limit, bool text, items *res)
{
	/* Views of dc and out until a name takes addresses out of them (they
	 * can be thousands of intervals: no copy for nothing). */
	ivset r = *dc, need = *out;
	bool own = false;
	for (size_t i = 0; nm && i < nm->n && need.n && res->n < limit; i++) {
		if (nm->v[i].zone)
			continue;
		ivset h = name_set(&nm->v[i]);
		if (h.n && ivs_within(&h, &need)) {
			ivset t = ivs_subtract(&r, &h), u = ivs_subtract(&need, &h);
			if (own) {
				ivs_free(&r);
				ivs_free(&need);
			}
			r = t;
			need = u;
			own = true;
			items_add(res, h.v[0].lo, text ? xstrdup(nm->v[i].text) : NULL);
		}
	}
	/* The blocks of r's intervals, in order, that meet need: only the
	 * intervals of r that meet an interval of need are cut into blocks
	 * (both lists are sorted and disjoint). */
	size_t j = 0;
	for (size_t i = 0; i < r.n && need.n && res->n < limit; i++) {
		u128 lo = r.v[i].lo, hi = r.v[i].hi;
		while (j < need.n && need.v[j].hi < lo)
			j++;
		if (j == need.n)
			break;
		if (need.v[j].lo > hi)
			continue;
		while (res->n < limit) {
			u128 end = block_end(lo, hi);
			if (ivs_meets_range(&need, lo, end)) {
				char a[100];
				if (text)
					fmt_addr_range(lo, end, a, sizeof a);
				items_add(res, lo, text ? xstrdup(a) : NULL);
			}
			if (end == hi)
				break;
			lo = end + 1;
		}
	}
	if (own) {
		ivs_free(&need);
		ivs_free(&r);
	}
}

/* Items spelled out per address list, per port list; at most so many
 * items after "ZONE except". */
#define ADDR_ITEMS 8
#define PORT_ITEMS 8
#define EXCEPT_ITEMS 4

/* The rest of an address list: the hosts of names, then CIDR blocks, or,
 * when that is shorter, the smallest block that holds them all "except"
 * up to four hosts or blocks ("10.2.135.0/24 except 10.2.135.115"). */
static void remainder_items(const ivset *r, const addr_names *nm, items *out)
{
	items plain = {0};
	literal_items(r, nm, &plain);
	if (plain.n <= 2) {
		for (size_t i = 0; i < plain.n; i++)
			items_add(out, plain.v[i].lo, plain.v[i].text);
		free(plain.v);
		return;
	}
	u128 lo = r->v[0].lo, hi = r->v[r->n - 1].hi, x = lo ^ hi;
	int bits = 0;
	while (bits < 128 && x >> bits)
		bits++;
	u128 mask = bits == 128 ? U128_MAX : ((u128)1 << bits) - 1;
	ivset c = {0};
	ivs_push(&c, lo & ~mask, lo | mask);
	ivset all = {0};
	ivs_push(&all, 0, U128_MAX);
	ivset hole = ivs_subtract(&c, r), dc = ivs_subtract(&all, r);
	items ex = {0};
	except_items(&hole, &dc, nm, EXCEPT_ITEMS + 1, true, &ex);
	if (ex.n >= 1 && ex.n <= EXCEPT_ITEMS && 1 + ex.n < plain.n) {
		qsort(ex.v, ex.n, sizeof *ex.v, item_cmp);
		char a[100];
		fmt_addr_range(c.v[0].lo, c.v[0].hi, a, sizeof a);
		char *t = xasprintf("%s except %s", a, ex.v[0].text);
		for (size_t k = 1; k < ex.n; k++) {
			char *u = xasprintf("%s%s%s", t, k + 1 < ex.n ? ", " : " and ",
					    ex.v[k].text);
			free(t);
			t = u;
		}
		items_add(out, c.v[0].lo, t);
		items_free(&plain);
	} else {
		for (size_t i = 0; i < plain.n; i++)
			items_add(out, plain.v[i].lo, plain.v[i].text);
		free(plain.v);
	}
	items_free(&ex);
	ivs_free(&hole);
	ivs_free(&dc);
	ivs_free(&all);
	ivs_free(&c);
}

/* What describing an address set used. */
typedef struct addr_words {
	bool zone_beyond; /* a zone named for its addresses of one family only */
	bool pins;        /* an item that shows the family: an address, a
			   * block, a host or a zone of one family */
	bool v4, v6;      /* the families of the set */
} addr_words;

static void sb_items(strbuf *sb, items *it, bool *elided)
{
	qsort(it->v, it->n, sizeof *it->v, item_cmp);
	for (size_t i = 0; i < it->n && i < ADDR_ITEMS; i++)
		sb_printf(sb, "%s%s", i ? ", " : "", it->v[i].text);
	if (it->n > ADDR_ITEMS) {
		sb_printf(sb, " and %zu more", it->n - ADDR_ITEMS);
		*elided = true;
	}
}

static void sb_addrs(strbuf *sb, const ivset *a, const addr_names *nm, addr_words *w,
		     bool *elided)
{
	static const ivl v4iv = {PSET_V4_LO, PSET_V4_HI};
	static const ivl v6iv[] = {{0, PSET_V4_LO - 1}, {PSET_V4_HI + 1, U128_MAX}};
	ivset v4 = {(ivl *)&v4iv, 1}, v6 = {(ivl *)v6iv, 2};
	*w = (addr_words){0};
	if (ivs_is_whole(a, U128_MAX)) {
		sb_puts(sb, "any");
		w->pins = w->v4 = w->v6 = true;
		return;
	}
	ivset p4 = ivs_intersect(a, &v4), p6 = ivs_intersect(a, &v6);
	w->v4 = p4.n > 0;
	w->v6 = p6.n > 0;
	ivset fam = {0};
	if (w->v4)
		ivs_push(&fam, PSET_V4_LO, PSET_V4_HI);
	if (w->v6) {
		ivs_push(&fam, 0, PSET_V4_LO - 1);
		ivs_push(&fam, PSET_V4_HI + 1, U128_MAX);
		ivs_norm(&fam);
	}
	ivs_free(&p4);
	ivs_free(&p6);
	items it = {0};
	if (ivs_equal(a, &v6)) {
		items_add(&it, 0, xstrdup("any IPv6 address"));
		w->pins = true;
		goto out;
	}
	ivset r = ivs_copy(a);
	for (size_t i = 0; nm && i < nm->n && r.n; i++) {
		if (!nm->v[i].zone)
			continue;
		ivset z = name_set(&nm->v[i]);
		/* a lies within fam: a zone that does not meet a has nothing
		 * in "in" below (most zones, for most terms). */
		if (!ivs_meet(&z, a))
			continue;
		ivset zf = ivs_intersect(&z, &fam);
		ivset in = ivs_intersect(&zf, a);
		if (!in.n) {
			ivs_free(&zf);
			ivs_free(&in);
			continue;
		}
		/* "corp 10.1.0.0/16": a zone that is one block says which */
		char *name;
		if (zf.n == 1 && block_end(zf.v[0].lo, zf.v[0].hi) == zf.v[0].hi) {
			char blk[100];
			fmt_addr_range(zf.v[0].lo, zf.v[0].hi, blk, sizeof blk);
			name = xasprintf("%s %s", nm->v[i].text, blk);
		} else {
			name = xstrdup(nm->v[i].text);
		}
		ivset out = ivs_subtract(&zf, a);
		bool named = false;
		if (!out.n) {
			items_add(&it, zf.v[0].lo, name);
			named = true;
		} else {
			ivset dc = ivs_subtract(&fam, &in);
			items ex = {0};
			/* Counted first: the list is seldom short enough. */
			except_items(&out, &dc, nm, EXCEPT_ITEMS + 1, false, &ex);
			bool use = ex.n <= EXCEPT_ITEMS && ex.n < literal_count(&in, nm, ex.n + 1);
			items_free(&ex);
			if (use)
				except_items(&out, &dc, nm, EXCEPT_ITEMS + 1, true, &ex);
			ivs_free(&dc);
			if (use) {
				/* "internet except EXCH1 192.0.2.10" */
				qsort(ex.v, ex.n, sizeof *ex.v, item_cmp);
				char *t = xasprintf("%s except %s", name, ex.v[0].text);
				for (size_t k = 1; k < ex.n; k++) {
					char *u = xasprintf("%s%s%s", t,
							    k + 1 < ex.n ? ", " : " and ",
							    ex.v[k].text);
					free(t);
					t = u;
				}
				items_add(&it, zf.v[0].lo, t);
				named = true;
			}
			items_free(&ex);
			free(name);
		}
		if (named) {
			ivset t = ivs_subtract(&r, &in);
			ivs_free(&r);
			r = t;
			if (!ivs_equal(&zf, &z))
				w->zone_beyond = true;
			else
				w->pins = true;
		}
		ivs_free(&out);
		ivs_free(&zf);
		ivs_free(&in);
	}
	size_t before = it.n;
	remainder_items(&r, nm, &it);
	w->pins = w->pins || it.n > before;
	ivs_free(&r);
out:
	sb_items(sb, &it, elided);
	items_free(&it);
	ivs_free(&fam);
}

/* "port 25", "ports 80, 443", "every port but 25, 993, 995": the list or,
 * when it is shorter, its complement.  noun is "port", "source port" or
 * "type" (ICMP: type * 256 + code). */
static void sb_ports(strbuf *sb, const ivset *p, const char *noun, bool icmp, bool *elided)
{
	ivset all = {0};
	ivs_push(&all, 0, 65535);
	ivset comp = ivs_subtract(&all, p);
	ivs_free(&all);
	const ivset *l = comp.n < p->n ? &comp : p;
	if (l == &comp)
		sb_printf(sb, "every %s but ", noun);
	else
		sb_printf(sb, "%s%s ", noun,
			  p->n == 1 && p->v[0].lo == p->v[0].hi ? "" : "s");
	for (size_t i = 0; i < l->n && i < PORT_ITEMS; i++) {
		if (i)
			sb_puts(sb, ", ");
		if (icmp)
			sb_icmp_range(sb, (unsigned)l->v[i].lo, (unsigned)l->v[i].hi);
		else
			sb_range16(sb, (unsigned)l->v[i].lo, (unsigned)l->v[i].hi);
	}
	if (l->n > PORT_ITEMS) {
		sb_printf(sb, " and %zu more", l->n - PORT_ITEMS);
		*elided = true;
	}
	ivs_free(&comp);
}

static void sb_protos(strbuf *sb, const ivset *p)
{
	if (ivs_is_whole(p, 255)) {
		sb_puts(sb, "IP");
		return;
	}
	ivset all = {0};
	ivs_push(&all, 0, 255);
	ivset comp = ivs_subtract(&all, p);
	ivs_free(&all);
	const ivset *l = comp.n < p->n ? &comp : p;
	if (l == &comp)
		sb_puts(sb, "every protocol but ");
	for (size_t i = 0; i < l->n; i++) {
		if (i)
			sb_puts(sb, ", ");
		if (l->v[i].lo == l->v[i].hi)
			sb_proto(sb, (unsigned)l->v[i].lo);
		else
			sb_printf(sb, "proto %u-%u", (unsigned)l->v[i].lo,
				  (unsigned)l->v[i].hi);
	}
	ivs_free(&comp);
}

void fmt_term(const pset_term *t, const addr_names *names, char *buf, size_t n,
	      bool *elided)
{
	strbuf sb, ss, sd;
	sb_init(&sb, buf, n);
	if (!n)
		return;
	char *src = xmalloc(n), *dst = xmalloc(n);
	sb_init(&ss, src, n);
	sb_init(&sd, dst, n);
	addr_words ws, wd;
	sb_addrs(&ss, &t->src, names, &ws, elided);
	sb_addrs(&sd, &t->dst, names, &wd, elided);
	sb_protos(&sb, &t->proto);
	/* "internet" stands for its IPv4 addresses when the packets are
	 * IPv4; say so when no address on the line shows the family */
	if ((ws.zone_beyond || wd.zone_beyond) && !ws.pins && !wd.pins &&
	    (ws.v4 || wd.v4) != (ws.v6 || wd.v6))
		sb_puts(&sb, ws.v4 || wd.v4 ? " over IPv4" : " over IPv6");
	/* the kinds of protocol on the line: ports, ICMP types, or none */
	bool ported = true, icmp = true;
	for (size_t i = 0; i < t->proto.n; i++)
		for (u128 p = t->proto.v[i].lo; p <= t->proto.v[i].hi; p++) {
			ported = ported && proto_has_ports((unsigned)p);
			icmp = icmp && proto_is_icmp((unsigned)p);
		}
	sb_printf(&sb, " from %s", src);
	if (ported && !ivs_is_whole(&t->sport, 65535)) {
		sb_puts(&sb, " ");
		sb_ports(&sb, &t->sport, "source port", false, elided);
	}
	sb_printf(&sb, " to %s", dst);
	bool whole = ivs_is_whole(&t->dport, 65535);
	if (ported && whole) {
		sb_puts(&sb, " on any port");
	} else if (ported) {
		sb_puts(&sb, " on ");
		sb_ports(&sb, &t->dport, "port", false, elided);
	} else if (icmp && !whole) {
		sb_puts(&sb, " ");
		sb_ports(&sb, &t->dport, "type", true, elided);
	} else if (!icmp && (!whole || !ivs_is_whole(&t->sport, 65535))) {
		/* not ports, but the set says something of the fields */
		sb_puts(&sb, " with port fields ");
		sb_ports(&sb, &t->sport, "source port", false, elided);
		sb_puts(&sb, " and ");
		sb_ports(&sb, &t->dport, "port", false, elided);
	}
	if (sb.cut)
		*elided = true;
	free(src);
	free(dst);
}
