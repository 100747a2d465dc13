/* spell.h - did-you-mean: the nearest of some names to a misspelt one. */
#ifndef FWLINT_SPELL_H
#define FWLINT_SPELL_H

#include <stddef.h>

/* The optimal string alignment distance (Damerau-Levenshtein with adjacent
 * transpositions, each substring edited once) between a and b. */
size_t spell_distance(const char *a, const char *b);
/* The candidate nearest to word when it is near enough to be a typo of it
 * (a distance of at most max(1, strlen(word) / 3), as gcc's spellcheck.c
 * bounds it), else NULL.  Ties go to the first candidate. */
const char *spell_suggest(const char *word, const char *const *cand, size_t n);

#endif
