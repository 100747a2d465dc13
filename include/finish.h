/* finish.h - what the run decides about its findings once every check is
 * done, before a writer sees them (fwlint(1), SUPPRESSING FINDINGS, OUTPUT).
 *
 * In this order: the findings of disabled checks go; levels are overridden
 * (--error/--warning); inline directives suppress what they cover and a
 * directive that covers nothing becomes an unused-suppression finding; the
 * findings are sorted and fingerprinted; a baseline hides the findings it
 * lists (or, when it does not exist yet, is written with them); whether a
 * finding fails the run is set; --max-findings keeps the first N and
 * counts the rest by check.
 */
#ifndef FWLINT_FINISH_H
#define FWLINT_FINISH_H

#include <stdbool.h>
#include <stddef.h>

#include "check.h"
#include "report.h"
#include "srccache.h"

/* A check's level as configured: its row's, or overridden. */
enum { FINISH_LEVEL_DEFAULT = -1 };

typedef struct finish_opts {
	bool disabled[CHECK_COUNT];
	int level[CHECK_COUNT];     /* FINISH_LEVEL_DEFAULT or a diag_level */
	int fail_on;                /* a diag_level or REPORT_FAIL_NEVER */
	bool have_topology;         /* the checks that need one ran */
	const char *topology;       /* its path, scanned for directives, or NULL */
	const char *baseline;       /* --baseline FILE, or NULL */
	size_t max_findings;        /* 0: every finding */
	/* The report shows no fingerprint (text, JUnit): they are made only
	 * for a baseline.  Findings then have none (NULL). */
	bool no_fingerprints;
} finish_opts;

void finish_opts_init(finish_opts *o);

/* Finish rep (see the top), reading source lines from src.  Returns 0, or
 * -1 when the baseline cannot be read or written: then an error without a
 * check says why, and the run exits 2. */
int report_finish(report *rep, srccache *src, const finish_opts *o);

/* The fingerprint of every finding of rep, in its order (report_finish does
 * it; exposed for the tests): 16 hex digits of a hash of the check, the
 * file, the text of the finding's line with blanks collapsed, the message
 * with the line numbers of the places it names taken out, and how many
 * equal ones came before it.  Moving a rule, or adding lines above it,
 * keeps its fingerprint. */
void report_fingerprint(report *rep, srccache *src);

#endif
