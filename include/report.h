/* report.h - what a run found, grouped for the report writers.
 *
 * A report is a list of suites (one per firewall checked against the
 * topology, one per configuration file checked alone), of test cases (one per
 * required flow through a firewall and per accepting rule audited, so that a
 * JUnit consumer sees what passed too) and of diagnostics, each of which may
 * belong to a test case.  Writers: report_text.c, report_junit.c; later
 * SARIF and JSON read the same structure.
 */
#ifndef FWLINT_REPORT_H
#define FWLINT_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "diag.h"

typedef struct rsuite {
	char *name;   /* "firewall edge" or the file path */
	char *file;   /* the configuration file's path (JUnit: file=) or NULL */
} rsuite;

typedef struct rcase {
	int suite;
	char *classname; /* unique with name inside the whole report */
	char *name;
} rcase;

typedef struct report {
	rsuite *suite;
	size_t nsuite, capsuite;
	rcase *tcase;
	size_t ncase, capcase;
	diag_list diags;
} report;

void report_init(report *r);
void report_free(report *r);
int report_suite(report *r, const char *name, const char *file);
/* A test case in suite; if classname+name exist already in the report the
 * existing index is returned, so a flow seen twice is one case. */
int report_case(report *r, int suite, const char *classname, const char *name);
/* Sort the diagnostics by file, line, column, check (stable); suites and
 * cases keep their order. */
void report_sort(report *r);

/* Writers return 0 on success, -1 on a write error (errno set). */
int report_write_text(const report *r, FILE *out, bool quiet);
int report_write_junit(const report *r, FILE *out);

/* Write a report atomically: to a temporary file in path's folder, flushed
 * and fsync'ed, then renamed over path.  On any error the temporary file is
 * removed, path is left as it was, and -1 is returned with errno set.
 * write() is called with the open stream and arg. */
int write_file_atomically(const char *path,
			  int (*write)(FILE *out, void *arg), void *arg);

#endif
