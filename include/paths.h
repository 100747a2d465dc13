/* paths.h - where fwlint finds the files it did not get on the command line.
 */
#ifndef FWLINT_PATHS_H
#define FWLINT_PATHS_H

/* The folder of rulesets ("ruleset NAME;" reads NAME.rules there): the
 * first of
 *   1. $FWLINT_RULESETS, if set and not empty (used as it is: a folder the
 *      user named is never silently replaced by another);
 *   2. the installed folder, found from the running binary
 *      (BINDIR/../share/fwlint/rulesets by default), so that an install
 *      that was staged (DESTDIR) or moved finds its own rulesets;
 *   3. the source tree's rulesets/, for a binary in a build folder of the
 *      checkout (build/fwlint);
 * that is a folder, else DATADIR/rulesets as the build knew it.  The
 * caller frees the string. */
char *find_rulesets_dir(void);

#endif
