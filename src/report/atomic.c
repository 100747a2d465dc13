/* atomic.c - write a report so that nobody ever sees half of it (fwlint(1),
 * -o).
 *
 * The classic sequence (git's lockfile.c, rename(2)): write a temporary file
 * in the same folder, so that rename() cannot cross file systems, flush and
 * fsync it so that a crash after the rename cannot leave an empty file, then
 * rename it over the target.  Readers see the old report or the new one.
 *
 * "-" for stdout is the caller's business: stdout cannot be replaced
 * atomically, and this function treats every path as a file name.
 */
#include "report.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "xalloc.h"

/* The process umask, which cannot be read without setting it: Linux has it
 * in /proc/self/status since 4.7; elsewhere set and restore it (fwlint is
 * single-threaded, so nothing can create a file in between). */
static mode_t current_umask(void)
{
	FILE *f = fopen("/proc/self/status", "r");
	if (f) {
		char line[256];
		unsigned int mask;
		while (fgets(line, sizeof line, f)) {
			if (sscanf(line, "Umask: %o", &mask) == 1) {
				fclose(f);
				return (mode_t)(mask & 0777);
			}
		}
		fclose(f);
	}
	mode_t m = umask(022);
	umask(m);
	return m;
}

/* "<dir>/.<base>.XXXXXX": hidden, so that a glob over the folder (a CI
 * job collecting *.xml) does not pick up a report in the making. */
static char *temp_template(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return xasprintf(".%s.XXXXXX", path);
	return xasprintf("%.*s/.%s.XXXXXX", (int)(slash - path), path, slash + 1);
}

/* A target that is not a file cannot be replaced, and must not be: renaming
 * over /dev/full or a FIFO that a CI step reads would put a file in place
 * of the device (as root, in /dev).  Write into it instead, checking every
 * error, as `-o /dev/stdout` users expect. */
static int write_in_place(const char *path, int (*writer)(FILE *out, void *arg), void *arg)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	FILE *out = fdopen(fd, "w");
	if (!out) {
		int saved = errno;
		close(fd);
		errno = saved;
		return -1;
	}
	errno = 0;
	int rc = writer(out, arg) != 0 || fflush(out) == EOF || ferror(out) ? -1 : 0;
	int saved = errno ? errno : EIO;
	if (fclose(out) == EOF && rc == 0) {
		rc = -1;
		saved = errno ? errno : EIO;
	}
	if (rc != 0)
		errno = saved;
	return rc;
}

int write_file_atomically(const char *path,
			  int (*writer)(FILE *out, void *arg), void *arg)
{
	/* The thing to replace: through symbolic links (a report linked
	 * from elsewhere stays linked), and never a device or a FIFO. */
	struct stat lst;
	char *real = NULL;
	if (lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode)) {
		real = realpath(path, NULL);
		if (!real && errno != ENOENT)
			return -1;
		if (real)
			path = real;
	}
	struct stat cur;
	if (stat(path, &cur) == 0 && !S_ISREG(cur.st_mode)) {
		int rc;
		if (S_ISDIR(cur.st_mode)) {
			errno = EISDIR;
			rc = -1;
		} else {
			rc = write_in_place(path, writer, arg);
		}
		int saved = errno;
		free(real);
		errno = saved;
		return rc;
	}

	char *tmp = temp_template(path);
	int saved;

	int fd = mkstemp(tmp);
	if (fd < 0) {
		saved = errno;
		free(tmp);
		free(real);
		errno = saved;
		return -1;
	}
	FILE *out = fdopen(fd, "w");
	if (!out) {
		saved = errno;
		close(fd);
		goto fail;
	}

	errno = 0;
	if (writer(out, arg) != 0)
		goto fail_stream;
	errno = 0;
	if (fflush(out) == EOF || ferror(out))
		goto fail_stream;
	if (fsync(fileno(out)) < 0)
		goto fail_stream;

	/* mkstemp made the file 0600; a report is read by CI artefact
	 * collectors and web servers like any other file.  Replacing a file
	 * keeps its permission bits, as editors do. */
	struct stat st;
	mode_t mode = stat(path, &st) == 0 && S_ISREG(st.st_mode) ?
		      st.st_mode & 07777 : 0666 & ~current_umask();
	if (fchmod(fileno(out), mode) < 0)
		goto fail_stream;

	/* fclose can report a write error that the file system kept for the
	 * last moment (NFS): it counts. */
	errno = 0;
	if (fclose(out) == EOF) {
		saved = errno ? errno : EIO;
		goto fail;
	}
	if (rename(tmp, path) < 0) {
		saved = errno;
		goto fail;
	}

	/* Make the rename itself durable.  Some file systems refuse fsync on
	 * a directory; the report is in place either way, so ignore that. */
	char *dir = strrchr(tmp, '/') ? xstrndup(tmp, (size_t)(strrchr(tmp, '/') - tmp))
				      : xstrdup(".");
	int dfd = open(*dir ? dir : "/", O_RDONLY | O_DIRECTORY);
	if (dfd >= 0) {
		fsync(dfd);
		close(dfd);
	}
	free(dir);
	free(tmp);
	free(real);
	return 0;

fail_stream:
	saved = errno ? errno : EIO;
	fclose(out);
fail:
	unlink(tmp);
	free(tmp);
	free(real);
	errno = saved;
	return -1;
}
