/* spell.h - "did you mean": the known word nearest a misspelt one.
 *
 * Like git's help.c (help_unknown_cmd) and gcc's spellcheck.c: a
 * Damerau-Levenshtein distance between the word as written and each
 * candidate, and the nearest candidate suggested when it is near enough
 * for the word to be a slip of the keyboard rather than another word.
 * Used for topology names and keywords (fwlint-topology(5), DIAGNOSTICS);
 * nothing here knows what the words are.
 */
#ifndef FWLINT_SPELL_H
#define FWLINT_SPELL_H

#include <stddef.h>

/* Words longer than this get no suggestion (and a distance of
 * SPELL_FAR): nobody mistypes a 200-character name by one letter, and the
 * distance costs length times length. */
#define SPELL_MAX_LEN 128
#define SPELL_FAR ((size_t)-1)

/* The optimal string alignment distance (the restricted Damerau-
 * Levenshtein distance): how many single-character insertions, deletions,
 * substitutions and swaps of two adjacent characters turn a into b, no
 * substring edited twice.  Bytes are compared as they are ("EXCH1" and
 * "exch1" are 4 apart); SPELL_FAR when either is longer than
 * SPELL_MAX_LEN. */
size_t spell_distance(const char *a, const char *b);

/* The largest distance at which a candidate is suggested for word:
 * max(1, strlen(word) / 3) ("corpp" -> 1, "directry-port" -> 4). */
size_t spell_threshold(const char *word);

/* The nearest candidate seen so far.  spell_init(), then spell_consider()
 * for each candidate, then spell_result().  A candidate that differs from
 * the word only in letter case is nearest of all; otherwise letters are
 * compared without case, and of candidates at the same distance the first
 * one considered wins. */
typedef struct spell_best {
	const char *word;
	const char *best; /* NULL: none near enough yet */
	size_t dist;
	int case_only;    /* best differs from word only in letter case */
} spell_best;

void spell_init(spell_best *s, const char *word);
/* candidate must outlive s (s keeps the pointer); NULL is skipped, and so
 * is the word itself. */
void spell_consider(spell_best *s, const char *candidate);
/* The suggestion, or NULL when no candidate was near enough. */
const char *spell_result(const spell_best *s);

/* The same over an array: the candidate to suggest for word, or NULL. */
const char *spell_suggest(const char *word, const char *const *candidates, size_t n);

#endif
