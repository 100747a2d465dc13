/* config.h - the .fwlint configuration file (fwlint(1), CONFIGURATION).
 *
 * A repository of firewall configurations says once how fwlint checks it,
 * for people, CI and the pre-commit hook alike:
 *
 *   # .fwlint
 *   topology = contoso.topo         # -t; relative to this file's folder
 *   disable = shadowed-rule         # --disable, several with commas
 *   enable = ...                    # --enable
 *   error = over-permissive         # --error: this check's findings are errors
 *   warning = return-blocked        # --warning
 *   fail-on = warning               # --fail-on
 *   scope = all                     # --scope
 *   baseline = fwlint.baseline      # --baseline; relative to this file's folder
 *   max-findings = 200              # --max-findings
 *
 * fwlint reads the first .fwlint found in the working folder or a folder
 * above it (--config FILE names one, --no-config reads none); the command
 * line wins over it.
 */
#ifndef FWLINT_CONFIG_H
#define FWLINT_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "finish.h"

typedef struct fwconfig {
	char *topology;      /* resolved against the file's folder, or NULL */
	char *baseline;      /* likewise */
	int fail_on;         /* -1: not set */
	int scope;           /* -1: not set; else enum lint_scope */
	size_t max_findings; /* 0: not set */
} fwconfig;

/* The .fwlint of the working folder or the nearest folder above it, or
 * NULL.  The caller frees. */
char *config_find(void);
/* Read the file at path into cfg and the check settings into fo.
 * Returns 0, or -1 with errors (FILE:LINE:COL) in errs. */
int config_load(const char *path, fwconfig *cfg, finish_opts *fo, diag_list *errs);
void config_free(fwconfig *cfg);

/* What "--disable CHECK" and the config's lists do to fo: how is one of
 * "disable", "enable", "error", "warning"; names is one or more check names
 * separated by commas (blanks around them allowed).  Returns NULL, or an
 * error message (a name that is no check, with a did-you-mean) the caller
 * frees. */
char *config_apply_checks(finish_opts *fo, const char *how, const char *names);

#endif
