/* paths.c - where fwlint finds the files it did not get on the command line
 * (see paths.h). */
#include "paths.h"

#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/stat.h>

#include "xalloc.h"

/* The makefile sets both from DATADIR and BINDIR: the data folder, and the
 * same folder relative to the binary's, which stays true when the whole
 * install is moved. */
#ifndef FWLINT_DATADIR
#define FWLINT_DATADIR "/usr/local/share/fwlint"
#endif
#ifndef FWLINT_BIN_TO_DATA
#define FWLINT_BIN_TO_DATA "../share/fwlint"
#endif

/* path (freed) made canonical if it names a folder, else NULL.  Canonical:
 * messages then name /usr/share/..., not /usr/bin/../share/.... */
static char *folder(char *path)
{
	char *real = realpath(path, NULL);
	struct stat st;
	free(path);
	if (real && (stat(real, &st) != 0 || !S_ISDIR(st.st_mode))) {
		free(real);
		real = NULL;
	}
	return real;
}

/* The running binary's path, canonical, or NULL.  /proc/self/exe where
 * /proc is mounted; else the name the binary was started by (AT_EXECFN,
 * getauxval(3)), which is relative to the folder it was started in and
 * fwlint never changes folder: a chroot without /proc, where the quick
 * start may well be tried, still finds the build tree's rulesets. */
static char *exe_path(void)
{
	char *exe = realpath("/proc/self/exe", NULL);
	if (!exe) {
		const char *fn = (const char *)getauxval(AT_EXECFN);
		if (fn && *fn)
			exe = realpath(fn, NULL);
	}
	return exe;
}

char *find_rulesets_dir(void)
{
	const char *env = getenv("FWLINT_RULESETS");
	if (env && *env)
		return xstrdup(env);

	char *found = NULL;
	char *exe = exe_path();
	char *slash = exe ? strrchr(exe, '/') : NULL;
	if (slash) {
		*slash = '\0';
		found = folder(xasprintf("%s/%s/rulesets", exe, FWLINT_BIN_TO_DATA));
		if (!found)
			found = folder(xasprintf("%s/../rulesets", exe));
	}
	free(exe);
	return found ? found : xstrdup(FWLINT_DATADIR "/rulesets");
}
