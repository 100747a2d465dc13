/* strbuf.c - a growing string (strbuf.h). */
#include "strbuf.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

void strbuf_reserve(strbuf *b, size_t n)
{
	if (b->n + n + 1 > b->cap)
		b->s = xgrow(b->s, &b->cap, b->n + n + 1, 1);
}

void strbuf_put(strbuf *b, const char *s, size_t n)
{
	strbuf_reserve(b, n);
	memcpy(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = '\0';
}

void strbuf_puts(strbuf *b, const char *s)
{
	strbuf_put(b, s, strlen(s));
}

void strbuf_putc(strbuf *b, char c)
{
	strbuf_put(b, &c, 1);
}

static void put_dec(strbuf *b, unsigned long long v)
{
	char t[24];
	size_t i = sizeof t;
	do
		t[--i] = (char)('0' + v % 10);
	while (v /= 10);
	strbuf_put(b, t + i, sizeof t - i);
}

/* Does fmt use only %s, %.*s, %u, %d, %zu and %%? */
static bool simple(const char *fmt)
{
	for (const char *p = strchr(fmt, '%'); p; p = strchr(p, '%')) {
		p++;
		if (*p == 's' || *p == 'u' || *p == 'd' || *p == '%')
			p++;
		else if (p[0] == '.' && p[1] == '*' && p[2] == 's')
			p += 3;
		else if (p[0] == 'z' && p[1] == 'u')
			p += 2;
		else
			return false;
	}
	return true;
}

/* The conversions of simple() without vsnprintf(): the fix-it writers
 * build tens of thousands of pieces from a large dump, and glibc's
 * vsnprintf() costs several times as much per piece. */
static void simple_vprintf(strbuf *b, const char *fmt, va_list ap)
{
	const char *p = fmt;
	while (*p) {
		const char *q = strchr(p, '%');
		if (!q) {
			strbuf_put(b, p, strlen(p));
			return;
		}
		strbuf_put(b, p, (size_t)(q - p));
		q++;
		if (*q == 's') {
			strbuf_puts(b, va_arg(ap, const char *));
		} else if (*q == '.') {
			int len = va_arg(ap, int);
			strbuf_put(b, va_arg(ap, const char *), (size_t)len);
			q += 2;
		} else if (*q == 'u') {
			put_dec(b, va_arg(ap, unsigned));
		} else if (*q == 'd') {
			int v = va_arg(ap, int);
			if (v < 0)
				strbuf_putc(b, '-');
			put_dec(b, v < 0 ? -(unsigned long long)v : (unsigned long long)v);
		} else if (*q == 'z') {
			put_dec(b, va_arg(ap, size_t));
			q++;
		} else {
			strbuf_putc(b, '%');
		}
		p = q + 1;
	}
}

/* Else formatted straight into the spare room: no string of its own per
 * call. */
void strbuf_vprintf(strbuf *b, const char *fmt, va_list ap)
{
	strbuf_reserve(b, 64);
	if (simple(fmt)) {
		simple_vprintf(b, fmt, ap);
		return;
	}
	va_list again;
	va_copy(again, ap);
	int k = vsnprintf(b->s + b->n, b->cap - b->n, fmt, ap);
	if (k < 0) {
		/* Only for an encoding error: the text so far stays. */
		b->s[b->n] = '\0';
	} else if ((size_t)k < b->cap - b->n) {
		b->n += (size_t)k;
	} else {
		strbuf_reserve(b, (size_t)k);
		vsnprintf(b->s + b->n, b->cap - b->n, fmt, again);
		b->n += (size_t)k;
	}
	va_end(again);
}

void strbuf_printf(strbuf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	strbuf_vprintf(b, fmt, ap);
	va_end(ap);
}

char *strbuf_take(strbuf *b)
{
	char *s = b->s ? b->s : xstrdup("");
	*b = (strbuf){ 0 };
	return s;
}

void strbuf_free(strbuf *b)
{
	free(b->s);
	*b = (strbuf){ 0 };
}
