/* check.h - the table of checks (SPEC 4).
 *
 * Like dtc's checks.c: every check is a row with its name, default level and
 * a one-line description.  --list-checks prints the table; adding a check is
 * adding a row here and a function under src/checks/.
 */
#ifndef FWLINT_CHECK_H
#define FWLINT_CHECK_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

typedef struct check_def {
	const char *name;
	enum diag_level level;
	bool needs_topology;
	const char *desc;
} check_def;

extern const check_def check_table[];
extern const size_t check_count;

/* The row of a check, or NULL. */
const check_def *check_find(const char *name);

/* Names, so that a typo is a compile error rather than a silent new check. */
#define CHECK_PARSE_ERROR "parse-error"
#define CHECK_MISSING_OPENING "missing-opening"
#define CHECK_PARTIAL_OPENING "partial-opening"
#define CHECK_RETURN_BLOCKED "return-blocked"
#define CHECK_RFC1006_MISMATCH "rfc1006-mismatch"
#define CHECK_VERSION_MISMATCH "version-mismatch"
#define CHECK_OVER_PERMISSIVE "over-permissive"
#define CHECK_DYNAMIC_RPC "dynamic-rpc"
#define CHECK_SHADOWED_RULE "shadowed-rule"
#define CHECK_UNRESOLVED "unresolved"

#endif
