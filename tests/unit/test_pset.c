/* Unit tests for the packet-set algebra: exact sets at the boundaries
 * (ports, prefixes, bit sets), identities, merging and overflow.  Example
 * packets and formatting are in test_pset_fmt.c, the property test against
 * a brute-force model in test_pset_model.c. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <criterion/parameterized.h>

#include "pset.h"
#include "test_pset.h"

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

/* The mark and direction fields: a box of known marks minus one mark
 * leaves the unknown one; a packet's mark is unknown unless stated. */
Test(pset, mark_and_direction_fields)
{
	pbox a = pbox_full(), one = pbox_full();
	one.mark_lo = one.mark_hi = 7;
	pset s = pset_subtract_box(&(pset){ &a, 1, 1, false }, &one);
	packet p = { .proto = PROTO_TCP, .state = CT_ESTABLISHED };
	cr_expect(pset_contains_packet(&s, &p)); /* unknown mark */
	p.mark_known = true;
	p.mark = 7;
	cr_expect(not(pset_contains_packet(&s, &p)));
	p.mark = 8;
	cr_expect(pset_contains_packet(&s, &p));
	pset_free(&s);
	pbox r = pbox_full();
	r.dir = CTDIR_REPLY;
	cr_expect(not(pbox_contains_packet(&r, &p)));
	p.reply = true;
	cr_expect(pbox_contains_packet(&r, &p));
	pbox x;
	pbox o = pbox_full();
	o.dir = CTDIR_ORIGINAL;
	cr_expect(not(pbox_intersect(&r, &o, &x)));
}

Test(pset, box_of_a_packet)
{
	/* Its one packet, and nothing beside: not the next port, not the
	 * other direction, not another flag; the mark unknown unless given. */
	packet p = { .src = addr_v4(0x0a010203), .dst = addr_v4(0xc000020a), .sport = 40000,
		     .dport = 25, .iif = 1, .oif = 2, .proto = PROTO_TCP, .state = CT_NEW,
		     .flags = TCPF_SYN };
	pbox b = pbox_of_packet(&p);
	cr_assert(pbox_contains_packet(&b, &p));
	packet q = p;
	q.dport = 26;
	cr_expect(not(pbox_contains_packet(&b, &q)));
	q = p;
	q.reply = true;
	cr_expect(not(pbox_contains_packet(&b, &q)));
	q = p;
	q.flags = TCPF_SYN | TCPF_ACK;
	cr_expect(not(pbox_contains_packet(&b, &q)));
	cr_expect(eq(u64, b.mark_lo, 0));
	cr_expect(eq(u64, b.mark_hi, MARK_UNKNOWN));
	p.mark_known = true;
	p.mark = 7;
	p.reply = true;
	b = pbox_of_packet(&p);
	cr_expect(pbox_contains_packet(&b, &p));
	cr_expect(eq(u64, b.mark_lo, 7));
	cr_expect(eq(u32, b.dir, CTDIR_REPLY));
}
