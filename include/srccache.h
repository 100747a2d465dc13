/* srccache.h - the text of the files a run read, by line.
 *
 * What a report needs after the front ends are done: the line a finding
 * points at, for a caret under its column (fwlint(1), OUTPUT), for the
 * fingerprint that survives unrelated line moves (--baseline, SARIF
 * partialFingerprints) and for the inline `fwlint: disable=` directives
 * (fwlint(1), SUPPRESSING FINDINGS).  Like gcc's input.c it reads a file
 * again, once, when a line of it is first asked for; a file that came from
 * standard input is given to it whole, since it cannot be read twice.
 */
#ifndef FWLINT_SRCCACHE_H
#define FWLINT_SRCCACHE_H

#include <stdbool.h>
#include <stddef.h>

typedef struct srccache srccache;

/* max: the most bytes a file may have to be read (--max-input-size), 0
 * for FILEIO_MAX_SIZE. */
srccache *srccache_new(size_t max);
void srccache_free(srccache *c);
/* Give the cache a file's text under name (a copy is kept): standard input. */
void srccache_put(srccache *c, const char *name, const char *buf, size_t len);
/* The number of lines of file name (reading it if needed), 0 when it cannot
 * be read. */
int srccache_nlines(srccache *c, const char *name);
/* Whether file name holds the bytes s[0..n) anywhere (reading it if
 * needed); false when it cannot be read. */
bool srccache_contains(srccache *c, const char *name, const char *s, size_t n);
/* Line (from 1) of file name without its line end (LF or CR LF), and its
 * length in *len; NULL when the file cannot be read or has no such line.
 * A UTF-8 byte order mark is not part of line 1.  The text lives as long
 * as the cache. */
const char *srccache_line(srccache *c, const char *name, int line, size_t *len);

#endif
