/* Unit tests for the registry of checks (check.h) and the table of front
 * ends (frontend.h). */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <string.h>

#include "check.h"
#include "checks.h"
#include "frontend.h"

/* Every check is found: by a front end (parse), by its own function, or
 * by the function of the row it names, which must have one and look at
 * the same input. */
Test(registry, every_check_has_a_finder)
{
	for (size_t i = 0; i < CHECK_COUNT; i++) {
		const check_def *c = &check_table[i];
		cr_expect(c->name && c->desc, "row %zu", i);
		cr_expect(eq(ptr, (void *)check_find(c->name), (void *)c), "%s", c->name);
		cr_expect(eq(str, (char *)check_name((enum check_id)i), (char *)c->name));
		if (c->input == CHECK_INPUT_PARSE) {
			cr_expect(c->run == NULL, "%s", c->name);
			continue;
		}
		if (c->run) {
			cr_expect(eq(int, c->by, (int)i), "%s", c->name);
			continue;
		}
		cr_assert(c->by < CHECK_COUNT && c->by != i, "%s", c->name);
		cr_expect(check_table[c->by].run != NULL, "%s", c->name);
		cr_expect(eq(int, check_table[c->by].input, c->input), "%s", c->name);
	}
	cr_expect(check_find("no-such-check") == NULL);
}

/* A finding takes the level of its row; a note stays a note. */
Test(registry, diag_check_takes_the_level_of_the_row)
{
	diag_list l;
	diag_list_init(&l);
	srcloc at = { "f", 1, 1, 1, 1 };
	for (size_t i = 0; i < CHECK_COUNT; i++) {
		diag *d = diag_check(&l, (enum check_id)i, at, "m %zu", i);
		cr_expect(eq(int, d->level, check_table[i].level));
		cr_expect(eq(str, (char *)d->check, (char *)check_table[i].name));
	}
	diag *n = diag_check_note(&l, CHECK_SHADOWED_RULE, at, "note");
	cr_expect(eq(int, n->level, DIAG_NOTE));
	cr_expect(eq(sz, l.nerror + l.nwarning, (size_t)CHECK_COUNT));
	diag_list_free(&l);
}

Test(registry, checks_that_need_a_topology)
{
	cr_expect(eq(int, check_needs_topology(&check_table[CHECK_PARSE_ERROR]), 0));
	cr_expect(eq(int, check_needs_topology(&check_table[CHECK_SHADOWED_RULE]), 0));
	cr_expect(eq(int, check_needs_topology(&check_table[CHECK_UNRESOLVED]), 0));
	cr_expect(eq(int, check_needs_topology(&check_table[CHECK_MISSING_OPENING]), 1));
	cr_expect(eq(int, check_needs_topology(&check_table[CHECK_DYNAMIC_RPC]), 1));
}

Test(frontend, table_names_and_lookup)
{
	char buf[128];
	cr_expect(eq(str, (char *)frontend_names(buf, sizeof buf), "iptables, pf, pf-freebsd, cisco or asa"));
	for (size_t i = 0; i < frontend_count; i++)
		cr_expect(eq(ptr, (void *)frontend_find(frontend_table[i].name),
			     (void *)&frontend_table[i]));
	cr_expect(frontend_find("nftables") == NULL);
	/* a buffer too small is cut, never overrun */
	char tiny[6];
	cr_expect(eq(str, (char *)frontend_names(tiny, sizeof tiny), "iptab"));
}

static const char *detected(const char *text)
{
	const frontend *fe = frontend_detect(text, strlen(text));
	return fe ? fe->name : "-";
}

Test(frontend, detection_asks_the_rows_in_order)
{
	cr_expect(eq(str, (char *)detected(""), "iptables"));
	cr_expect(eq(str, (char *)detected("\xef\xbb\xbf# c\n\n*filter\n"), "iptables"));
	cr_expect(eq(str, (char *)detected("# c\n:INPUT ACCEPT [0:0]\n"), "iptables"));
	cr_expect(eq(str, (char *)detected("ext = \"em0\"\npass\n"), "pf"));
	cr_expect(eq(str, (char *)detected("  # x\nblock all\n"), "pf"));
	cr_expect(eq(str, (char *)detected(": Saved\nASA Version 9.8(1)\n"), "asa"));
	cr_expect(eq(str, (char *)detected("!\nip access-list extended X\n"), "cisco"));
	cr_expect(eq(str, (char *)detected("hello world\n"), "-"));
}

Test(frontend, first_statement)
{
	cr_expect(eq(sz, frontend_first_statement("", 0), 0));
	cr_expect(eq(sz, frontend_first_statement("# only\n", 7), 7));
	cr_expect(eq(sz, frontend_first_statement("\xef\xbb\xbf \t\r\n#x\nab", 12), 10));
}
