/* fileio.c - reading input files (see fileio.h). */
#include "fileio.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
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

/* Read fd to its end into a buffer that starts at cap bytes and doubles;
 * more than FILEIO_MAX_SIZE bytes is an error.  fd stays open. */
static int read_all(int fd, size_t cap, char **buf, size_t *len, char *err, size_t errlen)
{
	size_t n = 0;
	char *b = xmalloc(cap);
	for (;;) {
		if (n + 1 >= cap) {
			if (cap > FILEIO_MAX_SIZE) {
				free(b);
				reason(err, errlen, "larger than 64 MiB");
				return -1;
			}
			cap *= 2;
			b = xrealloc(b, cap);
		}
		ssize_t r = read(fd, b + n, cap - n - 1);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			reason(err, errlen, strerror(errno));
			free(b);
			return -1;
		}
		if (r == 0)
			break;
		n += (size_t)r;
		if (n > FILEIO_MAX_SIZE) {
			free(b);
			reason(err, errlen, "larger than 64 MiB");
			return -1;
		}
	}
	b[n] = '\0';
	*buf = b;
	*len = n;
	return 0;
}

int read_whole_file(const char *path, char **buf, size_t *len, char *err, size_t errlen)
{
	*buf = NULL;
	*len = 0;
	/* O_NONBLOCK: opening a FIFO must not wait for a writer. */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0) {
		reason(err, errlen, strerror(errno));
		return -1;
	}
	struct stat st;
	if (fstat(fd, &st) != 0) {
		reason(err, errlen, strerror(errno));
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
	if ((size_t)st.st_size > FILEIO_MAX_SIZE) {
		reason(err, errlen, "larger than 64 MiB");
		close(fd);
		return -1;
	}
	int rc = read_all(fd, (size_t)st.st_size + 1, buf, len, err, errlen);
	close(fd);
	return rc;
}

int read_whole_fd(int fd, char **buf, size_t *len, char *err, size_t errlen)
{
	*buf = NULL;
	*len = 0;
	return read_all(fd, 65536, buf, len, err, errlen);
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
