/* suppress.c - inline `fwlint: disable=` directives (suppress.h). */
#include "suppress.h"

#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "spell.h"
#include "xalloc.h"

void suppress_list_free(suppress_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].file);
		free(l->v[i].check);
	}
	free(l->v);
	memset(l, 0, sizeof *l);
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t';
}

/* The i-th (from 0) blank-separated word of s[0..n) and its length. */
static const char *word(const char *s, size_t n, int i, size_t *wlen)
{
	size_t p = 0;
	for (;;) {
		while (p < n && is_space(s[p]))
			p++;
		if (p == n)
			return NULL;
		size_t b = p;
		while (p < n && !is_space(s[p]))
			p++;
		if (i-- == 0) {
			*wlen = p - b;
			return s + b;
		}
	}
}

static bool word_is(const char *s, size_t n, int i, const char *w)
{
	size_t len;
	const char *p = word(s, n, i, &len);
	return p && len == strlen(w) && !strncmp(p, w, len);
}

/* Where the comment of line s[0..n) begins, or n: '#' (iptables-save,
 * pf.conf, the topology), '!' at the start of a Cisco line, or the word
 * "remark" of an ACL: "remark ...", "access-list ID remark ...", ASA's
 * "access-list ID line N remark ...".  *whole: the line is nothing but a
 * comment (a remark is a line of its own, whatever precedes the word). */
static size_t comment_start(const char *s, size_t n, bool *whole)
{
	size_t first = 0;
	while (first < n && is_space(s[first]))
		first++;
	*whole = true;
	if (first == n || s[first] == '!' || s[first] == '#')
		return first;
	size_t len;
	for (int i = 0; i <= 4; i += 2) {
		const char *w = word(s, n, i, &len);
		if (w && len == 6 && !strncmp(w, "remark", 6) &&
		    (i == 0 || word_is(s, n, 0, "access-list")))
			return (size_t)(w - s);
	}
	*whole = false;
	const char *h = memchr(s, '#', n);
	return h ? (size_t)(h - s) : n;
}

/* A line with nothing but a comment, a remark or blanks. */
static bool comment_only(const char *s, size_t n)
{
	bool whole;
	comment_start(s, n, &whole);
	return whole;
}

static void add(suppress_list *l, const char *name, int line, int col, int target,
		const char *check, size_t len)
{
	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof *l->v);
	suppression *s = &l->v[l->n++];
	s->file = xstrdup(name);
	s->line = line;
	s->col = col;
	s->target = target;
	s->check = xstrndup(check, len);
	s->used = false;
}

static void bad_name(diag_list *bad, const char *name, int line, int col, const char *w,
		     size_t len)
{
	srcloc at = { name, line, col, line, col + (int)len - 1 };
	const char *names[CHECK_COUNT + 1];
	for (size_t i = 0; i < CHECK_COUNT; i++)
		names[i] = check_table[i].name;
	names[CHECK_COUNT] = "all";
	char *word_s = xstrndup(w, len);
	const char *best = spell_suggest(word_s, names, CHECK_COUNT + 1);
	if (best)
		diag_check(bad, CHECK_UNUSED_SUPPRESSION, at,
			   "'%s' is no check (did you mean '%s'?); this directive suppresses nothing",
			   word_s, best);
	else
		diag_check(bad, CHECK_UNUSED_SUPPRESSION, at,
			   "'%s' is no check (fwlint --list-checks names them); this directive suppresses nothing",
			   word_s);
	free(word_s);
}

/* Whether s[0..n) starts with pfx and has more after it. */
static bool has_prefix(const char *s, size_t n, const char *pfx)
{
	size_t len = strlen(pfx);
	return n > len && !strncmp(s, pfx, len);
}

void suppress_scan(suppress_list *l, srccache *c, const char *name, diag_list *bad)
{
	static const char key[] = "fwlint:";
	/* Most files hold no directive: one search, not a look at each line. */
	if (!srccache_contains(c, name, key, sizeof key - 1))
		return;
	int nlines = srccache_nlines(c, name);
	for (int ln = 1; ln <= nlines; ln++) {
		size_t n;
		const char *s = srccache_line(c, name, ln, &n);
		bool whole;
		size_t cs = comment_start(s, n, &whole);
		if (cs == n)
			continue;
		/* "fwlint:" in the comment, then the directive: k indexes s. */
		size_t k = n;
		for (size_t i = cs; i + sizeof key - 1 <= n; i++)
			if (!strncmp(s + i, key, sizeof key - 1)) {
				k = i + sizeof key - 1;
				break;
			}
		while (k < n && is_space(s[k]))
			k++;
		int target;
		if (has_prefix(s + k, n - k, "disable-file=")) {
			k += 13;
			target = 0;
		} else if (has_prefix(s + k, n - k, "disable=")) {
			k += 8;
			target = -1;
		} else {
			continue;
		}
		if (target < 0) {
			if (!whole) {
				target = ln;
			} else {
				/* The next line that holds a rule. */
				target = 0;
				for (int j = ln + 1; j <= nlines && !target; j++) {
					size_t jn;
					const char *js = srccache_line(c, name, j, &jn);
					if (!comment_only(js, jn))
						target = j;
				}
				if (!target)
					target = -1; /* covers nothing: reported unused */
			}
		}
		/* CHECK[,CHECK...], up to a blank. */
		while (k < n && !is_space(s[k])) {
			size_t w = k;
			while (k < n && s[k] != ',' && !is_space(s[k]))
				k++;
			size_t len = k - w;
			int col = (int)w + 1;
			if (len) {
				char *cw = xstrndup(s + w, len);
				bool known = !strcmp(cw, "all") || check_find(cw);
				free(cw);
				if (known)
					add(l, name, ln, col, target, s + w, len);
				else
					bad_name(bad, name, ln, col, s + w, len);
			}
			if (k < n && s[k] == ',')
				k++;
		}
	}
}

bool suppress_covers(suppress_list *l, const diag *d)
{
	if (!d->check || !d->file)
		return false;
	bool covered = false;
	for (size_t i = 0; i < l->n; i++) {
		suppression *s = &l->v[i];
		if ((s->target != 0 && s->target != d->loc.line) || strcmp(s->file, d->file))
			continue;
		if (strcmp(s->check, "all") && strcmp(s->check, d->check))
			continue;
		s->used = true;
		covered = true;
	}
	return covered;
}
