/* report.h - what a run found, grouped for the report writers.
 *
 * A report is a list of suites (one per firewall checked against the
 * topology, one per configuration file checked alone), of test cases (one per
 * required flow through a firewall and per accepting rule audited, so that a
 * JUnit consumer sees what passed too) and of diagnostics, each of which may
 * belong to a test case.  Writers: report_text.c, report_junit.c,
 * report_sarif.c, report_json.c, report_codequality.c, report_dot.c (which
 * also draws the topology: topo and flows below); all read the same
 * structure, after report_finish() has set what the run decided.
 */
#ifndef FWLINT_REPORT_H
#define FWLINT_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "diag.h"

struct topo;
struct flow_list;

typedef struct rsuite {
	char *name;   /* "firewall edge" or the file path */
	char *file;   /* the configuration file's path (JUnit: file=) or NULL */
} rsuite;

typedef struct rcase {
	int suite;
	char *classname; /* unique with name inside the whole report */
	char *name;
} rcase;

/* Findings of one check that --max-findings left out. */
typedef struct report_hidden {
	const char *check; /* a check name (static), never NULL */
	enum diag_level level; /* their level (one per check) */
	size_t n;
} report_hidden;

/* The level a finding must reach to fail the run (--fail-on): a
 * diag_level, or this for --fail-on never. */
#define REPORT_FAIL_NEVER (DIAG_ERROR + 1)

typedef struct report {
	rsuite *suite;
	size_t nsuite, capsuite;
	rcase *tcase;
	size_t ncase, capcase;
	diag_list diags;
	/* Open-addressing index of tcase by classname+name, so that adding
	 * a case is O(1) with 100,000 audited rules: slot holds case + 1,
	 * 0 is empty.  Private to report.c. */
	size_t *case_index;
	size_t case_index_cap;
	/* Set by the command line before a writer runs: */
	int fail_on;        /* a diag_level or REPORT_FAIL_NEVER; default DIAG_ERROR */
	int status;         /* the run's exit status: 0, 1 or 2 */
	report_hidden *hidden; /* --max-findings: what was left out, by check */
	size_t nhidden;
	bool color;         /* text: colour and a caret line (a terminal) */
	const bool *disabled; /* [CHECK_COUNT]: checks that did not run, or NULL */
	const char *topology; /* the topology's path, or NULL */
	struct srccache *src; /* the files' lines (srccache.h), or NULL */
	/* Set by lint_run with -t: the topology and the flows it requires
	 * (topo.h), which the dot writer draws; the report owns them and
	 * report_free() frees them.  NULL without a topology. */
	struct topo *topo;
	struct flow_list *flows;
	/* The checks the findings come from, for the writers that describe
	 * them (SARIF's rules): fwlint diff's own (diff.c), or NULL for
	 * check_table (check.h). */
	const struct check_def *checks;
	size_t nchecks;
	/* Set by report_finish (finish.h): */
	size_t nfailing;    /* findings that reach --fail-on, hidden ones too */
	size_t nsuppressed; /* covered by an inline directive */
	size_t nbaseline;   /* listed in the baseline */
} report;

void report_init(report *r);
void report_free(report *r);
int report_suite(report *r, const char *name, const char *file);
/* A test case in suite; if classname+name exist already in the report the
 * existing index is returned, so a flow seen twice is one case. */
int report_case(report *r, int suite, const char *classname, const char *name);
/* The index of the case classname+name, or -1. */
int report_find_case(const report *r, const char *classname, const char *name);
/* Sort the diagnostics by file, line, column, check (stable); suites and
 * cases keep their order. */
void report_sort(report *r);

/* One diagnostic as one line, without a newline, as the text writer prints
 * it: "FILE:LINE:COL: LEVEL: CHECK: MSG", "FILE: LEVEL: ..." when the line
 * is unknown, "fwlint: LEVEL: ..." without a file.  Line breaks become
 * spaces and other control characters '?', so one finding is always one
 * line.  Flags: REPORT_LINE_EXTRA appends "; e.g. EXAMPLE" and
 * "; excess: EXCESS"; REPORT_LINE_SPLIT puts them on lines of their own
 * instead ("\ne.g. EXAMPLE\nexcess: EXCESS"); REPORT_LINE_FULL_LOC always writes FILE:LINE:COL,
 * with an unknown line or column as 1 (JUnit consumers parse that prefix).
 * The caller frees the result.  Shared by the writers. */
enum {
	REPORT_LINE_EXTRA = 1,
	REPORT_LINE_FULL_LOC = 2,
	REPORT_LINE_SPLIT = 4,
};
char *report_diag_line(const diag *d, unsigned flags);

/* Writers return 0 on success, -1 on a write error (errno set).  A
 * finding's d->fails says whether it reaches --fail-on; an error without a
 * check (d->check NULL: a topology that does not load, a file that cannot
 * be read) is what made the run exit 2. */
int report_write_text(const report *r, FILE *out, bool quiet);
int report_write_junit(const report *r, FILE *out);
int report_write_sarif(const report *r, FILE *out);
int report_write_json(const report *r, FILE *out);
int report_write_codequality(const report *r, FILE *out);
/* A Graphviz drawing (report_dot.c): zones, firewalls, servers and each
 * required flow coloured by its state; without r->topo, the files alone. */
int report_write_dot(const report *r, FILE *out);
/* s as the inside of a DOT quoted string (the DOT language, "ID"; an
 * escString of a label): '"' and '\\' escaped, bytes that are not UTF-8
 * replaced by U+FFFD, control characters by '?'.  The caller frees it. */
char *report_dot_escape(const char *s);

/* Write a report atomically: to a temporary file in path's folder, flushed
 * and fsync'ed, then renamed over path.  On any error the temporary file is
 * removed, path is left as it was, and -1 is returned with errno set.
 * write() is called with the open stream and arg; it returns 0 on success
 * and non-zero on failure (with errno set).  An existing file's permission
 * bits are kept; a new file gets 0666 & ~umask.  A symbolic link is
 * followed (its target is replaced).  A path that names a device, a FIFO
 * or a socket is written in place, not replaced (no atomicity is possible
 * there); a directory is EISDIR.  path is a file name: the caller handles
 * "-" (stdout) itself. */
int write_file_atomically(const char *path,
			  int (*write)(FILE *out, void *arg), void *arg);

#endif
