/* test_ipt_values.c - the number reader of the iptables front end against
 * the C library's strtoul(s, &end, 0), whose behaviour (xtables_strtoui in
 * libxtables) it reproduces: same value, same end, same overflow. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/frontend/iptables/ipt_int.h"

static void same_as_strtoul(const char *s)
{
	errno = 0;
	char *cend;
	unsigned long want = strtoul(s, &cend, 0);
	bool want_range = errno == ERANGE;
	const char *end;
	bool range;
	unsigned long got = ipt_strtoul0(s, &end, &range);
	cr_expect(eq(ulong, got, want), "value of '%s'", s);
	cr_expect(eq(ptr, (void *)end, (void *)cend), "end of '%s'", s);
	cr_expect(eq(int, range, want_range), "overflow of '%s'", s);
}

Test(ipt_values, strtoul0_is_strtoul_base_0)
{
	static const char *const cases[] = {
		"0", "00025", "25", "025", "0x19", "0X1f", "0x", "0xg", "0x1g", "08", "019",
		"09", "255", "256", "010.1.1.1", "1.2", "+5", "+", "+0x10", "+-5", "4294967295",
		"4294967296", "18446744073709551615", "18446744073709551616",
		"99999999999999999999999", "0xffffffffffffffff", "0x10000000000000000",
		"01777777777777777777777", "02000000000000000000000", "7a", "0xFFz", "1:2",
		"65535", "0000000000000000000000000001",
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		same_as_strtoul(cases[i]);
}

/* Random words of digits, hex letters, x, X, '+', '.', ':' that start with
 * a digit or '+' (what the callers pass). */
Test(ipt_values, strtoul0_on_random_words)
{
	static const char alphabet[] = "0123456789abcdefABCDEFxX+.:g";
	unsigned seed = 14;
	char w[32];
	for (int t = 0; t < 20000; t++) {
		size_t n = 1 + (seed = seed * 1103515245u + 12345u) % 24;
		for (size_t i = 0; i < n; i++)
			w[i] = alphabet[((seed = seed * 1103515245u + 12345u) >> 8 & 0xff) % (sizeof alphabet - 1)];
		w[n] = '\0';
		if (!(w[0] >= '0' && w[0] <= '9') && w[0] != '+')
			w[0] = '0';
		same_as_strtoul(w);
	}
}
