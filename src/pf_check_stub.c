/* pf_check_stub.c - TEMPORARY stand-ins for pfctl's per-rule and
 * whole-ruleset checks (include/pf.h), so that the pf front end links and
 * runs before src/pf_check.c lands.  Weak: the real definitions win.  The
 * lead deletes this file when src/pf_check.c is integrated. */
#include "pf.h"

__attribute__((weak)) bool pf_check_rule(const pf_rule *r, diag_list *diags)
{
	(void)r;
	(void)diags;
	return true;
}

__attribute__((weak)) void pf_check_ruleset(const pf_queue *q, size_t nq,
					    const pf_rule *const *rules, size_t nrules,
					    diag_list *diags)
{
	(void)q;
	(void)nq;
	(void)rules;
	(void)nrules;
	(void)diags;
}
