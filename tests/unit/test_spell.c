/* Unit tests for "did you mean" (spell.h): the distance, the threshold and
 * the choice of one suggestion. */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>

#include <string.h>

#include "spell.h"

typedef struct dist_case {
	const char *a, *b;
	size_t want;
} dist_case;

Test(spell, distance)
{
	static const dist_case cases[] = {
		{ "", "", 0 },
		{ "", "abc", 3 },
		{ "abc", "", 3 },
		{ "corp", "corp", 0 },
		{ "corpp", "corp", 1 },          /* one inserted */
		{ "crp", "corp", 1 },            /* one deleted */
		{ "cxrp", "corp", 1 },           /* one substituted */
		{ "exchnage", "exchange", 1 },   /* two swapped: one edit */
		{ "ca", "abc", 3 },              /* OSA: no edit of a swapped pair */
		{ "directry-port", "directory-port", 1 },
		{ "kitten", "sitting", 3 },
		{ "EXCH1", "exch1", 4 },         /* case counts here */
		{ "mapi", "pop3", 3 },          /* m->p, a->o, i->3 */
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const dist_case *c = &cases[i];
		cr_expect(eq(sz, spell_distance(c->a, c->b), c->want), "%s / %s", c->a, c->b);
		cr_expect(eq(sz, spell_distance(c->b, c->a), c->want), "%s / %s", c->b, c->a);
	}
}

Test(spell, too_long_is_far)
{
	char longw[SPELL_MAX_LEN + 2];
	memset(longw, 'a', sizeof longw - 1);
	longw[sizeof longw - 1] = '\0';
	cr_expect(eq(sz, spell_distance(longw, "a"), SPELL_FAR));
	cr_expect(eq(sz, spell_distance("a", longw), SPELL_FAR));
	/* exactly SPELL_MAX_LEN is still measured */
	longw[SPELL_MAX_LEN] = '\0';
	cr_expect(eq(sz, spell_distance(longw, ""), SPELL_MAX_LEN));
}

Test(spell, threshold)
{
	cr_expect(eq(sz, spell_threshold(""), 1));
	cr_expect(eq(sz, spell_threshold("ab"), 1));
	cr_expect(eq(sz, spell_threshold("corpp"), 1));
	cr_expect(eq(sz, spell_threshold("london"), 2));
	cr_expect(eq(sz, spell_threshold("directry-port"), 4));
}

Test(spell, suggest_the_nearest)
{
	static const char *const zones[] = { "internet", "dmz", "corp", "london", "london-users" };
	cr_expect(eq(str, (char *)spell_suggest("corpp", zones, 5), "corp"));
	cr_expect(eq(str, (char *)spell_suggest("lodnon", zones, 5), "london"));
	cr_expect(eq(str, (char *)spell_suggest("london-user", zones, 5), "london-users"));
	cr_expect(eq(str, (char *)spell_suggest("internt", zones, 5), "internet"));
}

Test(spell, nothing_near_enough)
{
	static const char *const zones[] = { "internet", "dmz", "corp", "london" };
	cr_expect(eq(ptr, (void *)spell_suggest("paris", zones, 4), NULL));
	/* two edits in a five-letter word is past max(1, 5/3) */
	cr_expect(eq(ptr, (void *)spell_suggest("cxrpp", zones, 4), NULL));
	/* every letter changed: not a slip */
	cr_expect(eq(ptr, (void *)spell_suggest("x", (const char *const[]){ "y" }, 1), NULL));
	cr_expect(eq(ptr, (void *)spell_suggest("corp", zones, 0), NULL));
	/* the word itself is no suggestion */
	cr_expect(eq(ptr, (void *)spell_suggest("corp", (const char *const[]){ "corp" }, 1), NULL));
}

Test(spell, case_only_wins_and_ties_keep_the_first)
{
	static const char *const servers[] = { "EXCH2", "EXCH1", "exch3" };
	cr_expect(eq(str, (char *)spell_suggest("exch1", servers, 3), "EXCH1"));
	cr_expect(eq(str, (char *)spell_suggest("EXCH4", servers, 3), "EXCH2"));
	static const char *const kw[] = { "pop3", "pop2" };
	cr_expect(eq(str, (char *)spell_suggest("pop", kw, 2), "pop3"));
}

Test(spell, incremental)
{
	spell_best s;
	spell_init(&s, "mapii");
	cr_expect(eq(ptr, (void *)spell_result(&s), NULL));
	spell_consider(&s, NULL);
	spell_consider(&s, "imap4");
	spell_consider(&s, "mapi");
	spell_consider(&s, "pop3");
	cr_expect(eq(str, (char *)spell_result(&s), "mapi"));
	cr_expect(eq(sz, s.dist, 1));
}
