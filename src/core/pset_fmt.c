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

static void fmt_v4(uint32_t a, char *buf, size_t n)
{
	snprintf(buf, n, "%u.%u.%u.%u", a >> 24, a >> 16 & 0xff, a >> 8 & 0xff,
		 a & 0xff);
}

/* RFC 5952 section 4: no leading zeros, the longest run of two or more zero
 * groups (the first of equal runs) as "::", lower case. */
static void fmt_v6(u128 a, char *buf, size_t n)
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
	strbuf sb;
	sb_init(&sb, buf, n);
	for (int i = 0; i < 8; i++) {
		if (i == best) {
			sb_puts(&sb, "::");
			i += bestlen - 1;
			continue;
		}
		sb_printf(&sb, "%s%x", i && i != best + bestlen ? ":" : "",
			  g[i]);
	}
}

void fmt_addr(u128 a, char *buf, size_t n)
{
	if (addr_is_v4(a))
		fmt_v4((uint32_t)a, buf, n);
	else
		fmt_v6(a, buf, n);
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
	char a[48], b[48];
	int len = prefix_len(lo, hi);
	if (lo == 0 && hi == U128_MAX) {
		snprintf(buf, n, "any");
	} else if (len >= 96 && addr_is_v4(lo)) {
		fmt_addr(lo, a, sizeof(a));
		if (len == 128)
			snprintf(buf, n, "%s", a);
		else
			snprintf(buf, n, "%s/%d", a, len - 96);
	} else if (len >= 0) {
		fmt_addr(lo, a, sizeof(a));
		if (len == 128)
			snprintf(buf, n, "%s", a);
		else
			snprintf(buf, n, "%s/%d", a, len);
	} else {
		fmt_addr(lo, a, sizeof(a));
		fmt_addr(hi, b, sizeof(b));
		snprintf(buf, n, "%s-%s", a, b);
	}
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
