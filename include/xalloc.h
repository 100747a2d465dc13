/* xalloc.h - allocation that never returns NULL.
 *
 * Like git's xmalloc: running out of memory is not a condition a linter can
 * recover from in any useful way, so it prints one line and aborts instead of
 * threading NULL checks through every caller.
 */
#ifndef FWLINT_XALLOC_H
#define FWLINT_XALLOC_H

#include <stdarg.h>
#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
/* Grow *p (an array of *cap elements of size elem) to hold at least need. */
void *xgrow(void *p, size_t *cap, size_t need, size_t elem);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));

#endif
