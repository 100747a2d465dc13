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

static bool word_is(const char *w, size_t n, const char *s)
{
	return strlen(s) == n && memcmp(w, s, n) == 0;
}

/* The word at buf[i..len): its length. */
static size_t word_len(const char *buf, size_t i, size_t len)
{
	size_t n = 0;
	while (i + n < len && (isalnum((unsigned char)buf[i + n]) || buf[i + n] == '_' ||
			       buf[i + n] == '-'))
		n++;
	return n;
}

static size_t skip_blanks(const char *buf, size_t i, size_t len)
{
	while (i < len && (buf[i] == ' ' || buf[i] == '\t'))
		i++;
	return i;
}

/* A line that starts a statement only FreeBSD's pfctl reads (fwlint(1), pf
 * dialects): scrub, nat, rdr, binat, "no" one of these, nat-anchor,
 * rdr-anchor, binat-anchor, "altq on".  Not a macro of that name
 * ("nat = ..."). */
static bool freebsd_line(const char *buf, size_t i, size_t len)
{
	static const char *const words[] = {
		"scrub", "nat", "rdr", "binat", "nat-anchor", "rdr-anchor", "binat-anchor",
	};
	i = skip_blanks(buf, i, len);
	size_t n = word_len(buf, i, len);
	if (!n)
		return false;
	const char *w = buf + i;
	size_t j = skip_blanks(buf, i + n, len);
	if (j < len && buf[j] == '=')
		return false;
	size_t m = word_len(buf, j, len);
	if (word_is(w, n, "altq"))
		return word_is(buf + j, m, "on");
	if (word_is(w, n, "no")) {
		w = buf + j;
		n = m;
		if (!word_is(w, n, "scrub") && !word_is(w, n, "nat") && !word_is(w, n, "rdr") &&
		    !word_is(w, n, "binat"))
			return false;
	}
	for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
		if (word_is(w, n, words[k]))
			return true;
	return false;
}

const char *pf_detect(const char *buf, size_t len)
{
	size_t i = frontend_first_statement(buf, len);
	size_t n = 0;
	while (i + n < len && (isalnum((unsigned char)buf[i + n]) || buf[i + n] == '_' ||
			       buf[i + n] == '-'))
		n++;
	if (!n || !pf_first_word(buf + i, n, buf + i + n, len - i - n))
		return NULL;
	/* a pf.conf: FreeBSD's when a line says so (pfSense's rules.debug) */
	for (size_t k = 0; k < len;) {
		if (freebsd_line(buf, k, len))
			return "pf-freebsd";
		const char *nl = memchr(buf + k, '\n', len - k);
		k = nl ? (size_t)(nl - buf) + 1 : len;
	}
	return "pf";
}
