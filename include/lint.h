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
#include "frontend.h"
#include "report.h"

typedef struct lint_opts {
	const char *topology;     /* or NULL */
	const char *input_format; /* -I, or NULL: detect */
	enum lint_scope scope;
	const char *rulesets_dir;
	bool allow_include_outside; /* pf include/table files anywhere */
	bool noflush;             /* iptables: read every table as a fragment */
	size_t max_input;         /* --max-input-size: bytes; 0: FILEIO_MAX_SIZE */
	bool skip_unknown;        /* a FILE of no format fwlint knows is skipped
				     with a note, not a parse-error (the
				     pre-commit hooks pass any staged file) */
	const bool *disabled;     /* [CHECK_COUNT]: checks not to run, or NULL */
	/* The FILE "-": standard input, read by the caller, named STDIN_NAME. */
	const char *stdin_buf;
	size_t stdin_len;
} lint_opts;

/* How findings name standard input, as gcc does. */
#define STDIN_NAME "<stdin>"

/* Run everything.  A FILE that is the topology itself (a pre-commit hook
 * passes a staged topology) checks every firewall of it.  The firewalls of
 * the topology are linted side by side, one per online processor (or as
 * many at a time as the environment variable FWLINT_JOBS says), and the
 * report is the same as if they were linted one after the other.  Returns
 * 0, or 2 when the topology is invalid or a file could not be read (the
 * diagnostics say why). */
int lint_run(const lint_opts *o, char **files, size_t nfiles, report *rep);

struct topo_firewall;
/* What the topology tells the front end about firewall fw: its interface
 * names and its acl-in and acl-out bindings, set in *fo (allocated: free
 * them with lint_fwload_opts_free). */
void lint_fwload_opts(const struct topo_firewall *fw, fwload_opts *fo);
void lint_fwload_opts_free(fwload_opts *fo);

#endif
