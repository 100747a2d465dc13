/* srccache.c - the text of the files a run read, by line (srccache.h). */
#include "srccache.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "fileio.h"
#include "xalloc.h"

typedef struct srcfile {
	char *name;
	char *buf;       /* NULL: could not be read */
	size_t len;
	size_t *start;   /* start[i]: offset of line i + 1 */
	int nlines;
} srcfile;

struct srccache {
	srcfile *v;
	size_t n, cap;
	size_t max; /* bytes a file may have */
};

srccache *srccache_new(size_t max)
{
	srccache *c = xcalloc(1, sizeof(srccache));
	c->max = max ? max : FILEIO_MAX_SIZE;
	return c;
}

void srccache_free(srccache *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->n; i++) {
		free(c->v[i].name);
		free(c->v[i].buf);
		free(c->v[i].start);
	}
	free(c->v);
	free(c);
}

static void index_lines(srcfile *f)
{
	size_t n = 1;
	const char *end = f->buf + f->len;
	for (const char *p = f->buf; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
		if (p + 1 < end)
			n++;
	f->start = xmalloc(n * sizeof *f->start);
	size_t k = 0;
	/* A byte order mark is no text of line 1. */
	f->start[k++] = f->len >= 3 && !memcmp(f->buf, "\xef\xbb\xbf", 3) ? 3 : 0;
	for (const char *p = f->buf; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
		if (p + 1 < end)
			f->start[k++] = (size_t)(p + 1 - f->buf);
	f->nlines = f->len ? (int)k : 0;
}

static srcfile *add(srccache *c, const char *name)
{
	c->v = xgrow(c->v, &c->cap, c->n + 1, sizeof *c->v);
	srcfile *f = &c->v[c->n++];
	memset(f, 0, sizeof *f);
	f->name = xstrdup(name);
	return f;
}

void srccache_put(srccache *c, const char *name, const char *buf, size_t len)
{
	for (size_t i = 0; i < c->n; i++)
		if (!strcmp(c->v[i].name, name))
			return;
	srcfile *f = add(c, name);
	f->buf = xmalloc(len + 1);
	memcpy(f->buf, buf, len);
	f->buf[len] = '\0';
	f->len = len;
	index_lines(f);
}

static srcfile *get(srccache *c, const char *name)
{
	if (!c || !name)
		return NULL;
	for (size_t i = 0; i < c->n; i++)
		if (!strcmp(c->v[i].name, name))
			return &c->v[i];
	srcfile *f = add(c, name);
	char err[160];
	if (read_whole_file_max(name, c->max, &f->buf, &f->len, err, sizeof err) != 0) {
		f->buf = NULL;
		return f;
	}
	index_lines(f);
	return f;
}

int srccache_nlines(srccache *c, const char *name)
{
	srcfile *f = get(c, name);
	return f && f->buf ? f->nlines : 0;
}

bool srccache_contains(srccache *c, const char *name, const char *s, size_t n)
{
	srcfile *f = get(c, name);
	if (!f || !f->buf || n == 0 || f->len < n)
		return f && f->buf && n == 0;
	/* memmem is not POSIX: memchr finds the candidates. */
	const char *p = f->buf, *last = f->buf + f->len - n;
	while (p <= last && (p = memchr(p, s[0], (size_t)(last - p) + 1)) != NULL) {
		if (!memcmp(p, s, n))
			return true;
		p++;
	}
	return false;
}

const char *srccache_line(srccache *c, const char *name, int line, size_t *len)
{
	srcfile *f = get(c, name);
	if (!f || !f->buf || line < 1 || line > f->nlines)
		return NULL;
	size_t s = f->start[line - 1];
	size_t e = s;
	while (e < f->len && f->buf[e] != '\n')
		e++;
	if (e > s && f->buf[e - 1] == '\r')
		e--;
	*len = e - s;
	return f->buf + s;
}
