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

#include "srccache.h"
#include "strbuf.h"
#include "xalloc.h"

/* Append text from a configuration file or a message: a line break would
 * split the finding, and an escape character could rewrite the user's
 * terminal, so both are replaced.  Tabs and UTF-8 pass unchanged. */
static void sb_puts_clean(strbuf *b, const char *s)
{
	if (!s)
		return;
	size_t n = strlen(s);
	strbuf_reserve(b, n);
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '\n' || c == '\r')
			c = ' ';
		else if ((c < 0x20 && c != '\t') || c == 0x7f)
			c = '?';
		b->s[b->n++] = (char)c;
	}
	b->s[b->n] = '\0';
}

static void sb_put_int(strbuf *b, const char *sep, int v)
{
	strbuf_printf(b, "%s%d", sep, v);
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
		strbuf_puts(&b, "fwlint");
	}
	strbuf_puts(&b, ": ");
	strbuf_puts(&b, diag_level_name(d->level));
	strbuf_puts(&b, ": ");
	if (d->check) {
		sb_puts_clean(&b, d->check);
		strbuf_puts(&b, ": ");
	}
	sb_puts_clean(&b, d->msg);
	if (flags & REPORT_LINE_EXTRA) {
		/* The only line breaks ever written: between parts, never
		 * from the text itself. */
		const char *sep = flags & REPORT_LINE_SPLIT ? "\n" : "; ";
		if (d->example) {
			strbuf_puts(&b, sep);
			strbuf_puts(&b, "e.g. ");
			sb_puts_clean(&b, d->example);
		}
		if (d->excess) {
			strbuf_puts(&b, sep);
			strbuf_puts(&b, "excess: ");
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

/* Colours as gcc's diagnostic-color.c sets them by default: bold
 * locations, bold red errors, bold magenta warnings, bold cyan notes, a
 * bold green caret. */
#define SGR_BOLD "\033[1m"
#define SGR_RESET "\033[m"
#define SGR_CARET "\033[1;32m"

static const char *level_sgr(enum diag_level l)
{
	switch (l) {
	case DIAG_ERROR: return "\033[1;31m";
	case DIAG_WARNING: return "\033[1;35m";
	case DIAG_NOTE: return "\033[1;36m";
	}
	return SGR_BOLD;
}

/* line with its level coloured: "FILE:LINE:COL: " bold, "LEVEL:" in the
 * level's colour, the rest plain. */
static int put_colored(FILE *out, const diag *d, const char *line)
{
	const char *lv = diag_level_name(d->level);
	char pat[16];
	snprintf(pat, sizeof pat, ": %s: ", lv);
	const char *at = strstr(line, pat);
	if (!at)
		return fprintf(out, "%s\n", line);
	return fprintf(out, SGR_BOLD "%.*s:" SGR_RESET " %s%s:" SGR_RESET "%s\n",
		       (int)(at - line), line, level_sgr(d->level), lv, at + strlen(lv) + 3);
}

/* The finding's source line and a caret under its column, as gcc prints
 * them; nothing when the line is unknown.  Control characters of the line
 * become '?', and a very long line is cut. */
static int put_caret(FILE *out, const report *r, const diag *d)
{
	size_t len;
	const char *s = d->file && d->loc.line > 0 ?
		srccache_line(r->src, d->file, d->loc.line, &len) : NULL;
	if (!s)
		return 0;
	enum { MAXSHOW = 512 };
	if (len > MAXSHOW)
		len = MAXSHOW;
	strbuf b = { 0 };
	strbuf_puts(&b, " ");
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		strbuf_putc(&b, (c < 0x20 && c != '\t') || c == 0x7f ? '?' : (char)c);
	}
	strbuf_puts(&b, "\n " SGR_CARET);
	size_t col = d->loc.col > 0 ? (size_t)d->loc.col - 1 : 0;
	for (size_t i = 0; i < col && i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '\t')
			strbuf_putc(&b, '\t');
		else if ((c & 0xc0) != 0x80)
			strbuf_putc(&b, ' ');
	}
	strbuf_puts(&b, "^" SGR_RESET "\n");
	int rc = fputs(b.s, out);
	free(b.s);
	return rc;
}

/* The fix-its of a finding, as notes that follow it as gcc's fix-it
 * hints do: one a line of the command for the box (or of the file's new
 * lines when the format has no command), at the place the lines go; or
 * why there are none. */
static int put_fixits(FILE *out, const report *r, const diag *d)
{
	int rc = 0;
	for (size_t k = 0; rc >= 0 && k < d->fixes.n; k++) {
		const fixit *x = &d->fixes.v[k];
		const char *s = x->command ? x->command : x->text;
		/* After the last line: the line the new ones start at. */
		int line = x->line > 0 ? x->line : r->src ? srccache_nlines(r->src, x->file) + 1 : 0;
		if (line == 1 && x->line <= 0)
			line = 0; /* a file that cannot be read again */
		while (rc >= 0 && *s) {
			size_t len = strcspn(s, "\n");
			char *msg = xasprintf("fix-it: %.*s", (int)len, s);
			diag note = { .level = DIAG_NOTE, .file = x->file,
				      .loc = { x->file, line, line ? 1 : 0, 0, 0 },
				      .msg = msg, .tcase = -1 };
			char *nl = report_diag_line(&note, 0);
			rc = r->color ? put_colored(out, &note, nl) : fprintf(out, "%s\n", nl);
			free(nl);
			free(msg);
			s += len + (s[len] == '\n');
		}
	}
	if (rc >= 0 && d->nofix && d->file) {
		char *msg = xasprintf("no fix-it: %s", d->nofix);
		diag note = { .level = DIAG_NOTE, .file = d->file, .loc = d->loc, .msg = msg,
			      .tcase = -1 };
		char *nl = report_diag_line(&note, 0);
		rc = r->color ? put_colored(out, &note, nl) : fprintf(out, "%s\n", nl);
		free(nl);
		free(msg);
	}
	return rc;
}

int report_write_text(const report *r, FILE *out, bool quiet)
{
	size_t nerror = 0, nwarning = 0;

	errno = 0;
	for (size_t i = 0; i < r->diags.n; i++) {
		const diag *d = &r->diags.v[i];
		char *line = report_diag_line(d, REPORT_LINE_EXTRA);
		int rc = r->color ? put_colored(out, d, line) : fprintf(out, "%s\n", line);
		free(line);
		if (rc >= 0 && r->color)
			rc = put_caret(out, r, d);
		/* On a terminal, the places that explain it follow, as gcc's
		 * notes do ("previous definition is here"). */
		for (size_t k = 0; rc >= 0 && r->color && k < d->nrelated; k++) {
			diag note = { .level = DIAG_NOTE, .file = d->related[k].file,
				      .loc = d->related[k].loc, .msg = d->related[k].msg,
				      .tcase = -1 };
			char *nl = report_diag_line(&note, 0);
			rc = put_colored(out, &note, nl);
			free(nl);
			if (rc >= 0)
				rc = put_caret(out, r, &note);
		}
		if (rc >= 0)
			rc = put_fixits(out, r, d);
		if (rc < 0)
			return stream_failed();
		if (d->level == DIAG_ERROR)
			nerror++;
		else if (d->level == DIAG_WARNING)
			nwarning++;
	}
	size_t nhidden = 0;
	for (size_t i = 0; i < r->nhidden; i++) {
		nhidden += r->hidden[i].n;
		if (r->hidden[i].level == DIAG_ERROR)
			nerror += r->hidden[i].n;
		else if (r->hidden[i].level == DIAG_WARNING)
			nwarning += r->hidden[i].n;
	}
	if (!quiet && nhidden) {
		/* --max-findings: what was left out, by check. */
		if (fprintf(out, "fwlint: note: %zu more finding%s not shown (--max-findings):",
			    nhidden, nhidden == 1 ? "" : "s") < 0)
			return stream_failed();
		for (size_t i = 0; i < r->nhidden; i++)
			if (fprintf(out, "%s %s %zu", i ? "," : "", r->hidden[i].check,
				    r->hidden[i].n) < 0)
				return stream_failed();
		if (fputc('\n', out) == EOF)
			return stream_failed();
	}
	if (!quiet &&
	    fprintf(out, "%zu error%s, %zu warning%s",
		    nerror, nerror == 1 ? "" : "s",
		    nwarning, nwarning == 1 ? "" : "s") < 0)
		return stream_failed();
	if (!quiet && (r->nsuppressed || r->nbaseline)) {
		const char *sep = " (";
		if (r->nsuppressed && fprintf(out, "%s%zu suppressed", sep, r->nsuppressed) < 0)
			return stream_failed();
		if (r->nsuppressed)
			sep = ", ";
		if (r->nbaseline && fprintf(out, "%s%zu in the baseline", sep, r->nbaseline) < 0)
			return stream_failed();
		if (fputc(')', out) == EOF)
			return stream_failed();
	}
	if (!quiet && fputc('\n', out) == EOF)
		return stream_failed();
	/* A full disk or a closed pipe often shows only when the buffer is
	 * flushed: flush here, so the caller learns of it and can exit 2. */
	if (fflush(out) == EOF || ferror(out))
		return stream_failed();
	return 0;
}
