/* grammar.c - the words of a syntax error (grammar.h). */
#include "grammar.h"

#include <stdio.h>

size_t syntax_append_expected(char *buf, size_t size, size_t len, const char *verb,
			      const char *const *names, int n, enum syntax_list style)
{
	for (int i = 0; i < n && len < size; i++) {
		const char *sep = i == 0 ? ", " : style == SYNTAX_LIST_OR || i == n - 1 ? " or " : ", ";
		len += (size_t)snprintf(buf + len, size - len, "%s%s%s%s", sep,
					i == 0 ? verb : "", i == 0 ? " " : "", names[i]);
	}
	return len;
}
