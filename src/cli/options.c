/* options.c - the words of a refused option (cli_int.h). */
#include "cli_int.h"

#include <stdlib.h>
#include <string.h>

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
