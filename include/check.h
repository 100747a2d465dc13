/* check.h - the registry of checks (fwlint(1), CHECKS).
 *
 * Like dtc's checks.c: every check is one row of check_table, which names
 * the check, its level, what it looks at, the function that runs it and a
 * one-line description.  --list-checks prints the table, lint_run() calls
 * the functions, and a finding takes its level from its row through
 * diag_check(): no check names a level.  Adding a check is adding a row to
 * check_list.h and a function under src/checks/ (declared in checks.h).
 */
#ifndef FWLINT_CHECK_H
#define FWLINT_CHECK_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

/* The checks, numbered in the order of their rows (check_list.h). */
enum check_id {
#define CHECK(id, name, level, input, run, by, desc) CHECK_##id,
#include "check_list.h"
#undef CHECK
	CHECK_COUNT
};

/* What a check looks at, and so when lint_run() calls its function. */
enum check_input {
	CHECK_INPUT_PARSE,    /* found by a front end while it reads a file */
	CHECK_INPUT_TOPOLOGY, /* the topology and its ruleset, once a run */
	CHECK_INPUT_FILE,     /* one parsed file, with or without a topology */
	CHECK_INPUT_FIREWALL, /* one firewall of the topology: its file and
				 the flows that cross it */
};

struct check_ctx; /* checks.h */
typedef void check_fn(const struct check_ctx *cx);

typedef struct check_def {
	const char *name;
	enum diag_level level;
	enum check_input input;
	/* The function that finds it, or NULL (check_list.h); by is the
	 * check whose function does (the check itself when run is set). */
	check_fn *run;
	enum check_id by;
	const char *desc;
} check_def;

extern const check_def check_table[CHECK_COUNT];

/* The row of a check by name, or NULL. */
const check_def *check_find(const char *name);
const char *check_name(enum check_id id);
/* Whether the check needs a topology (-t) to run. */
bool check_needs_topology(const check_def *c);

/* Add a finding of check id at its level. */
diag *diag_check(diag_list *l, enum check_id id, srcloc loc, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
diag *diag_checkv(diag_list *l, enum check_id id, srcloc loc, const char *fmt,
		  va_list ap) __attribute__((format(printf, 4, 0)));
/* A note about a check's work (a bound it met), never a finding. */
diag *diag_check_note(diag_list *l, enum check_id id, srcloc loc, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* A parse-error of a configuration file whose front end lists at most max
 * of them (*nerrors counts them): past that, one "too many errors, giving
 * up after MAX" and nothing more (*gave_up).  Returns whether it was added. */
bool diag_parse_errorv(diag_list *l, int *nerrors, bool *gave_up, int max, srcloc loc,
		       const char *fmt, va_list ap)
	__attribute__((format(printf, 6, 0)));

#endif
