/* spell.c - "did you mean" (spell.h). */
#include "spell.h"

#include <string.h>

static unsigned char fold(unsigned char c, int nocase)
{
	return nocase && c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

/* Three rows of the classic table (two back, for a swap), on the stack:
 * both words are at most SPELL_MAX_LEN long. */
static size_t distance(const char *a, const char *b, int nocase)
{
	size_t n = strlen(a), m = strlen(b);
	if (n > SPELL_MAX_LEN || m > SPELL_MAX_LEN)
		return SPELL_FAR;
	size_t rows[3][SPELL_MAX_LEN + 1];
	size_t *prev2 = rows[0], *prev = rows[1], *cur = rows[2];
	for (size_t j = 0; j <= m; j++)
		prev[j] = j;
	for (size_t i = 1; i <= n; i++) {
		cur[0] = i;
		unsigned char ca = fold((unsigned char)a[i - 1], nocase);
		for (size_t j = 1; j <= m; j++) {
			unsigned char cb = fold((unsigned char)b[j - 1], nocase);
			size_t best = prev[j - 1] + (ca != cb); /* substitute */
			if (prev[j] + 1 < best)
				best = prev[j] + 1;             /* delete a[i-1] */
			if (cur[j - 1] + 1 < best)
				best = cur[j - 1] + 1;          /* insert b[j-1] */
			if (i > 1 && j > 1 && ca == fold((unsigned char)b[j - 2], nocase) &&
			    fold((unsigned char)a[i - 2], nocase) == cb && prev2[j - 2] + 1 < best)
				best = prev2[j - 2] + 1;        /* swap */
			cur[j] = best;
		}
		size_t *t = prev2;
		prev2 = prev;
		prev = cur;
		cur = t;
	}
	return prev[m];
}

size_t spell_distance(const char *a, const char *b)
{
	return distance(a, b, 0);
}

size_t spell_threshold(const char *word)
{
	size_t n = strlen(word) / 3;
	return n > 1 ? n : 1;
}

void spell_init(spell_best *s, const char *word)
{
	s->word = word;
	s->best = NULL;
	s->dist = SPELL_FAR;
	s->case_only = 0;
}

void spell_consider(spell_best *s, const char *candidate)
{
	if (!candidate || s->case_only || strcmp(candidate, s->word) == 0)
		return;
	size_t d = distance(s->word, candidate, 1);
	if (d == 0) {
		s->best = candidate;
		s->dist = 0;
		s->case_only = 1;
		return;
	}
	/* Not a slip when every character of the shorter word is changed:
	 * "x" is not a misspelt "kb". */
	size_t wl = strlen(s->word), cl = strlen(candidate);
	if (d > spell_threshold(s->word) || d >= wl || d >= cl || d >= s->dist)
		return;
	s->best = candidate;
	s->dist = d;
}

const char *spell_result(const spell_best *s)
{
	return s->best;
}

const char *spell_suggest(const char *word, const char *const *candidates, size_t n)
{
	spell_best s;
	spell_init(&s, word);
	for (size_t i = 0; i < n; i++)
		spell_consider(&s, candidates[i]);
	return spell_result(&s);
}
