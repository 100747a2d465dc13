/* Unit tests for the interface table: ids, prefix blocks, synthetic
 * members. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <criterion/parameterized.h>

#include "iftab.h"

#include <string.h>

static iftab tab;

static void build(void)
{
	iftab_init(&tab);
	/* Out of order, with a duplicate and nested wildcards. */
	const char *names[] = {"eth2", "eth0",	"wg0",	 "eth+", "eth1",
			       "eth0", "eth1+", "eth10", "lo",	 "+"};
	for (size_t i = 0; i < sizeof(names) / sizeof(*names); i++)
		iftab_add(&tab, names[i]);
	iftab_freeze(&tab);
}

static void teardown(void)
{
	iftab_free(&tab);
}

TestSuite(iftab, .init = build, .fini = teardown);

/* Sorted bytewise: "" < "eth+" < "eth0" < "eth1" < "eth1+" < "eth10" <
 * "eth2" < "lo" < "wg0". */
Test(iftab, sorted_dedup_with_synthetic)
{
	const char *want[] = {"",      "eth+", "eth0", "eth1", "eth1+",
			      "eth10", "eth2", "lo",   "wg0"};
	cr_assert(eq(sz, tab.n, sizeof(want) / sizeof(*want)));
	for (size_t i = 0; i < tab.n; i++) {
		cr_assert(eq(str, tab.name[i], (char *)want[i]));
		cr_assert(eq(int, tab.synthetic[i],
			     want[i][0] && strchr(want[i], '+') != NULL));
	}
}

Test(iftab, ids_and_names)
{
	cr_assert(eq(u16, iftab_id(&tab, "eth0"), 2));
	cr_assert(eq(u16, iftab_id(&tab, "wg0"), 8));
	cr_assert(eq(u16, iftab_id(&tab, "ppp0"), 0));
	cr_assert(eq(str, (char *)iftab_name(&tab, 0), "other"));
	cr_assert(eq(str, (char *)iftab_name(&tab, 1), "eth+"));
	cr_assert(eq(str, (char *)iftab_name(&tab, 6), "eth2"));
	cr_assert(eq(str, (char *)iftab_name(&tab, 999), "other"));
}

typedef struct range_case {
	char pattern[16]; /* not a pointer: Criterion copies parameters */
	bool found;
	uint16_t lo, hi;
} range_case;

ParameterizedTestParameters(iftab, range)
{
	static range_case cases[] = {
	    {"eth0", true, 2, 2},  {"eth10", true, 5, 5}, {"eth+", true, 1, 6},
	    {"eth1+", true, 3, 5}, {"+", true, 0, 8},	  {"lo", true, 7, 7},
	    {"l+", true, 7, 7},	   {"ppp0", false, 0, 0}, {"ppp+", false, 0, 0},
	    {"eth", false, 0, 0},  {"", false, 0, 0},	  {"wg0+", true, 8, 8},
	};
	return cr_make_param_array(range_case, cases,
				   sizeof(cases) / sizeof(*cases));
}

/* The suite's .init and .fini build and free the table (giving them here
 * again would run them twice). */
ParameterizedTest(range_case *c, iftab, range)
{
	uint16_t lo = 0, hi = 0;
	bool found = iftab_range(&tab, c->pattern, &lo, &hi);
	cr_assert(eq(int, found, c->found), "pattern %s", c->pattern);
	if (c->found) {
		cr_assert(eq(u16, lo, c->lo), "pattern %s", c->pattern);
		cr_assert(eq(u16, hi, c->hi), "pattern %s", c->pattern);
	}
}

Test(iftab_empty, only_other)
{
	iftab t;
	iftab_init(&t);
	iftab_freeze(&t);
	iftab_freeze(&t); /* idempotent */
	uint16_t lo, hi;
	cr_assert(eq(sz, t.n, 1));
	cr_assert(iftab_range(&t, "+", &lo, &hi));
	cr_assert(eq(u16, lo, 0));
	cr_assert(eq(u16, hi, 0));
	cr_assert(not(iftab_range(&t, "eth0", &lo, &hi)));
	cr_assert(eq(u16, iftab_id(&t, "eth0"), 0));
	iftab_free(&t);
}

Test(iftab_empty, unfrozen_knows_nothing)
{
	iftab t;
	iftab_init(&t);
	iftab_add(&t, "eth0");
	uint16_t lo, hi;
	cr_assert(eq(u16, iftab_id(&t, "eth0"), 0));
	cr_assert(not(iftab_range(&t, "eth0", &lo, &hi)));
	iftab_free(&t);
}
