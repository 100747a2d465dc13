/* checks.h - the check functions (SPEC 4), one family per file under
 * src/checks/.  Each adds its findings to a diagnostic list, at the level
 * that the check table (check.h) gives; none prints.
 */
#ifndef FWLINT_CHECKS_H
#define FWLINT_CHECKS_H

#include "diag.h"
#include "topo.h"

/* The checks that need only the topology and its ruleset: version-mismatch,
 * rfc1006-mismatch and dynamic-rpc (src/checks/topology.c). */
void check_topology(const topo *t, diag_list *out);

#endif
