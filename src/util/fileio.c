/* fileio.c - reading input files (see fileio.h). */
#include "fileio.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "xalloc.h"

static void reason(char *err, size_t errlen, const char *s)
{
	snprintf(err, errlen, "%s", s);
	/* strerror() starts with a capital; our messages do not. */
	if (err[0])
		err[0] = (char)tolower((unsigned char)err[0]);
}

/* The reason of errno value e: strerror_r, since files are read on several
 * threads (a topology's firewalls, src/cli/lint.c). */
static void reason_errno(char *err, size_t errlen, int e)
{
	char b[160];
	if (strerror_r(e, b, sizeof b) != 0)
		snprintf(b, sizeof b, "error %d", e);
	reason(err, errlen, b);
}

/* "larger than 64 MiB", "larger than 1500 KiB": max in the largest unit
 * that divides it (fileio_size_text). */
static void too_large(char *err, size_t errlen, size_t max)
{
	char size[32];
	fileio_size_text(max, size, sizeof size);
	snprintf(err, errlen, "larger than %s", size);
}

/* Read fd to its end into a buffer of cap bytes (the file's size and one,
 * for a regular file: then no byte is copied twice) that doubles when the
 * file is longer; more than max bytes is an error.  fd stays open. */
static int read_all(int fd, size_t cap, size_t max, char **buf, size_t *len, char *err,
		    size_t errlen)
{
	size_t n = 0;
	char *b = xmalloc(cap);
	for (;;) {
		if (n + 1 >= cap) {
			/* Full: the end of a file whose size was known is
			 * found with one small read, not a doubled buffer. */
			char probe[512];
			ssize_t r = read(fd, probe, sizeof probe);
			if (r < 0 && errno == EINTR)
				continue;
			if (r < 0) {
				reason_errno(err, errlen, errno);
				free(b);
				return -1;
			}
			if (r == 0)
				break;
			if (n + (size_t)r > max) {
				free(b);
				too_large(err, errlen, max);
				return -1;
			}
			cap = 2 * cap > n + (size_t)r + 1 ? 2 * cap : n + (size_t)r + 1;
			b = xrealloc(b, cap);
			memcpy(b + n, probe, (size_t)r);
			n += (size_t)r;
			continue;
		}
		ssize_t r = read(fd, b + n, cap - n - 1);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			reason_errno(err, errlen, errno);
			free(b);
			return -1;
		}
		if (r == 0)
			break;
		n += (size_t)r;
		if (n > max) {
			free(b);
			too_large(err, errlen, max);
			return -1;
		}
	}
	b[n] = '\0';
	*buf = b;
	*len = n;
	return 0;
}

int read_whole_file_max(const char *path, size_t max, char **buf, size_t *len, char *err,
			size_t errlen)
{
	*buf = NULL;
	*len = 0;
	/* O_NONBLOCK: opening a FIFO must not wait for a writer. */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0) {
		reason_errno(err, errlen, errno);
		return -1;
	}
	struct stat st;
	if (fstat(fd, &st) != 0) {
		reason_errno(err, errlen, errno);
		close(fd);
		return -1;
	}
	if (S_ISDIR(st.st_mode)) {
		reason(err, errlen, "is a directory");
		close(fd);
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		reason(err, errlen, "not a regular file");
		close(fd);
		return -1;
	}
	if ((size_t)st.st_size > max) {
		too_large(err, errlen, max);
		close(fd);
		return -1;
	}
	int rc = read_all(fd, (size_t)st.st_size + 1, max, buf, len, err, errlen);
	close(fd);
	return rc;
}

int read_whole_file(const char *path, char **buf, size_t *len, char *err, size_t errlen)
{
	return read_whole_file_max(path, FILEIO_MAX_SIZE, buf, len, err, errlen);
}

int read_whole_fd_max(int fd, size_t max, char **buf, size_t *len, char *err, size_t errlen)
{
	*buf = NULL;
	*len = 0;
	return read_all(fd, 65536, max, buf, len, err, errlen);
}

int read_whole_fd(int fd, char **buf, size_t *len, char *err, size_t errlen)
{
	return read_whole_fd_max(fd, FILEIO_MAX_SIZE, buf, len, err, errlen);
}

void fileio_size_text(size_t n, char *buf, size_t len)
{
	static const char *const unit[] = { "bytes", "KiB", "MiB", "GiB", "TiB" };
	size_t u = 0;
	while (u + 1 < sizeof unit / sizeof *unit && n && n % 1024 == 0) {
		n /= 1024;
		u++;
	}
	snprintf(buf, len, "%zu %s", n, unit[u]);
}

int fileio_parse_size(const char *s, size_t *out)
{
	if (s[0] < '0' || s[0] > '9')
		return -1;
	char *end;
	errno = 0;
	unsigned long long n = strtoull(s, &end, 10);
	if (errno || n == 0)
		return -1;
	unsigned shift = 0;
	if (*end) {
		static const char units[] = "KMGT";
		const char *u = strchr(units, toupper((unsigned char)*end));
		if (!u || !*u)
			return -1;
		shift = 10 * (unsigned)(u - units + 1);
		end++;
		if (*end == 'i' || *end == 'I')
			end++;
		if (*end == 'b' || *end == 'B')
			end++;
		if (*end)
			return -1;
	}
	if (n > (SIZE_MAX >> shift))
		return -1;
	*out = (size_t)n << shift;
	return 0;
}

int lone_cr_column(const char *buf, size_t len)
{
	size_t start = len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;
	for (size_t i = start; i < len && i - start < INT_MAX - 1; i++) {
		if (buf[i] == '\n')
			return 0;
		if (buf[i] == '\r')
			return i + 1 < len && buf[i + 1] == '\n' ? 0 : (int)(i - start) + 1;
	}
	return 0;
}

bool same_path(const char *a, const char *b)
{
	if (strcmp(a, b) == 0)
		return true;
	char *ra = realpath(a, NULL), *rb = realpath(b, NULL);
	bool same = ra && rb && strcmp(ra, rb) == 0;
	free(ra);
	free(rb);
	return same;
}
