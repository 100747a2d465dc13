/* paths.h - where fwlint finds its data files. */
#ifndef FWLINT_PATHS_H
#define FWLINT_PATHS_H

/* The folder of rulesets ("ruleset NAME;" reads NAME.rules there).  The
 * first that applies of:
 *   1. $FWLINT_RULESETS, if set and not empty, taken as it is: a folder the
 *      user named is never silently replaced by another;
 *   2. the installed folder, found from the running binary
 *      (BINDIR/../share/fwlint/rulesets by default), if it is a folder: an
 *      install that was staged (DESTDIR) or moved finds its own rulesets;
 *   3. the checkout's rulesets/ beside a build folder (build/fwlint), if it
 *      is a folder;
 *   4. DATADIR/rulesets as the build knew it.
 * The caller frees the string. */
char *find_rulesets_dir(void);

#endif
