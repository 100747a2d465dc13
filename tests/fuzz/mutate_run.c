/* mutate_run.c - the structure-aware fuzz target (fuzz_mutate.c) without
 * libFuzzer, for make check: for SECONDS, take an input from a pool (the
 * seeds, then what came of them), change it with the target's own mutator
 * (one to three edits), run the properties on it and put it in the pool.
 * Deterministic for a SEED, apart from how many inputs fit in the time.
 *
 *     mutate-run SECONDS SEED FILE|DIR...
 *
 * A property that fails aborts; the input that failed is written first to
 * $MUTATE_FAILED (default mutate-failed.rules), to replay with
 * replay-mutate.  The last line counts what was checked. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "fileio.h"
#include "fuzz.h"
#include "mutate.h"
#include "xalloc.h"

enum { MUTATE_MAX_INPUT = 8192, POOL_SIZE = 512 };

/* The input being run, for the abort handler (async-signal-safe writes). */
static uint8_t current[MUTATE_MAX_INPUT];
static size_t current_len;
static const char *failed_path;

static void on_abort(int sig)
{
	int fd = open(failed_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd >= 0) {
		size_t off = 0;
		while (off < current_len) {
			ssize_t k = write(fd, current + off, current_len - off);
			if (k <= 0)
				break;
			off += (size_t)k;
		}
		close(fd);
	}
	static const char msg[] = "mutate-run: the failing input is in $MUTATE_FAILED\n";
	ssize_t ignored = write(2, msg, sizeof msg - 1);
	(void)ignored;
	signal(sig, SIG_DFL);
	raise(sig);
}

typedef struct pool {
	char *v[POOL_SIZE];
	size_t len[POOL_SIZE];
	size_t n;
} pool;

static void pool_put(pool *p, const void *data, size_t len, size_t at)
{
	if (at < p->n)
		free(p->v[at]);
	else
		at = p->n++;
	p->v[at] = xmalloc(len ? len : 1);
	memcpy(p->v[at], data, len);
	p->len[at] = len;
}

static void add_file(pool *p, const char *path)
{
	char *buf;
	size_t len;
	char err[160];
	if (read_whole_file(path, &buf, &len, err, sizeof err) != 0) {
		fprintf(stderr, "mutate-run: %s: %s\n", path, err);
		exit(2);
	}
	if (p->n < POOL_SIZE && len <= MUTATE_MAX_INPUT)
		pool_put(p, buf, len, p->n);
	free(buf);
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void add_path(pool *p, const char *path)
{
	struct stat st;
	if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)) {
		add_file(p, path);
		return;
	}
	DIR *d = opendir(path);
	if (!d) {
		fprintf(stderr, "mutate-run: %s: %s\n", path, strerror(errno));
		exit(2);
	}
	char **names = NULL;
	size_t n = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		names = xrealloc(names, (n + 1) * sizeof *names);
		names[n++] = xasprintf("%s/%s", path, e->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof *names, name_cmp);
	for (size_t i = 0; i < n; i++) {
		add_file(p, names[i]);
		free(names[i]);
	}
	free(names);
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: mutate-run SECONDS SEED FILE|DIR...\n");
		return 2;
	}
	double seconds = atof(argv[1]);
	unsigned long seed = strtoul(argv[2], NULL, 10);
	failed_path = getenv("MUTATE_FAILED");
	if (!failed_path || !*failed_path)
		failed_path = "mutate-failed.rules";
	signal(SIGABRT, on_abort);

	pool p = { .n = 0 };
	for (int i = 3; i < argc; i++)
		add_path(&p, argv[i]);
	if (p.n == 0)
		pool_put(&p, "", 0, 0);

	uint64_t s = seed * 6364136223846793005ULL + 1442695040888963407ULL;
	double start = now();
	unsigned long runs = 0;
	while (now() - start < seconds) {
		s = s * 6364136223846793005ULL + 1442695040888963407ULL;
		size_t from = (size_t)(s >> 33) % p.n;
		memcpy(current, p.v[from], p.len[from]);
		current_len = LLVMFuzzerCustomMutator(current, p.len[from], MUTATE_MAX_INPUT,
						      (unsigned)(s >> 17));
		LLVMFuzzerTestOneInput(current, current_len);
		/* Keep it: the pool grows to POOL_SIZE, then each new input takes
		 * the place of a random one. */
		size_t at = p.n < POOL_SIZE ? p.n : (size_t)(s >> 40) % POOL_SIZE;
		pool_put(&p, current, current_len, at);
		runs++;
	}
	const mutate_stats *st = mutate_get_stats();
	printf("mutate: %lu inputs in %.0f s (seed %lu), in the models' part of iptables-save %lu, "
	       "of pf.conf %lu, of IOS %lu: %lu packets compared one by one, %lu in the partition "
	       "of the space (%lu left out: an unresolved rule), %lu shadowed-rule findings checked\n",
	       runs, now() - start, seed, st->modelled, st->pf_modelled, st->cisco_modelled,
	       st->packets, st->space_packets, st->maybe, st->shadowed);
	for (size_t i = 0; i < p.n; i++)
		free(p.v[i]);
	return 0;
}
