/* Unit tests for the packet-set algebra: exact sets at the boundaries,
 * identities, example packets, formatting, overflow, and a property test
 * against a brute-force model on a shrunken domain. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <criterion/parameterized.h>

#include "iftab.h"
#include "pset.h"

#include <stdlib.h>
#include <string.h>

#define V6(hi64, lo64) (((u128)(hi64) << 64) | (u128)(lo64))
#define NELEM(a)       (sizeof(a) / sizeof(*(a)))

static pbox tcp_dports(uint16_t lo, uint16_t hi)
{
	pbox b = pbox_full();
	b.proto_lo = b.proto_hi = PROTO_TCP;
	b.dport_lo = lo;
	b.dport_hi = hi;
	return b;
}

static pbox dst_range(u128 lo, u128 hi)
{
	pbox b = pbox_full();
	b.dst_lo = lo;
	b.dst_hi = hi;
	return b;
}

static pbox full_but_state(uint8_t state)
{
	pbox b = pbox_full();
	b.state = state;
	return b;
}

/* s is exactly the one box want. */
static void assert_one_box(const pset *s, const pbox *want)
{
	pset w = pset_from_box(want);
	cr_assert(eq(sz, s->n, 1));
	cr_assert(pbox_contains(&s->box[0], want) &&
		  pbox_contains(want, &s->box[0]));
	cr_assert(pset_equal(s, &w));
	pset_free(&w);
}

/* ------------------------------------------------------------ tcpflags */

Test(tcpflags, match)
{
	cr_assert(eq(u64, tcpflags_match(0, 0), TCPFLAGS_ALL));
	/* --syn: SYN set, ACK, RST and FIN clear: 8 combinations. */
	uint64_t syn =
	    tcpflags_match(TCPF_SYN | TCPF_ACK | TCPF_RST | TCPF_FIN, TCPF_SYN);
	cr_assert(eq(int, __builtin_popcountll(syn), 4));
	cr_assert(syn >> TCPF_SYN & 1);
	cr_assert(syn >> (TCPF_SYN | TCPF_PSH) & 1);
	cr_assert(not(syn >> (TCPF_SYN | TCPF_ACK) & 1));
	/* established: ACK set, 32 combinations. */
	cr_assert(eq(
	    int, __builtin_popcountll(tcpflags_match(TCPF_ACK, TCPF_ACK)), 32));
	/* A comparison bit outside the mask matches nothing. */
	cr_assert(eq(u64, tcpflags_match(TCPF_FIN, TCPF_SYN), 0));
	cr_assert(eq(u64, tcpflags_match(0x3f, 0x3f), (uint64_t)1 << 63));
	cr_assert(eq(u64, tcpflags_match(0xff, 0), 1));
}

/* --------------------------------------------------------------- boxes */

Test(pbox, full_and_empty)
{
	pbox b = pbox_full();
	cr_assert(not(pbox_is_empty(&b)));
	b.state = 0;
	cr_assert(pbox_is_empty(&b));
	b = pbox_full();
	b.flags = 0;
	cr_assert(pbox_is_empty(&b));
	b = tcp_dports(10, 9);
	cr_assert(pbox_is_empty(&b));
	b = dst_range(U128_MAX, U128_MAX);
	cr_assert(not(pbox_is_empty(&b)));
	pset s = pset_from_box(&(pbox){0});
	cr_assert(pset_is_empty(&s));
	pset_free(&s);
}

Test(pbox, intersect_and_contain)
{
	pbox a = tcp_dports(0, 1023), b = tcp_dports(1023, 1024), x;
	cr_assert(pbox_intersect(&a, &b, &x));
	cr_assert(eq(u16, x.dport_lo, 1023));
	cr_assert(eq(u16, x.dport_hi, 1023));
	pbox c = tcp_dports(1024, 65535);
	cr_assert(not(pbox_intersects(&a, &c)));
	cr_assert(not(pbox_intersect(&a, &c, &x)));
	pbox full = pbox_full();
	cr_assert(pbox_contains(&full, &a));
	cr_assert(not(pbox_contains(&a, &full)));
	pbox s1 = full_but_state(CT_NEW), s2 = full_but_state(CT_ESTABLISHED);
	cr_assert(not(pbox_intersects(&s1, &s2)));
}

Test(pbox, contains_packet)
{
	pbox b = tcp_dports(135, 135);
	b.dst_lo = b.dst_hi = addr_v4(0x0a01000a);
	b.flags = tcpflags_match(TCPF_SYN | TCPF_ACK, TCPF_SYN);
	packet p = {.proto = PROTO_TCP,
		    .dst = addr_v4(0x0a01000a),
		    .dport = 135,
		    .state = CT_NEW,
		    .flags = TCPF_SYN};
	cr_assert(pbox_contains_packet(&b, &p));
	p.flags = TCPF_SYN | TCPF_ACK;
	cr_assert(not(pbox_contains_packet(&b, &p)));
	p.flags = TCPF_SYN;
	p.dport = 136;
	cr_assert(not(pbox_contains_packet(&b, &p)));
	p.dport = 135;
	p.state = 0;
	cr_assert(not(pbox_contains_packet(&b, &p)));
}

/* --------------------------------------------------- port boundaries */

typedef struct port_case {
	uint16_t cut_lo, cut_hi; /* subtracted from TCP any port */
	size_t nbox;		 /* boxes left */
	uint16_t lo[2], hi[2];	 /* in dport order */
} port_case;

ParameterizedTestParameters(ports, subtract)
{
	static port_case cases[] = {
	    {0, 0, 1, {1}, {65535}},
	    {65535, 65535, 1, {0}, {65534}},
	    {0, 1023, 1, {1024}, {65535}},
	    {1024, 65535, 1, {0}, {1023}},
	    {1023, 1024, 2, {0, 1025}, {1022, 65535}},
	    {135, 135, 2, {0, 136}, {134, 65535}},
	    {0, 65535, 0, {0}, {0}},
	};
	return cr_make_param_array(port_case, cases, NELEM(cases));
}

ParameterizedTest(port_case *c, ports, subtract)
{
	pbox any = tcp_dports(0, 65535), cut = tcp_dports(c->cut_lo, c->cut_hi);
	pset s = pset_from_box(&any);
	pset r = pset_subtract_box(&s, &cut);
	cr_assert(eq(sz, r.n, c->nbox));
	pset want = pset_empty();
	for (size_t i = 0; i < c->nbox; i++) {
		pbox w = tcp_dports(c->lo[i], c->hi[i]);
		pset_add_box(&want, &w);
	}
	cr_assert(pset_equal(&r, &want));
	/* The input is a value: untouched. */
	assert_one_box(&s, &any);
	pset_free(&want);
	pset_free(&r);
	pset_free(&s);
}

/* Cutting one port out of every protocol leaves the other protocols whole:
 * the pieces are proto 0-5, proto 7-255 and TCP minus the port. */
Test(ports, subtract_from_full)
{
	pset full = pset_full();
	pbox cut = tcp_dports(135, 135);
	pset r = pset_subtract_box(&full, &cut);
	cr_assert(eq(sz, r.n, 4));
	pbox other = pbox_full();
	other.proto_lo = 0;
	other.proto_hi = 5;
	pset expect = pset_from_box(&other);
	other.proto_lo = 7;
	other.proto_hi = 255;
	pset_add_box(&expect, &other);
	pbox t = tcp_dports(0, 134);
	pset_add_box(&expect, &t);
	t = tcp_dports(136, 65535);
	pset_add_box(&expect, &t);
	cr_assert(pset_equal(&r, &expect));
	pset u = pset_union(&r, &(pset){.box = &cut, .n = 1, .cap = 1});
	cr_assert(pset_equal(&u, &full));
	pset_free(&u);
	pset_free(&expect);
	pset_free(&r);
	pset_free(&full);
}

/* ---------------------------------------------------- address prefixes */

typedef struct prefix_case {
	u128 lo, hi;	       /* subtracted from 10.0.0.0/24 */
	u128 left_lo, left_hi; /* what is left below, or lo > hi */
	u128 right_lo, right_hi;
} prefix_case;

#define A4(a, b, c, d)                                                         \
	(PSET_V4_LO | (u128)((uint32_t)(a) << 24 | (b) << 16 | (c) << 8 | (d)))

ParameterizedTestParameters(prefix, subtract)
{
	static prefix_case cases[] = {
	    /* /31 at the bottom */
	    {A4(10, 0, 0, 0), A4(10, 0, 0, 1), 1, 0, A4(10, 0, 0, 2),
	     A4(10, 0, 0, 255)},
	    /* /32 at the top */
	    {A4(10, 0, 0, 255), A4(10, 0, 0, 255), A4(10, 0, 0, 0),
	     A4(10, 0, 0, 254), 1, 0},
	    /* /32 in the middle */
	    {A4(10, 0, 0, 7), A4(10, 0, 0, 7), A4(10, 0, 0, 0), A4(10, 0, 0, 6),
	     A4(10, 0, 0, 8), A4(10, 0, 0, 255)},
	    /* IPv4 /0 takes all */
	    {PSET_V4_LO, PSET_V4_HI, 1, 0, 1, 0},
	    /* IPv6 ::/0 takes all */
	    {0, U128_MAX, 1, 0, 1, 0},
	    /* disjoint: 10.0.1.0/24 */
	    {A4(10, 0, 1, 0), A4(10, 0, 1, 255), A4(10, 0, 0, 0),
	     A4(10, 0, 0, 255), 1, 0},
	};
	return cr_make_param_array(prefix_case, cases, NELEM(cases));
}

ParameterizedTest(prefix_case *c, prefix, subtract)
{
	pbox net = dst_range(A4(10, 0, 0, 0), A4(10, 0, 0, 255));
	pbox cut = dst_range(c->lo, c->hi);
	pset s = pset_from_box(&net);
	pset r = pset_subtract_box(&s, &cut);
	pset want = pset_empty();
	pbox w = dst_range(c->left_lo, c->left_hi);
	pset_add_box(&want, &w);
	w = dst_range(c->right_lo, c->right_hi);
	pset_add_box(&want, &w);
	cr_assert(pset_equal(&r, &want));
	cr_assert(eq(sz, r.n, want.n));
	pset_free(&want);
	pset_free(&r);
	pset_free(&s);
}

Test(prefix, ipv6_128_and_edges)
{
	u128 a = V6(0x20010db800000000ull, 1);
	pbox one = dst_range(a, a);
	pset full = pset_full();
	pset r = pset_subtract_box(&full, &one);
	pset back = pset_complement(&r);
	assert_one_box(&back, &one);
	/* The extremes of the address space. */
	pbox top = dst_range(U128_MAX, U128_MAX), bottom = dst_range(0, 0);
	pset t = pset_subtract_box(&full, &top);
	cr_assert(eq(sz, t.n, 1));
	cr_assert(t.box[0].dst_hi == U128_MAX - 1);
	pset b = pset_subtract_box(&full, &bottom);
	cr_assert(eq(sz, b.n, 1));
	cr_assert(b.box[0].dst_lo == 1);
	pset_free(&b);
	pset_free(&t);
	pset_free(&back);
	pset_free(&r);
	pset_free(&full);
}

/* ------------------------------------------------------------ bit sets */

Test(bits, state)
{
	pset full = pset_full();
	pbox new_only = full_but_state(CT_NEW);
	pset r = pset_subtract_box(&full, &new_only);
	pbox rest = full_but_state(CT_ESTABLISHED | CT_RELATED | CT_INVALID |
				   CT_UNTRACKED);
	assert_one_box(&r, &rest);
	pbox est = full_but_state(CT_ESTABLISHED | CT_RELATED);
	pset r2 = pset_subtract_box(&r, &est);
	pbox rest2 = full_but_state(CT_INVALID | CT_UNTRACKED);
	assert_one_box(&r2, &rest2);
	/* Adding the states back merges into one full box. */
	pset_add_box(&r2, &est);
	pset_add_box(&r2, &new_only);
	pbox all = pbox_full();
	assert_one_box(&r2, &all);
	pset_free(&r2);
	pset_free(&r);
	pset_free(&full);
}

Test(bits, flags)
{
	pbox tcp = tcp_dports(0, 65535);
	pbox syn = tcp;
	syn.flags = tcpflags_match(TCPF_SYN | TCPF_ACK, TCPF_SYN);
	pset s = pset_from_box(&tcp);
	pset r = pset_subtract_box(&s, &syn);
	pbox rest = tcp;
	rest.flags = ~syn.flags;
	assert_one_box(&r, &rest);
	pset i = pset_intersect_box(&r, &syn);
	cr_assert(pset_is_empty(&i));
	pset_free(&i);
	pset_free(&r);
	pset_free(&s);
}

/* ---------------------------------------------------------- identities */

Test(identities, empty_and_full)
{
	pset e = pset_empty(), f = pset_full();
	pset ce = pset_complement(&e), cf = pset_complement(&f);
	cr_assert(pset_equal(&ce, &f));
	cr_assert(pset_is_empty(&cf));
	cr_assert(pset_subset(&e, &f));
	cr_assert(pset_subset(&e, &e));
	cr_assert(not(pset_subset(&f, &e)));
	cr_assert(not(pset_intersects(&e, &f)));
	cr_assert(pset_intersects(&f, &f));
	pset u = pset_union(&e, &f), i = pset_intersect(&e, &f);
	cr_assert(pset_equal(&u, &f));
	cr_assert(pset_is_empty(&i));
	packet p;
	cr_assert(not(pset_example(&e, &p)));
	pset_free(&u);
	pset_free(&i);
	pset_free(&ce);
	pset_free(&cf);
	pset_free(&f);
	pset_free(&e);
}

Test(identities, complement_twice)
{
	pbox a = tcp_dports(25, 25),
	     b = dst_range(A4(10, 1, 0, 0), A4(10, 1, 255, 255));
	b.sport_lo = 1024;
	b.state = CT_NEW;
	pset s = pset_from_box(&a);
	pset_add_box(&s, &b);
	pset c = pset_complement(&s);
	pset cc = pset_complement(&c);
	cr_assert(pset_equal(&cc, &s));
	pset x = pset_intersect(&s, &c);
	cr_assert(pset_is_empty(&x));
	pset u = pset_union(&s, &c), full = pset_full();
	cr_assert(pset_equal(&u, &full));
	pset_free(&full);
	pset_free(&u);
	pset_free(&x);
	pset_free(&cc);
	pset_free(&c);
	pset_free(&s);
}

/* ------------------------------------------------------------- merging */

Test(merge, adjacent_contained_containing)
{
	pset s = pset_empty();
	pbox a = tcp_dports(0, 9), b = tcp_dports(10, 19), c = tcp_dports(5, 6);
	pset_add_box(&s, &a);
	pset_add_box(&s, &b);
	pbox ab = tcp_dports(0, 19);
	assert_one_box(&s, &ab);
	pset_add_box(&s, &c); /* contained: dropped */
	assert_one_box(&s, &ab);
	pbox gap = tcp_dports(21, 30); /* not adjacent: kept apart */
	pset_add_box(&s, &gap);
	cr_assert(eq(sz, s.n, 2));
	pbox big = tcp_dports(0, 100); /* contains both: replaces them */
	pset_add_box(&s, &big);
	assert_one_box(&s, &big);
	pbox udp = big;
	udp.proto_lo = udp.proto_hi = PROTO_UDP;
	udp.dport_lo = 50;
	pset_add_box(&s, &udp); /* differs in two fields: kept apart */
	cr_assert(eq(sz, s.n, 2));
	pset_free(&s);
}

Test(merge, compact_grid)
{
	/* A 2x2 grid in sport x dport, added in an order that no single
	 * insert can merge (the diagonal first), then compacted. */
	pset s = pset_empty();
	uint16_t lo[2] = {0, 10}, hi[2] = {9, 19};
	int order[4][2] = {{0, 0}, {1, 1}, {0, 1}, {1, 0}};
	for (int k = 0; k < 4; k++) {
		pbox b = tcp_dports(lo[order[k][1]], hi[order[k][1]]);
		b.sport_lo = lo[order[k][0]];
		b.sport_hi = hi[order[k][0]];
		pset_add_box(&s, &b);
	}
	pset_compact(&s);
	pbox want = tcp_dports(0, 19);
	want.sport_hi = 19;
	assert_one_box(&s, &want);
	pset_free(&s);
}

Test(merge, remove_box_in_place_and_absorb)
{
	pset s = pset_full();
	pbox cut = tcp_dports(0, 1023);
	pset_remove_box(&s, &cut);
	pset cut_set = pset_from_box(&cut);
	cr_assert(not(pset_intersects(&s, &cut_set)));
	pset_absorb(&s, &cut_set);
	cr_assert(pset_is_empty(&cut_set));
	cr_assert(eq(ptr, cut_set.box, NULL));
	pset full = pset_full();
	cr_assert(pset_equal(&s, &full));
	pset_compact(&s);
	cr_assert(eq(sz, s.n, 1));
	pset_free(&full);
	pset_free(&s);
}

/* Past MERGE_SCAN_LIMIT boxes the pieces merge only with each other; the
 * result must stay exact all the same. */
Test(merge, large_set_stays_exact)
{
	pset s = pset_empty();
	for (unsigned port = 0; port < 4000; port += 2) {
		pbox b = tcp_dports((uint16_t)port, (uint16_t)port);
		pset_add_box(&s, &b);
	}
	cr_assert(eq(sz, s.n, 2000));
	pbox cut = tcp_dports(1000, 2999);
	cut.src_lo = A4(10, 0, 0, 0);
	cut.src_hi = A4(10, 255, 255, 255);
	pset r = pset_subtract_box(&s, &cut);
	cr_assert(eq(sz, s.n, 2000));
	u128 srcs[] = {A4(9, 255, 255, 255), A4(10, 0, 0, 0),
		       A4(10, 255, 255, 255), A4(11, 0, 0, 0)};
	for (unsigned port = 0; port < 5000; port++) {
		for (size_t k = 0; k < NELEM(srcs); k++) {
			packet p = {.proto = PROTO_TCP,
				    .src = srcs[k],
				    .dport = (uint16_t)port,
				    .state = CT_NEW,
				    .flags = TCPF_SYN};
			bool in_cut =
			    port >= 1000 && port <= 2999 && (k == 1 || k == 2);
			bool want = port % 2 == 0 && port < 4000 && !in_cut;
			cr_assert(eq(int, pset_contains_packet(&r, &p), want),
				  "port %u src %zu", port, k);
		}
	}
	pset_free(&r);
	pset_free(&s);
}

/* ------------------------------------------------------------ overflow */

Test(overflow, capped)
{
	/* PSET_MAX_BOXES distinct boxes, built by hand (add_box would be
	 * quadratic); cutting a hole in one of them needs one box more. */
	size_t n = PSET_MAX_BOXES;
	pset big = {.box = malloc(n * sizeof(pbox)), .n = n, .cap = n};
	for (size_t k = 0; k < n; k++) {
		big.box[k] = pbox_full();
		big.box[k].dport_lo = big.box[k].dport_hi =
		    (uint16_t)(2 * (k % 32768));
		big.box[k].sport_lo = big.box[k].sport_hi =
		    (uint16_t)(2 * (k / 32768));
	}
	pbox hole = pbox_full();
	hole.dport_hi = hole.sport_hi = 0;
	hole.src_lo = hole.src_hi = A4(10, 0, 0, 1);
	pset r = pset_subtract_box(&big, &hole);
	cr_assert(r.overflow);
	cr_assert(eq(sz, r.n, PSET_MAX_BOXES));
	cr_assert(not(big.overflow));
	pset_remove_box(&big, &hole);
	cr_assert(big.overflow);
	cr_assert(eq(sz, big.n, PSET_MAX_BOXES));
	/* A hole that splits nothing does not overflow. */
	pset fine = pset_subtract_box(&r, &(pbox){0});
	pset_free(&fine);
	pset_free(&r);
	pset_free(&big);
}

Test(overflow, sticky)
{
	pbox small = tcp_dports(1, 1);
	pset over = pset_from_box(&small), one = pset_from_box(&small);
	over.overflow = true;
	pset r[] = {
	    pset_subtract_box(&over, &small),
	    pset_subtract(&one, &over),
	    pset_union(&one, &over),
	    pset_intersect(&one, &over),
	    pset_intersect_box(&over, &small),
	    pset_complement(&over),
	    pset_clone(&over),
	};
	for (size_t k = 0; k < NELEM(r); k++) {
		cr_assert(r[k].overflow, "result %zu", k);
		pset_free(&r[k]);
	}
	pset x = pset_clone(&one);
	pset_absorb(&x, &over);
	cr_assert(x.overflow);
	char buf[200];
	pset_summary(&x, NULL, buf, sizeof(buf));
	cr_assert(eq(str, buf,
		     "(too complex, incomplete) TCP from any to any port 1"));
	pset_free(&x);
	pset_free(&one);
}

/* ------------------------------------------------------------- example */

static packet example_of_box(const pbox *b)
{
	pset s = pset_from_box(b);
	packet p;
	cr_assert(pset_example(&s, &p));
	cr_assert(pset_contains_packet(&s, &p));
	pset_free(&s);
	return p;
}

Test(example, full_set)
{
	pbox full = pbox_full();
	packet p = example_of_box(&full);
	/* TCP is the most readable protocol; a plain SYN its best packet. */
	cr_assert(eq(u8, p.proto, PROTO_TCP));
	cr_assert(p.src == 0 && p.dst == 0);
	cr_assert(eq(u16, p.sport, 1024));
	cr_assert(eq(u16, p.dport, 0));
	cr_assert(eq(u8, p.state, CT_NEW));
	cr_assert(eq(u8, p.flags, TCPF_SYN));
	cr_assert(eq(u16, p.iif, 0));
}

Test(example, prefers_tcp_then_udp_then_icmp)
{
	pbox b = pbox_full();
	b.proto_lo = 7; /* no TCP */
	cr_assert(eq(u8, example_of_box(&b).proto, PROTO_UDP));
	b.proto_lo = 0;
	b.proto_hi = 5; /* ICMP, no TCP or UDP */
	cr_assert(eq(u8, example_of_box(&b).proto, PROTO_ICMP));
	b.proto_lo = b.proto_hi = 47;
	cr_assert(eq(u8, example_of_box(&b).proto, 47));
}

Test(example, tcp_flags_preference)
{
	pbox b = tcp_dports(135, 135);
	cr_assert(eq(u8, example_of_box(&b).flags, TCPF_SYN));
	b.flags = tcpflags_match(TCPF_ACK, TCPF_ACK);
	cr_assert(eq(u8, example_of_box(&b).flags, TCPF_ACK));
	b.flags = tcpflags_match(TCPF_RST, TCPF_RST);
	cr_assert(eq(u8, example_of_box(&b).flags, TCPF_RST));
	b.flags = tcpflags_match(TCPF_RST, TCPF_RST) &
		  tcpflags_match(TCPF_ACK, TCPF_ACK);
	cr_assert(eq(u8, example_of_box(&b).flags, TCPF_RST | TCPF_ACK));
}

Test(example, ports_and_state)
{
	pbox b = tcp_dports(1023, 2000);
	b.sport_lo = 0;
	b.sport_hi = 1023;
	b.state = CT_ESTABLISHED | CT_RELATED;
	packet p = example_of_box(&b);
	cr_assert(eq(u16, p.sport, 0));
	cr_assert(eq(u16, p.dport, 1023));
	cr_assert(eq(u8, p.state, CT_ESTABLISHED));
	b.sport_hi = 1024;
	cr_assert(eq(u16, example_of_box(&b).sport, 1024));
	b.sport_lo = 2000;
	b.sport_hi = 3000;
	cr_assert(eq(u16, example_of_box(&b).sport, 2000));
	b.sport_lo = b.sport_hi = 65535;
	b.state = CT_UNTRACKED;
	p = example_of_box(&b);
	cr_assert(eq(u16, p.sport, 65535));
	cr_assert(eq(u8, p.state, CT_UNTRACKED));
}

Test(example, lowest_protocol_and_address_across_boxes)
{
	pbox udp = dst_range(A4(10, 0, 0, 1), A4(10, 0, 0, 1));
	udp.proto_lo = udp.proto_hi = PROTO_UDP;
	pbox tcp_hi = tcp_dports(80, 80), tcp_lo = tcp_dports(443, 443);
	tcp_hi.dst_lo = tcp_hi.dst_hi = A4(10, 0, 0, 9);
	tcp_lo.dst_lo = tcp_lo.dst_hi = A4(10, 0, 0, 2);
	pset s = pset_from_box(&udp);
	pset_add_box(&s, &tcp_hi);
	pset_add_box(&s, &tcp_lo);
	packet p;
	cr_assert(pset_example(&s, &p));
	cr_assert(eq(u8, p.proto, PROTO_TCP));
	cr_assert(p.dst == A4(10, 0, 0, 2));
	cr_assert(eq(u16, p.dport, 443));
	pset_free(&s);
}

/* ---------------------------------------------------------- formatting */

typedef struct addr_case {
	u128 a;
	char text[48]; /* not a pointer: Criterion copies parameters */
} addr_case;

ParameterizedTestParameters(fmt, addr)
{
	static addr_case cases[] = {
	    {A4(0, 0, 0, 0), "0.0.0.0"},
	    {A4(255, 255, 255, 255), "255.255.255.255"},
	    {A4(198, 51, 100, 7), "198.51.100.7"},
	    {0, "::"},
	    {1, "::1"},
	    {U128_MAX, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"},
	    {V6(0x20010db800000000ull, 1), "2001:db8::1"},
	    /* Two equal runs: the first is compressed (RFC 5952 4.2.3). */
	    {V6(0x20010db800000000ull, 0x0001000000000001ull),
	     "2001:db8::1:0:0:1"},
	    /* The longest run wins (4.2.3). */
	    {V6(0x2001000000000001ull, 0x0000000000000001ull), "2001:0:0:1::1"},
	    /* One zero group is not compressed (4.2.2). */
	    {V6(0x20010db800000001ull, 0x0001000100010001ull),
	     "2001:db8:0:1:1:1:1:1"},
	    {V6(0x20010DB800000000ull, 0xABCDull), "2001:db8::abcd"},
	    {V6(0xfe80000000000000ull, 0), "fe80::"},
	    /* Just below the IPv4-mapped range. */
	    {PSET_V4_LO - 1, "::fffe:ffff:ffff"},
	};
	return cr_make_param_array(addr_case, cases, NELEM(cases));
}

ParameterizedTest(addr_case *c, fmt, addr)
{
	char buf[48];
	fmt_addr(c->a, buf, sizeof(buf));
	cr_assert(eq(str, buf, c->text));
}

typedef struct range_case {
	u128 lo, hi;
	char text[100];
} range_case;

ParameterizedTestParameters(fmt, addr_range)
{
	static range_case cases[] = {
	    {0, U128_MAX, "any"},
	    {PSET_V4_LO, PSET_V4_HI, "0.0.0.0/0"},
	    {A4(10, 0, 0, 0), A4(10, 255, 255, 255), "10.0.0.0/8"},
	    {A4(10, 0, 0, 1), A4(10, 0, 0, 1), "10.0.0.1"},
	    {A4(10, 0, 0, 0), A4(10, 0, 0, 1), "10.0.0.0/31"},
	    {A4(128, 0, 0, 0), A4(255, 255, 255, 255), "128.0.0.0/1"},
	    {A4(10, 0, 0, 1), A4(10, 0, 0, 2), "10.0.0.1-10.0.0.2"},
	    {A4(10, 0, 0, 2), A4(10, 0, 0, 255), "10.0.0.2-10.0.0.255"},
	    {V6(0x20010db800000000ull, 1), V6(0x20010db800000000ull, 1),
	     "2001:db8::1"},
	    {V6(0x20010db800000000ull, 0), V6(0x20010db8ffffffffull, ~0ull),
	     "2001:db8::/32"},
	    {0, 0, "::"},
	    {0, ~(u128)0 >> 1, "::/1"},
	    {0, PSET_V4_HI, "::/80"},
	    {0, 5, "::-::5"},
	};
	return cr_make_param_array(range_case, cases, NELEM(cases));
}

ParameterizedTest(range_case *c, fmt, addr_range)
{
	char buf[100];
	fmt_addr_range(c->lo, c->hi, buf, sizeof(buf));
	cr_assert(eq(str, buf, c->text));
}

static iftab tab;

static void tab_build(void)
{
	iftab_init(&tab);
	iftab_add(&tab, "eth0");
	iftab_add(&tab, "eth1");
	iftab_add(&tab, "eth2");
	iftab_freeze(&tab);
}

static void tab_free(void)
{
	iftab_free(&tab);
}

Test(fmt, packet, .init = tab_build, .fini = tab_free)
{
	char buf[200];
	packet p = {.proto = PROTO_TCP,
		    .src = A4(198, 51, 100, 7),
		    .sport = 40000,
		    .dst = A4(10, 1, 0, 10),
		    .dport = 135,
		    .iif = iftab_id(&tab, "eth0"),
		    .oif = iftab_id(&tab, "eth2"),
		    .state = CT_NEW,
		    .flags = TCPF_SYN};
	fmt_packet(&p, &tab, buf, sizeof(buf));
	cr_assert(eq(str, buf,
		     "TCP 198.51.100.7:40000 -> 10.1.0.10:135 in eth0 out eth2 "
		     "NEW SYN"));
	fmt_packet(&p, NULL, buf, sizeof(buf));
	cr_assert(
	    eq(str, buf,
	       "TCP 198.51.100.7:40000 -> 10.1.0.10:135 in #1 out #3 NEW SYN"));
	p.iif = p.oif = 0;
	p.state = CT_ESTABLISHED;
	p.flags = TCPF_SYN | TCPF_ACK;
	fmt_packet(&p, &tab, buf, sizeof(buf));
	cr_assert(
	    eq(str, buf,
	       "TCP 198.51.100.7:40000 -> 10.1.0.10:135 ESTABLISHED SYN,ACK"));
	p.flags = 0;
	p.state = CT_INVALID;
	fmt_packet(&p, &tab, buf, sizeof(buf));
	cr_assert(
	    eq(str, buf,
	       "TCP 198.51.100.7:40000 -> 10.1.0.10:135 INVALID no-flags"));
	p.flags = TCPF_FIN | TCPF_PSH | TCPF_URG;
	p.state = CT_UNTRACKED;
	fmt_packet(&p, &tab, buf, sizeof(buf));
	cr_assert(eq(
	    str, buf,
	    "TCP 198.51.100.7:40000 -> 10.1.0.10:135 UNTRACKED FIN,PSH,URG"));
}

Test(fmt, packet_other_protocols)
{
	char buf[200];
	packet p = {.proto = PROTO_ICMP,
		    .src = A4(1, 2, 3, 4),
		    .dst = A4(5, 6, 7, 8),
		    .dport = 8 * 256,
		    .state = CT_NEW};
	fmt_packet(&p, NULL, buf, sizeof(buf));
	cr_assert(eq(str, buf, "ICMP 1.2.3.4 -> 5.6.7.8 type 8 code 0 NEW"));
	p = (packet){.proto = PROTO_UDP,
		     .src = V6(0x20010db800000000ull, 1),
		     .sport = 5353,
		     .dst = V6(0x20010db800000000ull, 2),
		     .dport = 53,
		     .state = CT_RELATED};
	fmt_packet(&p, NULL, buf, sizeof(buf));
	cr_assert(
	    eq(str, buf, "UDP [2001:db8::1]:5353 -> [2001:db8::2]:53 RELATED"));
	p.proto = PROTO_ICMPV6;
	p.sport = 0;
	p.dport = 1 * 256 + 4;
	fmt_packet(&p, NULL, buf, sizeof(buf));
	cr_assert(
	    eq(str, buf,
	       "ICMPv6 2001:db8::1 -> 2001:db8::2 type 1 code 4 RELATED"));
	p = (packet){.proto = 47,
		     .src = A4(1, 2, 3, 4),
		     .dst = A4(5, 6, 7, 8),
		     .state = CT_NEW};
	fmt_packet(&p, NULL, buf, sizeof(buf));
	cr_assert(eq(str, buf, "proto 47 1.2.3.4 -> 5.6.7.8 NEW"));
	p.proto = 132; /* SCTP: ports are ports */
	p.sport = 1;
	p.dport = 2;
	fmt_packet(&p, NULL, buf, sizeof(buf));
	cr_assert(eq(str, buf, "proto 132 1.2.3.4:1 -> 5.6.7.8:2 NEW"));
}

Test(fmt, truncation)
{
	char buf[16];
	packet p = {.proto = PROTO_TCP,
		    .src = A4(198, 51, 100, 7),
		    .sport = 40000,
		    .dst = A4(10, 1, 0, 10),
		    .dport = 135,
		    .state = CT_NEW,
		    .flags = TCPF_SYN};
	fmt_packet(&p, NULL, buf, sizeof(buf));
	cr_assert(eq(str, buf, "TCP 198.51.1..."));
	cr_assert(eq(sz, strlen(buf), 15));
}

/* ------------------------------------------------------------- summary */

static void summary_is(const pset *s, size_t n, const char *want)
{
	char *buf = malloc(n);
	pset_summary(s, NULL, buf, n);
	cr_assert(eq(str, buf, (char *)want));
	free(buf);
}

Test(summary, over_permissive_shape)
{
	pbox tcp = tcp_dports(1, 65535);
	tcp.dst_lo = tcp.dst_hi = A4(10, 1, 0, 10);
	pset s = pset_from_box(&tcp);
	pbox cut = tcp_dports(135, 135);
	pset r = pset_subtract_box(&s, &cut);
	summary_is(&r, 200, "TCP from any to 10.1.0.10 ports 1-134,136-65535");
	pbox udp = tcp;
	udp.proto_lo = udp.proto_hi = PROTO_UDP;
	udp.dport_lo = udp.dport_hi = 53;
	udp.sport_lo = 1024;
	udp.src_lo = A4(10, 0, 0, 0);
	udp.src_hi = A4(10, 255, 255, 255);
	pset_add_box(&r, &udp);
	summary_is(
	    &r, 200,
	    "TCP from any to 10.1.0.10 ports 1-134,136-65535; "
	    "UDP from 10.0.0.0/8 ports 1024-65535 to 10.1.0.10 port 53");
	/* Cut short: NUL-terminated, marked. */
	summary_is(&r, 20, "TCP from any to ...");
	pset_free(&r);
	pset_free(&s);
}

Test(summary, empty_whole_icmp_and_limits)
{
	pset e = pset_empty();
	summary_is(&e, 100, "nothing");
	pset f = pset_full();
	summary_is(&f, 100, "IP from any to any");
	pset_free(&f);

	pbox icmp = pbox_full();
	icmp.proto_lo = icmp.proto_hi = PROTO_ICMP;
	icmp.sport_hi = 0;
	icmp.dport_lo = 8 * 256;
	icmp.dport_hi = 8 * 256 + 255;
	pset s = pset_from_box(&icmp);
	icmp.dport_lo = icmp.dport_hi = 3 * 256 + 4;
	pset_add_box(&s, &icmp);
	summary_is(&s, 100, "ICMP from any to any type 3 code 4,8");
	pset_free(&s);

	/* Ten ports far apart, then ten destinations: capped. */
	pset many = pset_empty();
	for (unsigned k = 0; k < 10; k++) {
		pbox b = tcp_dports((uint16_t)(k * 10), (uint16_t)(k * 10));
		pset_add_box(&many, &b);
	}
	summary_is(
	    &many, 200,
	    "TCP from any to any ports 0,10,20,30,40,50,60,70 and 2 more");
	pset_free(&many);
	many = pset_empty();
	for (unsigned k = 0; k < 10; k++) {
		pbox b = tcp_dports(80, 80);
		b.dst_lo = b.dst_hi = A4(10, 0, 0, 20 - 2 * k);
		pset_add_box(&many, &b);
	}
	summary_is(&many, 400,
		   "TCP from any to 10.0.0.2 port 80; TCP from any to 10.0.0.4 "
		   "port 80; "
		   "TCP from any to 10.0.0.6 port 80; TCP from any to 10.0.0.8 "
		   "port 80; "
		   "TCP from any to 10.0.0.10 port 80; TCP from any to "
		   "10.0.0.12 port 80; "
		   "and 4 more");
	pset_free(&many);
}

/* --------------------------------------------------- property testing */

/* A brute-force model on a shrunken domain.  Random boxes take their bounds
 * from a small table per field (which holds the field's extremes and the
 * interesting boundaries: 1023/1024, 65535, the IPv4-mapped range, the top
 * of the 128-bit space).  Between two consecutive bounds every value
 * behaves alike under every operation, because results only ever have
 * bounds b, b - 1 or b + 1; so one representative per bound and per gap
 * between bounds makes an exhaustive enumeration exact over the whole real
 * packet space, not just over the sample.  Bit fields do the same with
 * classes of bits that random sets never split.  Each trial activates a few
 * fields (the others stay whole) so that the domain stays small. */

enum {
	MF_PROTO,
	MF_SRC,
	MF_DST,
	MF_SPORT,
	MF_DPORT,
	MF_IIF,
	MF_OIF,
	MF_STATE,
	MF_FLAGS,
	MF_COUNT
};
#define MODEL_MAX_PACKETS 4096
#define MAX_VALUES	  8

typedef struct model_field {
	int nbounds;
	u128 bound[MAX_VALUES];
} model_field;

static const model_field interval_fields[MF_STATE] = {
    [MF_PROTO] = {4, {0, 6, 17, 255}},
    [MF_SRC] = {4, {0, 5, PSET_V4_HI, ~(u128)0}},
    [MF_DST] = {4, {0, 1, PSET_V4_LO + 10, ~(u128)0}},
    [MF_SPORT] = {4, {0, 1023, 1024, 65535}},
    [MF_DPORT] = {4, {0, 135, 65534, 65535}},
    [MF_IIF] = {3, {0, 1, 65535}},
    [MF_OIF] = {3, {0, 2, 65535}},
};
/* Bit classes that random sets never split, and one member of each. */
static const uint8_t state_class[3] = {CT_NEW, CT_ESTABLISHED | CT_RELATED,
				       CT_INVALID | CT_UNTRACKED};
static const uint8_t state_rep[3] = {CT_NEW, CT_ESTABLISHED, CT_INVALID};
#define FLAGS_C0 ((uint64_t)1 << TCPF_SYN)
#define FLAGS_C1                                                               \
	((uint64_t)1 << TCPF_ACK | (uint64_t)1 << (TCPF_SYN | TCPF_ACK))
static const uint64_t flags_class[3] = {FLAGS_C0, FLAGS_C1,
					~(FLAGS_C0 | FLAGS_C1)};
static const uint8_t flags_rep[3] = {TCPF_SYN, TCPF_ACK, 0};

typedef struct model {
	bool active[MF_COUNT];
	int nvals[MF_COUNT];
	u128 val[MF_COUNT][2 * MAX_VALUES]; /* representatives, ascending */
	size_t npackets;
	packet *pkt;
} model;

typedef struct bits {
	uint64_t w[MODEL_MAX_PACKETS / 64];
} bits;

static uint64_t xorshift(uint64_t *state)
{
	uint64_t x = *state;
	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	return *state = x;
}

static unsigned rnd(uint64_t *st, unsigned n)
{
	return (unsigned)(xorshift(st) % n);
}

static void model_init(model *m, uint64_t *st)
{
	memset(m, 0, sizeof(*m));
	size_t size = 1;
	/* Activate fields in random order while the domain stays small. */
	for (int tries = 0; tries < 12; tries++) {
		int f = (int)rnd(st, MF_COUNT);
		if (m->active[f])
			continue;
		size_t n;
		if (f >= MF_STATE) {
			n = 3;
		} else {
			const model_field *mf = &interval_fields[f];
			n = 0;
			for (int i = 0; i < mf->nbounds; i++) {
				n++;
				if (i + 1 < mf->nbounds &&
				    mf->bound[i] + 1 < mf->bound[i + 1])
					n++;
			}
		}
		if (size * n > 1500)
			continue;
		size *= n;
		m->active[f] = true;
	}
	for (int f = 0; f < MF_COUNT; f++) {
		int n = 0;
		if (f >= MF_STATE) {
			for (int i = 0; i < (m->active[f] ? 3 : 1); i++)
				m->val[f][n++] =
				    f == MF_STATE ? state_rep[i] : flags_rep[i];
		} else if (!m->active[f]) {
			m->val[f][n++] = 0;
		} else {
			const model_field *mf = &interval_fields[f];
			for (int i = 0; i < mf->nbounds; i++) {
				m->val[f][n++] = mf->bound[i];
				if (i + 1 < mf->nbounds &&
				    mf->bound[i] + 1 < mf->bound[i + 1])
					m->val[f][n++] = mf->bound[i] + 1;
			}
		}
		m->nvals[f] = n;
	}
	m->npackets = size;
	m->pkt = malloc(size * sizeof(*m->pkt));
	for (size_t idx = 0; idx < size; idx++) {
		size_t rest = idx;
		u128 v[MF_COUNT];
		for (int f = 0; f < MF_COUNT; f++) {
			v[f] = m->val[f][rest % (size_t)m->nvals[f]];
			rest /= (size_t)m->nvals[f];
		}
		m->pkt[idx] = (packet){
		    .proto = (uint8_t)v[MF_PROTO],
		    .src = v[MF_SRC],
		    .dst = v[MF_DST],
		    .sport = (uint16_t)v[MF_SPORT],
		    .dport = (uint16_t)v[MF_DPORT],
		    .iif = (uint16_t)v[MF_IIF],
		    .oif = (uint16_t)v[MF_OIF],
		    .state = (uint8_t)v[MF_STATE],
		    .flags = (uint8_t)v[MF_FLAGS],
		};
	}
}

static void random_interval(const model *m, int f, uint64_t *st, u128 *lo,
			    u128 *hi)
{
	const model_field *mf = &interval_fields[f];
	*lo = mf->bound[0];
	*hi = mf->bound[mf->nbounds - 1];
	if (!m->active[f] || rnd(st, 3) == 0)
		return;
	unsigned i = rnd(st, (unsigned)mf->nbounds),
		 j = rnd(st, (unsigned)mf->nbounds);
	if (i > j) {
		unsigned t = i;
		i = j;
		j = t;
	}
	*lo = mf->bound[i];
	*hi = mf->bound[j];
}

static uint64_t random_classes(const model *m, int f, uint64_t *st)
{
	uint64_t set = 0;
	if (!m->active[f] || rnd(st, 3) == 0)
		return f == MF_STATE ? CT_ALL : TCPFLAGS_ALL;
	while (!set)
		for (int i = 0; i < 3; i++)
			if (rnd(st, 2))
				set |= f == MF_STATE ? state_class[i]
						     : flags_class[i];
	return set;
}

static pbox random_box(const model *m, uint64_t *st)
{
	pbox b;
	u128 lo, hi;
	random_interval(m, MF_PROTO, st, &lo, &hi);
	b.proto_lo = (uint8_t)lo, b.proto_hi = (uint8_t)hi;
	random_interval(m, MF_SRC, st, &b.src_lo, &b.src_hi);
	random_interval(m, MF_DST, st, &b.dst_lo, &b.dst_hi);
	random_interval(m, MF_SPORT, st, &lo, &hi);
	b.sport_lo = (uint16_t)lo, b.sport_hi = (uint16_t)hi;
	random_interval(m, MF_DPORT, st, &lo, &hi);
	b.dport_lo = (uint16_t)lo, b.dport_hi = (uint16_t)hi;
	random_interval(m, MF_IIF, st, &lo, &hi);
	b.iif_lo = (uint16_t)lo, b.iif_hi = (uint16_t)hi;
	random_interval(m, MF_OIF, st, &lo, &hi);
	b.oif_lo = (uint16_t)lo, b.oif_hi = (uint16_t)hi;
	b.state = (uint8_t)random_classes(m, MF_STATE, st);
	b.flags = random_classes(m, MF_FLAGS, st);
	return b;
}

/* The test's own membership, independent of pbox_contains_packet. */
static bool model_in_box(const pbox *b, const packet *p)
{
	return p->proto >= b->proto_lo && p->proto <= b->proto_hi &&
	       p->src >= b->src_lo && p->src <= b->src_hi &&
	       p->dst >= b->dst_lo && p->dst <= b->dst_hi &&
	       p->sport >= b->sport_lo && p->sport <= b->sport_hi &&
	       p->dport >= b->dport_lo && p->dport <= b->dport_hi &&
	       p->iif >= b->iif_lo && p->iif <= b->iif_hi &&
	       p->oif >= b->oif_lo && p->oif <= b->oif_hi &&
	       (b->state & p->state) && (b->flags >> p->flags & 1);
}

static bits model_of_boxes(const model *m, const pbox *box, size_t n)
{
	bits r = {{0}};
	for (size_t i = 0; i < m->npackets; i++)
		for (size_t k = 0; k < n; k++)
			if (model_in_box(&box[k], &m->pkt[i])) {
				r.w[i / 64] |= (uint64_t)1 << (i % 64);
				break;
			}
	return r;
}

static bits model_of(const model *m, const pset *s)
{
	cr_assert(not(s->overflow));
	for (size_t k = 0; k < s->n; k++)
		cr_assert(not(pbox_is_empty(&s->box[k])));
	return model_of_boxes(m, s->box, s->n);
}

static bits bits_op(const model *m, const bits *a, const bits *b, char op)
{
	bits r = {{0}};
	for (size_t i = 0; i < (m->npackets + 63) / 64; i++) {
		uint64_t x = a->w[i], y = b ? b->w[i] : 0;
		r.w[i] = op == '|'   ? x | y
			 : op == '&' ? x & y
			 : op == '-' ? x & ~y
				     : ~x;
	}
	if (m->npackets % 64)
		r.w[m->npackets / 64] &=
		    ((uint64_t)1 << (m->npackets % 64)) - 1;
	return r;
}

static bool bits_eq(const bits *a, const bits *b)
{
	return memcmp(a, b, sizeof(*a)) == 0;
}

static bool bits_empty(const bits *a)
{
	bits zero = {{0}};
	return bits_eq(a, &zero);
}

/* The representative cell of an arbitrary packet (the largest
 * representative <= each value; bit fields by class). */
static size_t model_index(const model *m, const packet *p)
{
	u128 v[MF_COUNT] = {p->proto, p->src, p->dst, p->sport,
			    p->dport, p->iif, p->oif};
	size_t idx = 0, mul = 1;
	for (int f = 0; f < MF_COUNT; f++) {
		int k = 0;
		if (f == MF_STATE || f == MF_FLAGS) {
			if (m->active[f])
				for (k = 0; k < 3; k++)
					if (f == MF_STATE
						? (state_class[k] & p->state)
						: (flags_class[k] >> p->flags &
						   1))
						break;
		} else {
			while (k + 1 < m->nvals[f] && m->val[f][k + 1] <= v[f])
				k++;
		}
		idx += (size_t)k * mul;
		mul *= (size_t)m->nvals[f];
	}
	return idx;
}

static pset random_set(const model *m, uint64_t *st, pbox *boxes, size_t *n)
{
	pset s = pset_empty();
	*n = 1 + rnd(st, 4);
	for (size_t i = 0; i < *n; i++) {
		boxes[i] = random_box(m, st);
		pset_add_box(&s, &boxes[i]);
	}
	return s;
}

/* The same boxes in the same order (field by field: padding bytes are
 * not part of a box). */
static bool same_boxes(const pset *x, const pset *y)
{
	if (x->n != y->n)
		return false;
	for (size_t k = 0; k < x->n; k++)
		if (!pbox_contains(&x->box[k], &y->box[k]) ||
		    !pbox_contains(&y->box[k], &x->box[k]))
			return false;
	return true;
}

static void check_example(const model *m, const pset *s, const bits *ms)
{
	packet p;
	bool has = pset_example(s, &p);
	cr_assert(eq(int, has, !bits_empty(ms)));
	if (!has)
		return;
	cr_assert(pset_contains_packet(s, &p));
	size_t i = model_index(m, &p);
	cr_assert(ms->w[i / 64] >> (i % 64) & 1);
}

Test(property, algebra_matches_brute_force_model)
{
	uint64_t st = 0x9e3779b97f4a7c15ull;
	for (int trial = 0; trial < 1500; trial++) {
		model m;
		model_init(&m, &st);
		pbox abox[4], bbox[4];
		size_t na, nb;
		pset a = random_set(&m, &st, abox, &na);
		pset b = random_set(&m, &st, bbox, &nb);
		pset a_saved = pset_clone(&a), b_saved = pset_clone(&b);
		bits ma = model_of_boxes(&m, abox, na),
		     mb = model_of_boxes(&m, bbox, nb);
		bits got = model_of(&m, &a);
		cr_assert(bits_eq(&got, &ma), "trial %d: add_box", trial);

		pset u = pset_union(&a, &b), i = pset_intersect(&a, &b);
		pset d = pset_subtract(&a, &b), c = pset_complement(&a);
		pset db = pset_subtract_box(&a, &bbox[0]),
		     ib = pset_intersect_box(&a, &bbox[0]);
		bits mu = bits_op(&m, &ma, &mb, '|'),
		     mi = bits_op(&m, &ma, &mb, '&');
		bits md = bits_op(&m, &ma, &mb, '-'),
		     mc = bits_op(&m, &ma, NULL, '~');
		bits mbox = model_of_boxes(&m, &bbox[0], 1);
		bits mdb = bits_op(&m, &ma, &mbox, '-'),
		     mib = bits_op(&m, &ma, &mbox, '&');
		got = model_of(&m, &u);
		cr_assert(bits_eq(&got, &mu), "trial %d: union", trial);
		got = model_of(&m, &i);
		cr_assert(bits_eq(&got, &mi), "trial %d: intersect", trial);
		got = model_of(&m, &d);
		cr_assert(bits_eq(&got, &md), "trial %d: subtract", trial);
		got = model_of(&m, &c);
		cr_assert(bits_eq(&got, &mc), "trial %d: complement", trial);
		got = model_of(&m, &db);
		cr_assert(bits_eq(&got, &mdb), "trial %d: subtract_box", trial);
		got = model_of(&m, &ib);
		cr_assert(bits_eq(&got, &mib), "trial %d: intersect_box",
			  trial);

		cr_assert(eq(int, pset_subset(&a, &b), bits_empty(&md)),
			  "trial %d: subset", trial);
		cr_assert(eq(int, pset_equal(&a, &b), bits_eq(&ma, &mb)),
			  "trial %d: equal", trial);
		cr_assert(eq(int, pset_intersects(&a, &b), !bits_empty(&mi)),
			  "trial %d: intersects", trial);
		cr_assert(eq(int, pset_is_empty(&d), bits_empty(&md)),
			  "trial %d: is_empty", trial);
		cr_assert(pset_subset(&i, &a) && pset_subset(&a, &u) &&
			  pset_subset(&d, &a));

		/* The library's own membership agrees with the model. */
		for (size_t k = 0; k < m.npackets; k++)
			cr_assert(eq(int, pset_contains_packet(&a, &m.pkt[k]),
				     (int)(ma.w[k / 64] >> (k % 64) & 1)));

		check_example(&m, &a, &ma);
		check_example(&m, &d, &md);
		check_example(&m, &c, &mc);

		/* absorb and compact keep the set. */
		pset x = pset_clone(&a), y = pset_clone(&b);
		pset_absorb(&x, &y);
		got = model_of(&m, &x);
		cr_assert(bits_eq(&got, &mu), "trial %d: absorb", trial);
		pset_compact(&x);
		got = model_of(&m, &x);
		cr_assert(bits_eq(&got, &mu), "trial %d: compact", trial);
		cr_assert(x.n <= u.n + b.n);

		/* The inputs are values. */
		cr_assert(same_boxes(&a, &a_saved), "trial %d: a changed",
			  trial);
		cr_assert(same_boxes(&b, &b_saved), "trial %d: b changed",
			  trial);

		pset *all[] = {&a, &b, &a_saved, &b_saved, &u, &i,
			       &d, &c, &db,	 &ib,	   &x, &y};
		for (size_t k = 0; k < NELEM(all); k++)
			pset_free(all[k]);
		free(m.pkt);
	}
}
