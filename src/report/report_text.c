/* report_text.c - the text report: one finding a line, as compilers print.
 *
 *   edge.rules:17:1: error: missing-opening: TCP corp ... is dropped by this rule
 *   2 errors, 1 warning
 *
 * Editors and CI log parsers (vim's errorformat, Emacs compile-mode, GitHub
 * problem matchers) take one line per finding, so nothing a rule's text or a
 * file name contains may break a line.
 */
#include "report.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

typedef struct strbuf {
	char *s;
	size_t n, cap;
} strbuf;

static void sb_putc(strbuf *b, char c)
{
	b->s = xgrow(b->s, &b->cap, b->n + 2, 1);
	b->s[b->n++] = c;
	b->s[b->n] = '\0';
}

/* Append text from a configuration file or a message: a line break would
 * split the finding, and an escape character could rewrite the user's
 * terminal, so both are replaced.  Tabs and UTF-8 pass unchanged. */
static void sb_puts_clean(strbuf *b, const char *s)
{
	for (; s && *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '\n' || c == '\r')
			sb_putc(b, ' ');
		else if ((c < 0x20 && c != '\t') || c == 0x7f)
			sb_putc(b, '?');
		else
			sb_putc(b, (char)c);
	}
}

static void sb_puts(strbuf *b, const char *s)
{
	while (*s)
		sb_putc(b, *s++);
}

static void sb_put_int(strbuf *b, const char *sep, int v)
{
	char num[32];
	snprintf(num, sizeof num, "%s%d", sep, v);
	sb_puts(b, num);
}

char *report_diag_line(const diag *d, unsigned flags)
{
	strbuf b = { 0 };
	bool full = flags & REPORT_LINE_FULL_LOC;

	if (d->file) {
		sb_puts_clean(&b, d->file);
		if (d->loc.line > 0 || full) {
			sb_put_int(&b, ":", d->loc.line > 0 ? d->loc.line : 1);
			/* gcc leaves the column out when it has none. */
			if (d->loc.col > 0 || full)
				sb_put_int(&b, ":",
					      d->loc.line > 0 && d->loc.col > 0 ?
					      d->loc.col : 1);
		}
	} else {
		sb_puts(&b, "fwlint");
	}
	sb_puts(&b, ": ");
	sb_puts(&b, diag_level_name(d->level));
	sb_puts(&b, ": ");
	if (d->check) {
		sb_puts_clean(&b, d->check);
		sb_puts(&b, ": ");
	}
	sb_puts_clean(&b, d->msg);
	if (flags & REPORT_LINE_EXTRA) {
		/* The only line breaks ever written: between parts, never
		 * from the text itself. */
		const char *sep = flags & REPORT_LINE_SPLIT ? "\n" : "; ";
		if (d->example) {
			sb_puts(&b, sep);
			sb_puts(&b, "e.g. ");
			sb_puts_clean(&b, d->example);
		}
		if (d->excess) {
			sb_puts(&b, sep);
			sb_puts(&b, "excess: ");
			sb_puts_clean(&b, d->excess);
		}
	}
	if (!b.s)
		b.s = xstrdup("");
	return b.s;
}

/* ferror() does not say why; keep the errno of the failed call, or EIO
 * when the C library left none. */
static int stream_failed(void)
{
	if (!errno)
		errno = EIO;
	return -1;
}

int report_write_text(const report *r, FILE *out, bool quiet)
{
	size_t nerror = 0, nwarning = 0;

	errno = 0;
	for (size_t i = 0; i < r->diags.n; i++) {
		const diag *d = &r->diags.v[i];
		char *line = report_diag_line(d, REPORT_LINE_EXTRA);
		int rc = fprintf(out, "%s\n", line);
		free(line);
		if (rc < 0)
			return stream_failed();
		if (d->level == DIAG_ERROR)
			nerror++;
		else if (d->level == DIAG_WARNING)
			nwarning++;
	}
	if (!quiet &&
	    fprintf(out, "%zu error%s, %zu warning%s\n",
		    nerror, nerror == 1 ? "" : "s",
		    nwarning, nwarning == 1 ? "" : "s") < 0)
		return stream_failed();
	/* A full disk or a closed pipe often shows only when the buffer is
	 * flushed: flush here, so the caller learns of it and can exit 2. */
	if (fflush(out) == EOF || ferror(out))
		return stream_failed();
	return 0;
}
