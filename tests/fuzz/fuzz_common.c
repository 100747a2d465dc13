/* fuzz_common.c - helpers of the fuzz targets (fuzz.h). */
#include "fuzz.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "checks.h"
#include "report.h"
#include "xalloc.h"

bool fuzz_split(const uint8_t *data, size_t size, size_t *head_len, size_t *tail_off)
{
	static const char sep[] = FUZZ_SEPARATOR;
	size_t n = sizeof sep - 1;
	for (size_t i = 0; i + n <= size; i++) {
		if (i > 0 && data[i - 1] != '\n')
			continue;
		if (memcmp(data + i, sep, n) != 0)
			continue;
		size_t end = i + n;
		if (end < size && data[end] == '\r')
			end++;
		if (end < size && data[end] != '\n')
			continue;
		*head_len = i;
		*tail_off = end < size ? end + 1 : end;
		return true;
	}
	*head_len = size;
	*tail_off = size;
	return false;
}

static char *dir;

static void remove_dir(void)
{
	DIR *d = opendir(dir);
	if (d) {
		struct dirent *e;
		while ((e = readdir(d)) != NULL) {
			if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
				continue;
			char *p = fuzz_path(e->d_name);
			unlink(p);
			free(p);
		}
		closedir(d);
	}
	rmdir(dir);
	free(dir);
	dir = NULL;
}

const char *fuzz_dir(void)
{
	if (dir)
		return dir;
	const char *tmp = getenv("TMPDIR");
	dir = xasprintf("%s/fwlint-fuzz.XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(dir)) {
		fprintf(stderr, "fuzz: cannot make a folder %s: %s\n", dir, strerror(errno));
		abort();
	}
	atexit(remove_dir);
	return dir;
}

char *fuzz_path(const char *name)
{
	return xasprintf("%s/%s", fuzz_dir(), name);
}

void fuzz_write(const char *path, const void *buf, size_t len)
{
	if (!buf) {
		if (unlink(path) != 0 && errno != ENOENT) {
			fprintf(stderr, "fuzz: cannot remove %s: %s\n", path, strerror(errno));
			abort();
		}
		return;
	}
	FILE *f = fopen(path, "wb");
	if (!f || (len && fwrite(buf, 1, len, f) != len) || fclose(f) != 0) {
		fprintf(stderr, "fuzz: cannot write %s: %s\n", path, strerror(errno));
		abort();
	}
}

void *fuzz_devnull(void)
{
	static FILE *null;
	if (!null)
		null = fopen("/dev/null", "w");
	if (!null) {
		fprintf(stderr, "fuzz: cannot open /dev/null: %s\n", strerror(errno));
		abort();
	}
	return null;
}

void fuzz_config(const char *path, const char *buf, size_t len, const char *format)
{
	report rep;
	report_init(&rep);
	diag_list dl;
	diag_list_init(&dl);
	fwload f;
	fwload_opts fo = { .format = format };
	bool ok = fwload_open_buf(&f, path, buf, len, &fo, &dl);
	f.suite = report_suite(&rep, path, path);
	diag_list_move(&rep.diags, &dl);
	if (ok) {
		check_ctx cx = { .f = &f, .rep = &rep };
		checks_run(CHECK_INPUT_FILE, &cx);
	}
	report_sort(&rep);
	report_write_text(&rep, fuzz_devnull(), false);
	fwload_close(&f);
	report_free(&rep);
}
