/* report_fix.c - the fix-its of a run as files: -f diff prints them as one
 * unified diff, --fix writes each file with them applied (fwlint(1),
 * FIX-ITS).
 *
 * Every fix-it inserts lines before a line of a file (fixit.h).  The fix-its
 * of all findings are gathered by file; a line that two findings insert at
 * the same place (two flows cured by one rule) is inserted once; the lines
 * keep the order of the findings.  A file is read again, as it is now: the
 * diff is against what is on disk, and --fix writes next to it (FILE.fixed)
 * or, with --fix=inplace, over it, atomically (write_file_atomically).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fileio.h"
#include "report.h"
#include "xalloc.h"

/* Lines of context around an insertion, as diff -u prints. */
#define CONTEXT 3

typedef struct insertion {
	int line;      /* before this line of the file; nlines + 1: at the end */
	const char *s; /* the line, without its line end */
	size_t len;
	size_t order;
} insertion;

typedef struct fixfile {
	const char *name;
	insertion *v;
	size_t n, cap;
	/* The file as it is now, cut into lines. */
	char *buf;
	size_t len;
	const char **line; /* line[i]: line i + 1, without its line end */
	size_t *llen;
	int nlines;
	bool crlf;         /* its lines end in CR LF */
	bool last_open;    /* its last line has no line end */
} fixfile;

typedef struct fixset {
	fixfile *f;
	size_t n, cap;
} fixset;

static fixfile *file_of(fixset *fs, const char *name)
{
	for (size_t i = 0; i < fs->n; i++)
		if (strcmp(fs->f[i].name, name) == 0)
			return &fs->f[i];
	fs->f = xgrow(fs->f, &fs->cap, fs->n + 1, sizeof *fs->f);
	fixfile *f = &fs->f[fs->n++];
	memset(f, 0, sizeof *f);
	f->name = name;
	return f;
}

static void add_line(fixfile *f, int line, const char *s, size_t len)
{
	f->v = xgrow(f->v, &f->cap, f->n + 1, sizeof *f->v);
	f->v[f->n] = (insertion){line, s, len, f->n};
	f->n++;
}

static int by_text(const void *x, const void *y)
{
	const insertion *a = x, *b = y;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	if (a->len != b->len)
		return a->len < b->len ? -1 : 1;
	int c = memcmp(a->s, b->s, a->len);
	if (c)
		return c;
	return a->order < b->order ? -1 : a->order > b->order;
}

/* Keep the first of the lines inserted twice at one place (sorting, not
 * comparing each with each: a large file has thousands of fix-its). */
static void drop_repeats(fixfile *f)
{
	qsort(f->v, f->n, sizeof *f->v, by_text);
	size_t k = 0;
	for (size_t i = 0; i < f->n; i++)
		if (k == 0 || f->v[k - 1].line != f->v[i].line || f->v[k - 1].len != f->v[i].len ||
		    memcmp(f->v[k - 1].s, f->v[i].s, f->v[i].len) != 0)
			f->v[k++] = f->v[i];
	f->n = k;
}

static int by_place(const void *x, const void *y)
{
	const insertion *a = x, *b = y;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	return a->order < b->order ? -1 : a->order > b->order;
}

static int by_name(const void *x, const void *y)
{
	const fixfile *a = x, *b = y;
	return strcmp(a->name, b->name);
}

static void fixset_free(fixset *fs)
{
	for (size_t i = 0; i < fs->n; i++) {
		free(fs->f[i].v);
		free(fs->f[i].buf);
		free(fs->f[i].line);
		free(fs->f[i].llen);
	}
	free(fs->f);
}

/* Read f's file and cut it into lines; -1 with a message on err. */
static int load(fixfile *f, size_t max, FILE *err)
{
	char why[160];
	if (read_whole_file_max(f->name, max, &f->buf, &f->len, why, sizeof why) != 0) {
		fprintf(err, "fwlint: %s: cannot read for its fix-its: %s\n", f->name, why);
		return -1;
	}
	size_t cap = 0;
	size_t i = 0;
	while (i < f->len) {
		size_t e = i;
		while (e < f->len && f->buf[e] != '\n')
			e++;
		size_t l = e - i;
		if (e < f->len && l > 0 && f->buf[e - 1] == '\r') {
			l--;
			if (f->nlines == 0)
				f->crlf = true;
		}
		f->line = xgrow(f->line, &cap, (size_t)f->nlines + 1, sizeof *f->line);
		f->llen = xrealloc(f->llen, cap * sizeof *f->llen);
		f->line[f->nlines] = f->buf + i;
		f->llen[f->nlines] = l;
		f->nlines++;
		f->last_open = e == f->len;
		i = e + 1;
	}
	return 0;
}

/* Every fix-it of r, by file, each file read; -1 when one cannot be. */
static int gather(const report *r, fixset *fs, size_t max, FILE *err)
{
	memset(fs, 0, sizeof *fs);
	for (size_t i = 0; i < r->diags.n; i++) {
		const diag *d = &r->diags.v[i];
		for (size_t k = 0; k < d->fixes.n; k++) {
			const fixit *x = &d->fixes.v[k];
			fixfile *f = file_of(fs, x->file);
			for (const char *s = x->text; *s;) {
				size_t len = strcspn(s, "\n");
				add_line(f, x->line, s, len);
				s += len + (s[len] == '\n');
			}
		}
	}
	qsort(fs->f, fs->n, sizeof *fs->f, by_name);
	for (size_t i = 0; i < fs->n; i++) {
		fixfile *f = &fs->f[i];
		if (load(f, max, err) != 0)
			return -1;
		for (size_t k = 0; k < f->n; k++)
			if (f->v[k].line <= 0 || f->v[k].line > f->nlines + 1)
				f->v[k].line = f->nlines + 1;
		drop_repeats(f);
		qsort(f->v, f->n, sizeof *f->v, by_place);
	}
	return 0;
}

static bool put(FILE *out, const char *s, size_t n)
{
	return fwrite(s, 1, n, out) == n;
}

static bool eol(FILE *out, const fixfile *f)
{
	return put(out, f->crlf ? "\r\n" : "\n", f->crlf ? 2 : 1);
}

/* The file with its insertions. */
static bool write_fixed(FILE *out, const fixfile *f)
{
	size_t k = 0;
	for (int ln = 1; ln <= f->nlines + 1; ln++) {
		for (; k < f->n && f->v[k].line == ln; k++)
			if (!put(out, f->v[k].s, f->v[k].len) || !eol(out, f))
				return false;
		if (ln > f->nlines)
			break;
		if (!put(out, f->line[ln - 1], f->llen[ln - 1]))
			return false;
		/* The last line gets a line end when lines follow it. */
		bool more = k < f->n;
		if ((ln < f->nlines || !f->last_open || more) && !eol(out, f))
			return false;
	}
	return true;
}

/* One old line of a hunk: ' ' context, '-' the last line losing its open
 * end to an insertion after it. */
static bool old_line(FILE *out, const fixfile *f, int ln, char tag)
{
	bool ok = fputc(tag, out) != EOF && put(out, f->line[ln - 1], f->llen[ln - 1]) && eol(out, f);
	if (ok && ln == f->nlines && f->last_open)
		ok = fputs("\\ No newline at end of file\n", out) != EOF;
	return ok;
}

static bool write_diff_file(FILE *out, const fixfile *f)
{
	if (f->n == 0)
		return true;
	bool ok = fprintf(out, "--- a/%s\n+++ b/%s\n", f->name, f->name) >= 0;
	int added = 0; /* lines inserted before the current hunk */
	size_t k = 0;
	while (ok && k < f->n) {
		/* The insertions of one hunk: those whose contexts touch. */
		size_t end = k + 1;
		while (end < f->n && f->v[end].line - CONTEXT <= f->v[end - 1].line + CONTEXT)
			end++;
		int first = f->v[k].line - CONTEXT;
		if (first < 1)
			first = 1;
		int last = f->v[end - 1].line + CONTEXT - 1; /* last old line shown */
		if (last > f->nlines)
			last = f->nlines;
		bool at_end = f->v[end - 1].line > f->nlines && f->last_open;
		int nold = last - first + 1;
		int nnew = nold + (int)(end - k);
		int oldstart = nold ? first : first - 1;
		int newstart = (nnew ? first : first - 1) + added;
		ok = fprintf(out, "@@ -%d,%d +%d,%d @@\n", oldstart, nold, newstart, nnew) >= 0;
		size_t j = k;
		for (int ln = first; ok && ln <= last + 1; ln++) {
			for (; ok && j < end && f->v[j].line == ln; j++)
				ok = fputc('+', out) != EOF && put(out, f->v[j].s, f->v[j].len) && eol(out, f);
			if (ln > last)
				break;
			if (ln == f->nlines && at_end && ok) {
				/* The last line gains a line end: it changes. */
				ok = old_line(out, f, ln, '-') && fputc('+', out) != EOF &&
				     put(out, f->line[ln - 1], f->llen[ln - 1]) && eol(out, f);
			} else if (ok) {
				ok = old_line(out, f, ln, ' ');
			}
		}
		added += (int)(end - k);
		k = end;
	}
	return ok;
}

int report_write_diff(const report *r, FILE *out)
{
	fixset fs;
	errno = 0;
	if (gather(r, &fs, r->max_input ? r->max_input : FILEIO_MAX_SIZE, stderr) != 0) {
		fixset_free(&fs);
		errno = EIO;
		return -1;
	}
	bool ok = true;
	for (size_t i = 0; ok && i < fs.n; i++)
		ok = write_diff_file(out, &fs.f[i]);
	fixset_free(&fs);
	if (!ok || fflush(out) == EOF || ferror(out)) {
		if (!errno)
			errno = EIO;
		return -1;
	}
	return 0;
}

static int write_one(FILE *out, void *arg)
{
	return write_fixed(out, arg) ? 0 : -1;
}

int report_apply_fixits(const report *r, bool inplace, FILE *msgs)
{
	fixset fs;
	int rc = 0;
	if (gather(r, &fs, r->max_input ? r->max_input : FILEIO_MAX_SIZE, msgs) != 0) {
		fixset_free(&fs);
		return -1;
	}
	for (size_t i = 0; i < fs.n; i++) {
		const fixfile *f = &fs.f[i];
		char *to = inplace ? xstrdup(f->name) : xasprintf("%s.fixed", f->name);
		if (write_file_atomically(to, write_one, (void *)f) != 0) {
			fprintf(msgs, "fwlint: cannot write %s: %s\n", to, strerror(errno));
			rc = -1;
		} else {
			fprintf(msgs, "fwlint: wrote %s (%zu line%s added)\n", to, f->n,
				f->n == 1 ? "" : "s");
		}
		free(to);
	}
	fixset_free(&fs);
	return rc;
}
