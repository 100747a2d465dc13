/* pf_detect.c - recognising a pf.conf (pf.h). */
#include "pf.h"

#include <ctype.h>
#include <string.h>

#include "frontend.h"

/* pf.conf(5) statements start with one of these words, or are a macro
 * definition "name = value". */
static bool pf_first_word(const char *w, size_t n, const char *rest, size_t restlen)
{
	static const char *const words[] = {
		"pass", "block", "match", "set", "table", "anchor", "antispoof", "scrub",
		"nat", "rdr", "binat", "no", "queue", "altq", "include", "load",
		"nat-anchor", "rdr-anchor", "binat-anchor",
	};
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strlen(words[i]) == n && memcmp(words[i], w, n) == 0)
			return true;
	size_t j = 0;
	while (j < restlen && (rest[j] == ' ' || rest[j] == '\t'))
		j++;
	return j < restlen && rest[j] == '=';
}

const char *pf_detect(const char *buf, size_t len)
{
	size_t i = frontend_first_statement(buf, len);
	size_t n = 0;
	while (i + n < len && (isalnum((unsigned char)buf[i + n]) || buf[i + n] == '_' ||
			       buf[i + n] == '-'))
		n++;
	if (n && pf_first_word(buf + i, n, buf + i + n, len - i - n))
		return "pf";
	return NULL;
}
