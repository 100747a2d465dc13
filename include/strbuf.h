/* strbuf.h - a growing string, for text built in pieces (the report
 * writers, the fix-it writers).
 *
 * A strbuf of { 0 } is empty; once something is added, s is NUL-terminated
 * and n is its length.  Appending never fails (xalloc.h). */
#ifndef FWLINT_STRBUF_H
#define FWLINT_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct strbuf {
	char *s;
	size_t n, cap;
} strbuf;

/* Room for n more bytes and the NUL. */
void strbuf_reserve(strbuf *b, size_t n);
void strbuf_put(strbuf *b, const char *s, size_t n);
void strbuf_puts(strbuf *b, const char *s);
void strbuf_putc(strbuf *b, char c);
void strbuf_printf(strbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void strbuf_vprintf(strbuf *b, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));
/* The string (an empty one when nothing was added), the caller's to free;
 * b is left empty. */
char *strbuf_take(strbuf *b);
void strbuf_free(strbuf *b);

#endif
