/* fileio.h - reading input files with limits and clear errors. */
#ifndef FWLINT_FILEIO_H
#define FWLINT_FILEIO_H

#include <stdbool.h>
#include <stddef.h>

/* The largest configuration file fwlint reads unless --max-input-size
 * says otherwise: no input may exhaust the machine, and a 1,000,000-rule
 * iptables-save dump (about 90 MB) is read (fwlint(1), CAVEATS). */
#define FILEIO_MAX_SIZE ((size_t)256 << 20)

/* Read a regular file whole.  On success returns 0 and a NUL-terminated
 * buffer (*len excludes the NUL; the file may itself contain NULs).  On
 * failure returns -1 and writes a lower-case reason to err ("no such file or
 * directory", "is a directory", "not a regular file", "larger than 256
 * MiB").  The _max form reads at most max bytes (else "larger than ..."). */
int read_whole_file(const char *path, char **buf, size_t *len, char *err, size_t errlen);
int read_whole_file_max(const char *path, size_t max, char **buf, size_t *len, char *err,
			size_t errlen);
/* The same for an open descriptor, read to its end (standard input for
 * the FILE "-"): any kind of file, the same limit and reasons. */
int read_whole_fd(int fd, char **buf, size_t *len, char *err, size_t errlen);
int read_whole_fd_max(int fd, size_t max, char **buf, size_t *len, char *err, size_t errlen);

/* n bytes in the largest unit that divides it: "64 MiB", "1500 KiB",
 * "100 bytes". */
void fileio_size_text(size_t n, char *buf, size_t len);
/* A size as --max-input-size takes it: a whole number above 0 of bytes,
 * or with a suffix K, M, G or T (KiB, MiB, ...; "256M", "1GiB").  0 with
 * *out set, or -1. */
int fileio_parse_size(const char *s, size_t *out);

/* When the first line of buf ends with a carriage return alone (classic
 * Mac OS line ends), the column of that CR on line 1 (bytes from 1, after
 * a UTF-8 byte order mark), else 0.  The line-oriented formats read LF and
 * CR LF line ends; iptables-restore and pfctl read a CR-only file as one
 * line, so it is refused with this column rather than misread. */
int lone_cr_column(const char *buf, size_t len);

/* Whether paths a and b name the same file: equal strings, or the same
 * real path (a topology's "file" and a FILE argument are compared so). */
bool same_path(const char *a, const char *b);

#endif
