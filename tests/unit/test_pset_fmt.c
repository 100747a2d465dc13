/* Unit tests for the packet-set algebra's words: example packets,
 * addresses, packets and set summaries. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <criterion/parameterized.h>

#include "iftab.h"
#include "pset.h"
#include "test_pset.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------- example */

static packet example_of_box_how(const pbox *b, int how)
{
	pset s = pset_from_box(b);
	packet p;
	cr_assert(how ? pset_example_lowest(&s, &p) : pset_example(&s, &p));
	cr_assert(pset_contains_packet(&s, &p));
	pset_free(&s);
	return p;
}

static packet example_of_box(const pbox *b)
{
	return example_of_box_how(b, 0);
}

static packet lowest_of_box(const pbox *b)
{
	return example_of_box_how(b, 1);
}

Test(example, full_set)
{
	pbox full = pbox_full();
	packet p = example_of_box(&full);
	/* TCP is the most readable protocol; a plain SYN its best packet;
	 * documentation addresses (RFC 5737), a dynamic client port (RFC
	 * 6335) and a common service port. */
	cr_assert(eq(u8, p.proto, PROTO_TCP));
	cr_assert(p.src == A4(198, 51, 100, 7));
	cr_assert(p.dst == A4(203, 0, 113, 7));
	cr_assert(eq(u16, p.sport, 49152));
	cr_assert(eq(u16, p.dport, 22));
	cr_assert(eq(u8, p.state, CT_NEW));
	cr_assert(eq(u8, p.flags, TCPF_SYN));
	cr_assert(eq(u16, p.iif, 0));
}

Test(example, lowest_full_set)
{
	pbox full = pbox_full();
	packet p = lowest_of_box(&full);
	cr_assert(eq(u8, p.proto, PROTO_TCP));
	cr_assert(p.src == 0 && p.dst == 0);
	cr_assert(eq(u16, p.sport, 1024));
	cr_assert(eq(u16, p.dport, 0));
	cr_assert(eq(u8, p.state, CT_NEW));
	cr_assert(eq(u8, p.flags, TCPF_SYN));
}

Test(example, prefers_tcp_then_udp_then_icmp)
{
	pbox b = pbox_full();
	b.proto_lo = 7; /* no TCP */
	cr_assert(eq(u8, example_of_box(&b).proto, PROTO_UDP));
	b.proto_lo = 0;
	b.proto_hi = 5; /* ICMP, no TCP or UDP */
	packet p = example_of_box(&b);
	cr_assert(eq(u8, p.proto, PROTO_ICMP));
	cr_assert(eq(u16, p.dport, 8 * 256)); /* an echo request */
	b.proto_lo = b.proto_hi = 47;
	cr_assert(eq(u8, example_of_box(&b).proto, 47));
	b.proto_lo = 50;
	b.proto_hi = 60;
	cr_assert(eq(u8, example_of_box(&b).proto, PROTO_ICMPV6));
	cr_assert(eq(u8, lowest_of_box(&b).proto, 50));
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
	cr_assert(eq(u16, p.sport, 1023)); /* rresvport's first */
	cr_assert(eq(u16, p.dport, 1023));
	cr_assert(eq(u8, p.state, CT_ESTABLISHED));
	b.sport_hi = 1024;
	cr_assert(eq(u16, example_of_box(&b).sport, 1024));
	b.sport_lo = 2000;
	b.sport_hi = 3000;
	cr_assert(eq(u16, example_of_box(&b).sport, 2000));
	b.sport_hi = 65535;
	cr_assert(eq(u16, example_of_box(&b).sport, 49152));
	b.sport_lo = 49153;
	cr_assert(eq(u16, example_of_box(&b).sport, 50000));
	b.sport_lo = b.sport_hi = 65535;
	b.state = CT_UNTRACKED;
	p = example_of_box(&b);
	cr_assert(eq(u16, p.sport, 65535));
	cr_assert(eq(u8, p.state, CT_UNTRACKED));
}

Test(example, lowest_ports_and_state)
{
	pbox b = tcp_dports(1023, 2000);
	b.sport_lo = 0;
	b.sport_hi = 1023;
	b.state = CT_ESTABLISHED | CT_RELATED;
	packet p = lowest_of_box(&b);
	cr_assert(eq(u16, p.sport, 0));
	cr_assert(eq(u16, p.dport, 1023));
	b.sport_hi = 65535;
	cr_assert(eq(u16, lowest_of_box(&b).sport, 1024));
}

Test(example, service_ports)
{
	/* every port but 25, 993, 995: a common service port */
	pbox b = tcp_dports(0, 65535);
	pset s = pset_from_box(&b);
	uint16_t cut[] = {25, 993, 995, 22};
	for (size_t i = 0; i < 3; i++) {
		pbox c = tcp_dports(cut[i], cut[i]);
		pset_remove_box(&s, &c);
	}
	packet p;
	cr_assert(pset_example(&s, &p));
	cr_assert(eq(u16, p.dport, 22));
	pbox c = tcp_dports(22, 22);
	pset_remove_box(&s, &c);
	cr_assert(pset_example(&s, &p));
	cr_assert(eq(u16, p.dport, 23));
	/* the caller's ports first */
	uint16_t want[] = {4001, 135};
	example_prefs pref = {want, 2, false};
	cr_assert(pset_example_pref(&s, &pref, &p));
	cr_assert(eq(u16, p.dport, 4001));
	/* or after the common ones */
	pref.after_common = true;
	cr_assert(pset_example_pref(&s, &pref, &p));
	cr_assert(eq(u16, p.dport, 23));
	pbox low = tcp_dports(0, 1023);
	pset_remove_box(&s, &low);
	cr_assert(pset_example_pref(&s, &pref, &p));
	cr_assert(eq(u16, p.dport, 4001));
	/* UDP: DNS first */
	pbox udp = tcp_dports(0, 65535);
	udp.proto_lo = udp.proto_hi = PROTO_UDP;
	cr_assert(eq(u16, example_of_box(&udp).dport, 53));
	pset_free(&s);
	/* dynamic ports: the first of them; never 0 when another is there */
	b = tcp_dports(1024, 65535);
	cr_assert(eq(u16, example_of_box(&b).dport, 1024));
	b = tcp_dports(0, 20);
	cr_assert(eq(u16, example_of_box(&b).dport, 1));
	b = tcp_dports(0, 0);
	cr_assert(eq(u16, example_of_box(&b).dport, 0));
}

Test(example, host_addresses)
{
	/* a zone: not its network address */
	pbox b = dst_range(A4(10, 1, 0, 0), A4(10, 1, 255, 255));
	b.src_lo = A4(10, 2, 64, 0);
	b.src_hi = A4(10, 2, 127, 255);
	packet p = example_of_box(&b);
	cr_assert(p.dst == A4(10, 1, 0, 1));
	cr_assert(p.src == A4(10, 2, 64, 1));
	/* a broadcast and a network address before the first host */
	b.dst_lo = A4(10, 0, 0, 255);
	b.dst_hi = A4(10, 0, 1, 9);
	cr_assert(example_of_box(&b).dst == A4(10, 0, 1, 1));
	/* nothing else to take */
	b.dst_lo = b.dst_hi = A4(10, 0, 0, 0);
	cr_assert(example_of_box(&b).dst == A4(10, 0, 0, 0));
	/* everything but a few zones: a documentation address inside */
	pset s = pset_empty();
	pbox i1 = dst_range(PSET_V4_LO, A4(10, 0, 255, 255));
	pbox i2 = dst_range(A4(10, 3, 0, 0), A4(192, 0, 1, 255));
	pbox i3 = dst_range(A4(192, 0, 3, 0), PSET_V4_HI);
	pbox *iv[] = {&i1, &i2, &i3};
	for (size_t k = 0; k < 3; k++) {
		iv[k]->src_lo = A4(10, 1, 0, 0);
		iv[k]->src_hi = A4(10, 1, 255, 255);
		pset_add_box(&s, iv[k]);
	}
	cr_assert(pset_example(&s, &p));
	cr_assert(p.src == A4(10, 1, 0, 1));
	cr_assert(p.dst == A4(198, 51, 100, 7));
	/* from there too: another documentation address */
	for (size_t k = 0; k < 3; k++) {
		iv[k]->src_lo = iv[k]->src_hi = A4(198, 51, 100, 7);
		pset_add_box(&s, iv[k]);
	}
	cr_assert(pset_example(&s, &p));
	cr_assert(p.src == A4(198, 51, 100, 7));
	cr_assert(p.dst == A4(203, 0, 113, 7));
	pset_free(&s);
	/* not 0.0.0.0/8 when the set reaches past it */
	b = dst_range(PSET_V4_LO, A4(10, 0, 255, 255));
	cr_assert(example_of_box(&b).dst == A4(1, 0, 0, 1));
	/* source and destination of one family, not the same address */
	b = pbox_full();
	b.dst_lo = V6(0x20010db800000000ull, 0);
	b.dst_hi = V6(0x20010db8ffffffffull, ~0ull);
	p = example_of_box(&b);
	cr_assert(p.src == V6(0x20010db800000000ull, 7));
	cr_assert(p.dst == V6(0x20010db800000000ull, 1));
}

Test(example, reply_ports)
{
	/* a reply from the service back to the client's port */
	pbox b = tcp_dports(1024, 65535);
	b.sport_lo = b.sport_hi = 135;
	b.dir = CTDIR_REPLY;
	b.state = CT_ESTABLISHED;
	packet p = example_of_box(&b);
	cr_assert(eq(u16, p.sport, 135));
	cr_assert(eq(u16, p.dport, 49152));
	cr_assert(p.reply);
}

Test(example, common_port_across_boxes)
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
	cr_assert(p.dst == A4(10, 0, 0, 9));
	cr_assert(eq(u16, p.dport, 80));
	/* the lowest packet: the lowest address */
	cr_assert(pset_example_lowest(&s, &p));
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
