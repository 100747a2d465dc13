/* diag.h - diagnostics are records, printed at the end.
 *
 * Like nftables' erec queue: a front end, the topology loader or a check
 * adds records; report writers (report.h) read the list.  Nothing prints
 * from where a problem is found.
 */
#ifndef FWLINT_DIAG_H
#define FWLINT_DIAG_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "fixit.h"
#include "pset.h"
#include "srcloc.h"

enum diag_level { DIAG_NOTE, DIAG_WARNING, DIAG_ERROR };

/* The longest message kept, in bytes; a longer one (it quotes a very long
 * word) is cut and ends in "...". */
#define DIAG_MAX_MSG 2048

/* A place that helps to explain a finding: the topology statement that
 * requires a flow, the rule that translated it (SARIF relatedLocations). */
typedef struct diag_related {
	char *file;  /* owned; loc.file points here */
	srcloc loc;
	char *msg;   /* what the place is, lower case: "the flow is required here" */
} diag_related;

typedef struct diag {
	enum diag_level level;
	const char *check; /* a name from the check table, or NULL (topology errors) */
	srcloc loc;        /* loc.file is copied into file below */
	char *file;
	char *msg;         /* lower case, no final full stop */
	bool has_packet;   /* over-permissive and friends: one example packet */
	packet pkt;
	char *example;     /* pkt, formatted */
	char *excess;      /* a summary of the excess, or NULL */
	int tcase;         /* the report test case it belongs to, or -1 */
	diag_related *related; /* places that explain it (diag_add_related) */
	size_t nrelated;
	/* The changes to the files that make it go away (fixit.h), in order;
	 * or none, and nofix says why when a fix-it was sought (static
	 * text). */
	fixit_list fixes;
	const char *nofix;
	/* Set when the run is over (report_finish, report.h): */
	char *fingerprint; /* a stable identity: 16 hex digits, or NULL */
	bool fails;        /* the finding reaches --fail-on */
} diag;

typedef struct diag_list {
	diag *v;
	size_t n, cap;
	size_t nerror, nwarning;
} diag_list;

void diag_list_init(diag_list *l);
void diag_list_free(diag_list *l);
/* Append every record of from to to, leaving from empty. */
void diag_list_move(diag_list *to, diag_list *from);
/* The record as given; a finding of a check is added with diag_check()
 * (check.h), which takes the check's level from the registry. */
diag *diag_add(diag_list *l, enum diag_level level, const char *check,
	       srcloc loc, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
diag *diag_addv(diag_list *l, enum diag_level level, const char *check,
		srcloc loc, const char *fmt, va_list ap)
	__attribute__((format(printf, 5, 0)));
/* What is not a finding of a check: an error that stops the run (a topology
 * that does not load, a file that cannot be read; exit 2), and a note. */
diag *diag_error(diag_list *l, srcloc loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
diag *diag_note(diag_list *l, srcloc loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Attach an example packet (formatted with fmt_packet) and an excess summary. */
void diag_set_example(diag *d, const packet *p, const char *formatted);
void diag_set_excess(diag *d, const char *summary);
/* Attach a related place; a loc without a file is ignored. */
void diag_add_related(diag *d, srcloc loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Free what one record owns (diag_list_free calls it for each). */
void diag_free(diag *d);
const char *diag_level_name(enum diag_level l);

#endif
