/* grammar.h - what the four Bison grammars (grammar/) share: the scanner
 * handle, how a rule's location is computed, and the words of a syntax
 * error.  Included from each grammar's "%code requires".
 */
#ifndef FWLINT_GRAMMAR_H
#define FWLINT_GRAMMAR_H

#include <stddef.h>

#include "srcloc.h"

/* flex's reentrant scanner handle, declared before the scanner header. */
#ifndef YY_TYPEDEF_YY_SCANNER_T
#define YY_TYPEDEF_YY_SCANNER_T
typedef void *yyscan_t;
#endif

/* srcloc spells its fields differently from Bison's default location: a
 * rule spans from its first symbol's start to its last symbol's end; an
 * empty rule sits just after what precedes it. */
#define YYLLOC_DEFAULT(Cur, Rhs, N)                                     \
	do {                                                            \
		if (N) {                                                \
			(Cur) = YYRHSLOC(Rhs, 1);                       \
			(Cur).end_line = YYRHSLOC(Rhs, N).end_line;     \
			(Cur).end_col = YYRHSLOC(Rhs, N).end_col;       \
		} else {                                                \
			(Cur) = YYRHSLOC(Rhs, 0);                       \
			(Cur).line = (Cur).end_line;                    \
			(Cur).col = (Cur).end_col + 1;                  \
		}                                                       \
	} while (0)

/* How a syntax error lists what the parser expected. */
enum syntax_list {
	SYNTAX_LIST_COMMA_OR, /* "A, B or C" */
	SYNTAX_LIST_OR,       /* "A or B or C" */
};

/* Append to buf (which holds len bytes of text, of size bytes) ", VERB "
 * and the n names joined as style says; nothing when n is 0.  Returns the
 * new length, which may pass size when the text was cut (snprintf's
 * convention): a later append then adds nothing. */
size_t syntax_append_expected(char *buf, size_t size, size_t len, const char *verb,
			      const char *const *names, int n, enum syntax_list style);

#endif
