/* replay.c - run a fuzz target without libFuzzer: every file named on the
 * command line, and every file in a folder named there (sorted, not
 * recursive, dot files skipped), goes once through
 * LLVMFuzzerTestOneInput().  Built with any compiler, so that make check
 * replays the inputs that once crashed (tests/fuzz/regress/TARGET/) under
 * gcc and under ASan + UBSan.  A crash or a sanitizer report ends the run;
 * a leak is reported by LeakSanitizer at exit. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fileio.h"
#include "fuzz.h"
#include "xalloc.h"

static int run_file(const char *path, bool verbose)
{
	char *buf;
	size_t len;
	char err[160];
	if (read_whole_file(path, &buf, &len, err, sizeof err) != 0) {
		fprintf(stderr, "replay: %s: %s\n", path, err);
		return -1;
	}
	if (verbose)
		fprintf(stderr, "replay: %s\n", path);
	/* An exact copy, as libFuzzer passes it: no NUL after the end, so
	 * that ASan sees a read past it. */
	uint8_t *data = xmalloc(len ? len : 1);
	memcpy(data, buf, len);
	free(buf);
	LLVMFuzzerTestOneInput(data, len);
	free(data);
	return 0;
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int run_dir(const char *path, bool verbose, size_t *count)
{
	DIR *d = opendir(path);
	if (!d) {
		fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
		return -1;
	}
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		names = xgrow(names, &cap, n + 1, sizeof *names);
		names[n++] = xasprintf("%s/%s", path, e->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof *names, name_cmp);
	int status = 0;
	for (size_t i = 0; i < n; i++) {
		struct stat st;
		if (stat(names[i], &st) == 0 && S_ISREG(st.st_mode)) {
			if (run_file(names[i], verbose) != 0)
				status = -1;
			else
				(*count)++;
		}
		free(names[i]);
	}
	free(names);
	return status;
}

int main(int argc, char **argv)
{
	bool verbose = getenv("REPLAY_VERBOSE") != NULL;
	size_t count = 0;
	int status = 0;
	for (int i = 1; i < argc; i++) {
		struct stat st;
		if (stat(argv[i], &st) != 0) {
			fprintf(stderr, "replay: %s: %s\n", argv[i], strerror(errno));
			status = 1;
		} else if (S_ISDIR(st.st_mode)) {
			if (run_dir(argv[i], verbose, &count) != 0)
				status = 1;
		} else if (run_file(argv[i], verbose) != 0) {
			status = 1;
		} else {
			count++;
		}
	}
	printf("replay: %zu inputs\n", count);
	return status;
}
