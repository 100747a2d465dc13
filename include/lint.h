/* lint.h - one run of fwlint: load, evaluate, check, collect a report.
 *
 * Data flows one way (docs/design.md): files -> front ends (frontend.h) ->
 * IR -> evaluator -> checks (check.h) -> report.  lint_run() owns that
 * pipeline; the checks under src/checks/ see a loaded firewall (fwload) and
 * the topology, never a token.
 */
#ifndef FWLINT_LINT_H
#define FWLINT_LINT_H

#include <stdbool.h>
#include <stddef.h>

#include "checks.h"
#include "report.h"

typedef struct lint_opts {
	const char *topology;     /* or NULL */
	const char *input_format; /* -I, or NULL: detect */
	enum lint_scope scope;
	const char *rulesets_dir;
	bool allow_include_outside; /* pf include/table files anywhere */
	bool noflush;             /* iptables: read every table as a fragment */
} lint_opts;

/* Run everything.  Returns 0, or 2 when the topology is invalid or a file
 * could not be read (the diagnostics say why). */
int lint_run(const lint_opts *o, char **files, size_t nfiles, report *rep);

#endif
