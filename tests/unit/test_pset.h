/* test_pset.h - what the packet-set tests (test_pset*.c) share: address
 * literals and the boxes most cases start from. */
#ifndef FWLINT_TEST_PSET_H
#define FWLINT_TEST_PSET_H

#include "pset.h"

#define V6(hi64, lo64) (((u128)(hi64) << 64) | (u128)(lo64))
#define NELEM(a)       (sizeof(a) / sizeof(*(a)))

/* The IPv4 address a.b.c.d, in the IPv4-mapped range. */
#define A4(a, b, c, d)                                                         \
	(PSET_V4_LO | (u128)((uint32_t)(a) << 24 | (b) << 16 | (c) << 8 | (d)))

/* TCP to destination ports [lo, hi], everything else whole. */
static inline pbox tcp_dports(uint16_t lo, uint16_t hi)
{
	pbox b = pbox_full();
	b.proto_lo = b.proto_hi = PROTO_TCP;
	b.dport_lo = lo;
	b.dport_hi = hi;
	return b;
}

/* Destination addresses [lo, hi], everything else whole. */
static inline pbox dst_range(u128 lo, u128 hi)
{
	pbox b = pbox_full();
	b.dst_lo = lo;
	b.dst_hi = hi;
	return b;
}

#endif
