/* suppress.h - inline `fwlint: disable=` directives (fwlint(1),
 * SUPPRESSING FINDINGS).
 *
 * Every format has comments, and fwlint reads its directives from them:
 *
 *   # fwlint: disable=over-permissive          iptables-save, pf.conf, topology
 *   access-list 101 remark fwlint: disable=over-permissive     Cisco IOS, ASA
 *    remark fwlint: disable=shadowed-rule       (a named ACL's entry)
 *   ! fwlint: disable-file=unresolved           Cisco, the whole file
 *
 * A directive on a line of its own covers the next line that is not a
 * comment, a remark or blank (the rule below it); one after a rule on the
 * same line (pf allows a comment there) covers that line; disable-file=
 * covers the file.  CHECK is a check name or "all", several separated by
 * commas.  The directives are read from the file's text, not from a
 * grammar: a comment means the same thing in every front end.
 */
#ifndef FWLINT_SUPPRESS_H
#define FWLINT_SUPPRESS_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "srccache.h"

typedef struct suppression {
	char *file;
	int line, col;   /* the directive's check name */
	int target;      /* the line it covers; 0: the whole file */
	char *check;     /* a check name or "all" */
	bool used;
} suppression;

typedef struct suppress_list {
	suppression *v;
	size_t n, cap;
} suppress_list;

void suppress_list_free(suppress_list *l);
/* Add the directives of file name (its text from the cache).  A name that
 * is no check becomes an unused-suppression finding in bad. */
void suppress_scan(suppress_list *l, srccache *c, const char *name, diag_list *bad);
/* Whether a directive covers finding d; every one that does is marked used. */
bool suppress_covers(suppress_list *l, const diag *d);

#endif
