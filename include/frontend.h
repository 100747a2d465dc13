/* frontend.h - the front ends: one row per input format, and a file read
 * through the right one into the rule IR, ready to evaluate (fwlint(1),
 * INPUT FORMATS).
 *
 * Every format fwlint reads is a row of frontend_table: its name (-I NAME,
 * "format NAME" in a topology), how a file is recognised, how it is parsed
 * (with the checks of the front end itself, such as iptables' jump loops)
 * and what it takes from the topology.  Nothing else in fwlint dispatches
 * on a format's name.
 */
#ifndef FWLINT_FRONTEND_H
#define FWLINT_FRONTEND_H

#include <stdbool.h>
#include <stddef.h>

#include "cisco.h"
#include "diag.h"
#include "eval.h"
#include "fixit.h"
#include "iftab.h"
#include "ir.h"

/* How to read one file; zero is the default everywhere. */
typedef struct fwload_opts {
	const char *format;             /* NULL: detect */
	const char *const *ifnames;     /* extra interface names (the topology's,
					   a trace's), added to the interface
					   table before it is frozen */
	size_t nifnames;
	const cisco_binding *bindings;  /* the topology's acl-in and acl-out:
					   they bind a bare Cisco ACL file */
	size_t nbindings;
	bool allow_include_outside;     /* pf: include and table files from
					   anywhere, not only the file's folder */
	bool noflush;                   /* iptables: every table is a fragment,
					   loaded with iptables-restore --noflush */
	size_t max_input;               /* bytes a file may have (--max-input-size);
					   0: FILEIO_MAX_SIZE */
} fwload_opts;

typedef struct frontend {
	const char *name;
	/* The name of the format buf[0..len) is in, if this front end
	 * recognises it (the Cisco row answers "cisco" or "asa"), else NULL;
	 * NULL for a format that is only ever named.  Rows are asked in
	 * order. */
	const char *(*detect)(const char *buf, size_t len);
	/* Always a ruleset, possibly partial; problems go to diags. */
	ir_ruleset *(*parse)(const char *path, const char *buf, size_t len,
			     const fwload_opts *o, diag_list *diags);
	/* From the topology every front end takes the interface names of
	 * its firewall; these also take acl-in and acl-out, which bind the
	 * ACLs of a bare ACL file. */
	bool takes_acl_bindings;
	/* Writes fix-its in the format's syntax (fixit.h), or NULL: the
	 * format's findings carry none. */
	fixit_writer fixit;
	/* The writer places its rules by the file's text (indentation,
	 * remarks, continued lines): fwload keeps it (text, text_len). */
	bool fixit_text;
} frontend;

extern const frontend frontend_table[];
extern const size_t frontend_count;

/* The row named name, or NULL. */
const frontend *frontend_find(const char *name);
/* The row whose format buf[0..len) is in, asking the detectors in the
 * table's order, or NULL. */
const frontend *frontend_detect(const char *buf, size_t len);
/* "iptables, pf, cisco or asa", for messages; into buf[0..size). */
const char *frontend_names(char *buf, size_t size);
/* Where the first statement of buf starts: after a UTF-8 byte order mark,
 * blank lines and '#' comment lines; len when there is none.  For the
 * detectors of formats whose comments start with '#'. */
size_t frontend_first_statement(const char *buf, size_t len);

/* A configuration file, parsed and ready to evaluate. */
typedef struct fwload {
	char *path;
	ir_ruleset *rs;          /* NULL when the file could not be read */
	iftab tab;
	evaluator *ev;
	int suite;               /* its suite in the report */
	const struct topo_firewall *fw; /* the topology's firewall, or NULL */
	const frontend *fe;      /* its format's row, or NULL */
	/* The ruleset lets replies through by their conntrack state (an
	 * accepting rule for ESTABLISHED packets, not NEW ones): fix-its then
	 * open connections only (fixit.h, by_state). */
	bool by_state;
	/* The file's text as it was parsed, for a format whose fix-it writer
	 * reads it (frontend.fixit_text); else NULL.  Read-only. */
	char *text;
	size_t text_len;
	/* Where its lines start: text_line[i] is the offset of line i + 1
	 * (after a UTF-8 byte order mark for line 1), text_line[text_nlines]
	 * is text_len. */
	size_t *text_line;
	size_t text_nlines;
	int fwindex;
	bool io_error;           /* unreadable, or a format fwlint lacks: exit 2 */
} fwload;

/* Read and parse one file (o may be NULL: defaults).  Diagnostics go to
 * diags.  Returns false when there is no ruleset to check: an I/O error or
 * a format fwlint lacks (io_error set), or a file of no format it knows (a
 * parse-error finding). */
bool fwload_open(fwload *f, const char *path, const fwload_opts *o, diag_list *diags);
/* The same for a file already read into buf[0..len) (the fuzz targets
 * under tests/fuzz/); path names it in messages and is the folder that pf
 * includes are relative to. */
bool fwload_open_buf(fwload *f, const char *path, const char *buf, size_t len,
		     const fwload_opts *o, diag_list *diags);
void fwload_close(fwload *f);

#endif
