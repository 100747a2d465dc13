/* Unit tests for sets in a topology's words: pset_terms_of (canonical
 * terms) and fmt_term (zones, hosts, CIDR blocks, port complements). */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>

#include "pset.h"
#include "test_pset.h"

#include <stdlib.h>
#include <string.h>

/* The organisation of the tests: internet any; corp 10.1.0.0/16; dmz
 * 192.0.2.0/24; EXCH1 192.0.2.10, reached from the internet at
 * 203.0.113.10. */
#define V4(a, b, c, d) A4(a, b, c, d)
static const ivl internet_iv[] = {
    {0, V4(10, 0, 255, 255)},
    {V4(10, 2, 0, 0), V4(192, 0, 1, 255)},
    {V4(192, 0, 3, 0), ~(u128)0},
};
static const ivl corp_iv[] = {{V4(10, 1, 0, 0), V4(10, 1, 255, 255)}};
static const ivl dmz_iv[] = {{V4(192, 0, 2, 0), V4(192, 0, 2, 255)}};
static const ivl ex_iv[] = {{V4(192, 0, 2, 10), V4(192, 0, 2, 10)}};
static const ivl expub_iv[] = {{V4(203, 0, 113, 10), V4(203, 0, 113, 10)}};
static const addr_name org_v[] = {
    {"internet", internet_iv, 3, true},
    {"dmz", dmz_iv, 1, true},
    {"corp", corp_iv, 1, true},
    {"EXCH1 192.0.2.10", ex_iv, 1, false},
    {"EXCH1 192.0.2.10 at 203.0.113.10", expub_iv, 1, false},
};
static const addr_names org = {org_v, NELEM(org_v)};

/* The IPv4 part of the internet zone, as a source or destination. */
static void add_internet4(pset *s, const pbox *tmpl, bool src)
{
	static const ivl v4[] = {
	    {PSET_V4_LO, V4(10, 0, 255, 255)},
	    {V4(10, 2, 0, 0), V4(192, 0, 1, 255)},
	    {V4(192, 0, 3, 0), PSET_V4_HI},
	};
	for (size_t i = 0; i < NELEM(v4); i++) {
		pbox b = *tmpl;
		if (src)
			b.src_lo = v4[i].lo, b.src_hi = v4[i].hi;
		else
			b.dst_lo = v4[i].lo, b.dst_hi = v4[i].hi;
		pset_add_box(s, &b);
	}
}

/* The terms of s in words, joined by "; ". */
static char *words(const pset *s, const addr_names *names, bool *elided)
{
	pset_terms t;
	cr_assert(pset_terms_of(s, &t));
	char *out = calloc(1, 4096);
	char buf[1024];
	for (size_t i = 0; i < t.n; i++) {
		fmt_term(&t.v[i], names, buf, sizeof buf, elided);
		if (i)
			strcat(out, "; ");
		strcat(out, buf);
	}
	pset_terms_free(&t);
	return out;
}

static void words_are(const pset *s, const addr_names *names, const char *want,
		      bool want_elided)
{
	bool elided = false;
	char *got = words(s, names, &elided);
	cr_assert(eq(str, got, (char *)want));
	cr_assert(eq(int, elided, want_elided));
	free(got);
}

static pbox tcp_to(u128 dst, uint16_t lo, uint16_t hi)
{
	pbox b = tcp_dports(lo, hi);
	b.dst_lo = b.dst_hi = dst;
	return b;
}

Test(terms, zone_name_and_port_complement)
{
	pset s = pset_empty();
	pbox b = tcp_to(V4(203, 0, 113, 10), 0, 65535);
	add_internet4(&s, &b, true);
	uint16_t cut[] = {25, 993, 995};
	for (size_t i = 0; i < NELEM(cut); i++) {
		pbox c = tcp_dports(cut[i], cut[i]);
		pset_remove_box(&s, &c);
	}
	words_are(&s, &org,
		  "TCP from internet to EXCH1 192.0.2.10 at 203.0.113.10 on every port "
		  "but 25, 993, 995",
		  false);
	/* without names: CIDR blocks, not a-b ranges */
	words_are(&s, NULL,
		  "TCP from 0.0.0.0/0 except 10.1.0.0/16 and 192.0.2.0/24 to "
		  "203.0.113.10 on every port but 25, 993, 995",
		  false);
	/* too many holes for "except": the blocks, cut */
	for (unsigned k = 1; k <= 4; k++) {
		pbox h = pbox_full();
		h.src_lo = h.src_hi = V4(198, 51, 100, 2 * k);
		pset_remove_box(&s, &h);
	}
	bool elided = false;
	char *got = words(&s, NULL, &elided);
	cr_assert(eq(str, got,
		     "TCP from 0.0.0.0/5, 8.0.0.0/7, 10.0.0.0/16, 10.2.0.0/15, "
		     "10.4.0.0/14, 10.8.0.0/13, 10.16.0.0/12, 10.32.0.0/11 and 58 "
		     "more to 203.0.113.10 on every port but 25, 993, 995"));
	cr_assert(elided);
	free(got);
	pset_free(&s);
}

Test(terms, zones_with_blocks_servers_and_except)
{
	/* from corp to the internet: the internet's IPv4 part, named */
	pset s = pset_empty();
	pbox b = pbox_full();
	b.src_lo = V4(10, 1, 0, 0);
	b.src_hi = V4(10, 1, 255, 255);
	add_internet4(&s, &b, false);
	words_are(&s, &org, "IP from corp 10.1.0.0/16 to internet", false);
	pset_free(&s);

	/* the internet but EXCH1's public address, to EXCH1 */
	s = pset_empty();
	b = tcp_to(V4(192, 0, 2, 10), 80, 80);
	add_internet4(&s, &b, true);
	pbox pub = pbox_full();
	pub.src_lo = pub.src_hi = V4(203, 0, 113, 10);
	pset_remove_box(&s, &pub);
	words_are(&s, &org,
		  "TCP from internet except EXCH1 192.0.2.10 at 203.0.113.10 to "
		  "EXCH1 192.0.2.10 on port 80",
		  false);
	pset_free(&s);

	/* the internet but 10.0.0.0/8 (anti-spoofing): the block reaches
	 * past the zone, into corp, which the zone does not hold */
	s = pset_empty();
	b = tcp_to(V4(192, 0, 2, 10), 80, 80);
	add_internet4(&s, &b, true);
	pbox spoof = pbox_full();
	spoof.src_lo = V4(10, 0, 0, 0);
	spoof.src_hi = V4(10, 255, 255, 255);
	pset_remove_box(&s, &spoof);
	words_are(&s, &org,
		  "TCP from internet except 10.0.0.0/8 to EXCH1 192.0.2.10 on port 80",
		  false);
	/* and but three hosts more */
	for (unsigned k = 1; k <= 3; k++) {
		spoof.src_lo = spoof.src_hi = V4(198, 51, 100, k);
		pset_remove_box(&s, &spoof);
	}
	words_are(&s, &org,
		  "TCP from internet except 10.0.0.0/8, 198.51.100.1 and "
		  "198.51.100.2/31 to EXCH1 192.0.2.10 on port 80",
		  false);
	pset_free(&s);

	/* two zones, a server and a block */
	s = pset_empty();
	b = tcp_to(V4(192, 0, 2, 10), 80, 80);
	add_internet4(&s, &b, true);
	b.src_lo = V4(10, 1, 0, 0);
	b.src_hi = V4(10, 1, 255, 255);
	pset_add_box(&s, &b);
	b.src_lo = b.src_hi = V4(192, 0, 2, 10);
	b.dst_lo = b.dst_hi = V4(192, 0, 2, 10);
	pset_add_box(&s, &b);
	b.src_lo = V4(192, 0, 2, 128);
	b.src_hi = V4(192, 0, 2, 191);
	pset_add_box(&s, &b);
	words_are(&s, &org,
		  "TCP from internet, corp 10.1.0.0/16, EXCH1 192.0.2.10, "
		  "192.0.2.128/26 to EXCH1 192.0.2.10 on port 80",
		  false);
	pset_free(&s);
}

Test(terms, block_except_hosts)
{
	/* a /24 but two hosts: the block and its holes, not 14 blocks */
	pbox b = tcp_dports(80, 80);
	b.src_lo = b.src_hi = V4(192, 0, 2, 10);
	b.dst_lo = V4(10, 9, 135, 0);
	b.dst_hi = V4(10, 9, 135, 255);
	pset s = pset_from_box(&b);
	pbox hole = pbox_full();
	hole.dst_lo = hole.dst_hi = V4(10, 9, 135, 115);
	pset_remove_box(&s, &hole);
	hole.dst_lo = hole.dst_hi = V4(10, 9, 135, 138);
	pset_remove_box(&s, &hole);
	words_are(&s, &org,
		  "TCP from EXCH1 192.0.2.10 to 10.9.135.0/24 except 10.9.135.115 "
		  "and 10.9.135.138 on port 80",
		  false);
	/* two holes side by side are one block */
	hole.dst_lo = hole.dst_hi = V4(10, 9, 135, 114);
	pset_remove_box(&s, &hole);
	words_are(&s, &org,
		  "TCP from EXCH1 192.0.2.10 to 10.9.135.0/24 except 10.9.135.114/31 "
		  "and 10.9.135.138 on port 80",
		  false);
	pset_free(&s);
}

Test(terms, family_said_when_names_do_not)
{
	/* internet to internet: IPv4 only, and no address shows it */
	pset s = pset_empty();
	pset half = pset_empty();
	pbox b = tcp_dports(25, 25);
	add_internet4(&half, &b, true);
	for (size_t i = 0; i < half.n; i++)
		add_internet4(&s, &half.box[i], false);
	words_are(&s, &org, "TCP over IPv4 from internet to internet on port 25",
		  false);
	pset_free(&half);
	pset_free(&s);
	/* from 192.0.3.0 to the top of IPv6: part of the internet's IPv4
	 * and part of its IPv6 addresses, no zone whole: blocks */
	pbox all = tcp_dports(25, 25);
	all.src_lo = all.dst_lo = V4(192, 0, 3, 0);
	s = pset_from_box(&all);
	words_are(&s, &org,
		  "TCP from 192.0.3.0/24, 192.0.4.0/22, 192.0.8.0/21, "
		  "192.0.16.0/20, 192.0.32.0/19, 192.0.64.0/18, 192.0.128.0/17, "
		  "192.1.0.0/16 and 120 more to 192.0.3.0/24, 192.0.4.0/22, "
		  "192.0.8.0/21, 192.0.16.0/20, 192.0.32.0/19, 192.0.64.0/18, "
		  "192.0.128.0/17, 192.1.0.0/16 and 120 more on port 25",
		  true);
	pset_free(&s);
}

Test(terms, protocols_ports_and_types)
{
	pset f = pset_full();
	words_are(&f, NULL, "IP from any to any", false);
	/* every protocol but TCP, and TCP but port 22 */
	pbox ssh = tcp_dports(22, 22);
	pset s = pset_subtract_box(&f, &ssh);
	words_are(&s, NULL,
		  "every protocol but TCP from any to any; TCP from any to any on "
		  "every port but 22",
		  false);
	pset_free(&s);
	pset_free(&f);

	/* source ports, and a list of ports */
	pbox b = tcp_dports(80, 80);
	b.sport_lo = 0;
	b.sport_hi = 1023;
	s = pset_from_box(&b);
	b.dport_lo = b.dport_hi = 443;
	pset_add_box(&s, &b);
	words_are(&s, NULL, "TCP from any source ports 0-1023 to any on ports 80, 443",
		  false);
	pset_free(&s);

	/* ten ports: eight and the count */
	s = pset_empty();
	for (unsigned k = 0; k < 10; k++) {
		pbox p = tcp_dports((uint16_t)(k * 10 + 1), (uint16_t)(k * 10 + 1));
		p.proto_lo = p.proto_hi = PROTO_UDP;
		pset_add_box(&s, &p);
	}
	words_are(&s, NULL,
		  "UDP from any to any on ports 1, 11, 21, 31, 41, 51, 61, 71 and "
		  "2 more",
		  true);
	pset_free(&s);

	/* ICMP types, TCP and UDP alike on one line */
	pbox icmp = pbox_full();
	icmp.proto_lo = icmp.proto_hi = PROTO_ICMP;
	icmp.sport_hi = 0;
	icmp.dport_lo = 8 * 256;
	icmp.dport_hi = 8 * 256 + 255;
	s = pset_from_box(&icmp);
	icmp.dport_lo = icmp.dport_hi = 3 * 256 + 4;
	pset_add_box(&s, &icmp);
	pbox dns = tcp_dports(53, 53);
	pset_add_box(&s, &dns);
	dns.proto_lo = dns.proto_hi = PROTO_UDP;
	pset_add_box(&s, &dns);
	words_are(&s, NULL,
		  "ICMP from any to any types 3 code 4, 8; TCP, UDP from any to "
		  "any on port 53",
		  false);
	pset_free(&s);
}

Test(terms, canonical_whatever_the_boxes)
{
	/* the same packets cut two ways */
	pbox a = tcp_to(V4(192, 0, 2, 10), 0, 99);
	pbox b = tcp_to(V4(192, 0, 2, 10), 100, 65535);
	pset x = pset_from_box(&a);
	pset_add_disjoint(&x, &b);
	pbox c = tcp_to(V4(192, 0, 2, 10), 0, 65535);
	c.src_lo = 0;
	c.src_hi = V4(10, 0, 0, 0);
	pbox d = c;
	d.src_lo = V4(10, 0, 0, 1);
	d.src_hi = ~(u128)0;
	pset y = pset_from_box(&c);
	pset_add_disjoint(&y, &d);
	bool e = false;
	char *wx = words(&x, &org, &e), *wy = words(&y, &org, &e);
	cr_assert(eq(str, wx, wy));
	cr_assert(eq(str, wx, "TCP from any to EXCH1 192.0.2.10 on any port"));
	free(wx);
	free(wy);
	pset_free(&x);
	pset_free(&y);
	pset s = pset_empty();
	pset_terms t;
	cr_assert(pset_terms_of(&s, &t));
	cr_assert(eq(sz, t.n, 0));
	pset_terms_free(&t);
}

Test(terms, cut_when_the_buffer_is_small)
{
	pbox b = tcp_to(V4(192, 0, 2, 10), 80, 80);
	pset s = pset_from_box(&b);
	pset_terms t;
	cr_assert(pset_terms_of(&s, &t));
	char buf[16];
	bool elided = false;
	fmt_term(&t.v[0], &org, buf, sizeof buf, &elided);
	cr_assert(eq(str, buf, "TCP from any..."));
	cr_assert(elided);
	pset_terms_free(&t);
	pset_free(&s);
}

Test(terms, too_complex_is_said_not_guessed)
{
	/* 3000 boxes, each one source to one destination: the classes of
	 * every source are cut by every destination, more work than the
	 * bound allows */
	pset s = pset_empty();
	for (uint32_t k = 0; k < 3000; k++) {
		pbox b = tcp_dports(80, 80);
		b.src_lo = b.src_hi = PSET_V4_LO | (2 * k);
		b.dst_lo = b.dst_hi = PSET_V4_LO | (0x01000000u + 2 * k);
		pset_add_disjoint(&s, &b);
	}
	pset_terms t;
	cr_assert(not(pset_terms_of(&s, &t)));
	cr_assert(eq(sz, t.n, 0));
	pset_terms_free(&t);
	pset_free(&s);
}
