/* options.c - the values of options, the words of a refused one, and the
 * report written where -o says (cli_int.h). */
#include "cli_int.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "checks.h"
#include "report.h"
#include "spell.h"
#include "xalloc.h"

char *cli_bad_option(char **argv, int c, const struct option *longopts)
{
	const char *arg = argv[optind - 1];
	if (strncmp(arg, "--", 2) == 0) {
		size_t len = strcspn(arg + 2, "=");
		char *name = xstrndup(arg + 2, len);
		char *msg = NULL;
		size_t n = 0;
		/* A known name refused: a missing or an extra argument. */
		for (const struct option *o = longopts; o->name; o++, n++)
			if (!msg && !strcmp(o->name, name))
				msg = o->has_arg == required_argument ?
					xasprintf("option '--%s' needs an argument", name) :
					xasprintf("option '--%s' takes no argument", name);
		if (!msg) {
			const char **names = xcalloc(n ? n : 1, sizeof *names);
			for (size_t i = 0; i < n; i++)
				names[i] = longopts[i].name;
			const char *best = spell_suggest(name, names, n);
			msg = best ? xasprintf("unknown option '--%s' (did you mean '--%s'?)", name, best)
				   : xasprintf("unknown option '--%s'", name);
			free(names);
		}
		free(name);
		return msg;
	}
	if (c == ':')
		return xasprintf("option '-%c' needs an argument", optopt);
	if (optopt)
		return xasprintf("unknown option '-%c'", optopt);
	return xasprintf("unknown option '%s'", arg);
}

int cli_pick(const char *what, const char *word, const char *const *words, size_t n,
	     char **msg)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(word, words[i]))
			return (int)i;
	const char *best = spell_suggest(word, words, n);
	size_t len = 0;
	for (size_t i = 0; i < n; i++)
		len += strlen(words[i]) + 4;
	char *list = xmalloc(len + 1), *p = list;
	for (size_t i = 0; i < n; i++)
		p += sprintf(p, "%s%s", i == 0 ? "" : i + 1 == n ? " or " : ", ", words[i]);
	*msg = best ? xasprintf("unknown %s '%s' (did you mean '%s'?)", what, word, best)
		    : xasprintf("unknown %s '%s' (%s)", what, word, list);
	free(list);
	return -1;
}

char *cli_fail_on(const char *word, int *out)
{
	static const char *const levels[] = { "error", "warning", "never" };
	static const int value[] = { DIAG_ERROR, DIAG_WARNING, REPORT_FAIL_NEVER };
	char *msg = NULL;
	int k = cli_pick("level", word, levels, 3, &msg);
	if (k >= 0)
		*out = value[k];
	return msg;
}

char *cli_scope(const char *word, int *out)
{
	static const char *const scopes[] = { "servers", "all" };
	static const int value[] = { SCOPE_SERVERS, SCOPE_ALL };
	char *msg = NULL;
	int k = cli_pick("scope", word, scopes, 2, &msg);
	if (k >= 0)
		*out = value[k];
	return msg;
}

char *cli_count(const char *name, const char *s, size_t *out)
{
	char *end;
	errno = 0;
	unsigned long long n = strtoull(s, &end, 10);
	if (*end || errno || s[0] < '0' || s[0] > '9' || n == 0 || n > SIZE_MAX)
		return xasprintf("%s needs a whole number above 0, not '%s'", name, s);
	*out = (size_t)n;
	return NULL;
}

int cli_emit(const char *prog, const char *output, int (*write)(FILE *out, void *arg), void *arg)
{
	bool to_file = output && strcmp(output, "-") != 0;
	int wr;
	if (to_file) {
		wr = write_file_atomically(output, write, arg);
		if (wr != 0) {
			int e = errno;
			struct stat st;
			if (lstat(output, &st) == 0 && S_ISREG(st.st_mode))
				unlink(output);
			errno = e;
		}
	} else {
		wr = write(stdout, arg);
		if (fflush(stdout) != 0 || ferror(stdout))
			wr = -1;
	}
	if (wr != 0) {
		fprintf(stderr, "%s: cannot write the report to %s: %s\n", prog,
			to_file ? output : "standard output", strerror(errno));
		return 2;
	}
	return 0;
}
