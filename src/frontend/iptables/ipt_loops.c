/* ipt_loops.c - jumps between chains must not loop (iptables.h). */
#include "iptables.h"

#include <stdint.h>
#include <stdlib.h>

#include "check.h"
#include "eval.h"
#include "xalloc.h"

/* The kernel refuses a table whose jumps loop (iptables-restore: "RULE_APPEND
 * failed (Too many links)", ELOOP from the loop check of
 * net/netfilter/x_tables.c).  Each jump that closes a loop is a
 * parse-error; it is cut from the IR so that evaluation stays finite, its
 * verdict unknown. */
static void find_loops(ir_chain *c, uint8_t *state, size_t nchains, diag_list *diags, int depth)
{
	if (c->id >= nchains || depth > EVAL_MAX_DEPTH)
		return;
	state[c->id] = 1;
	for (size_t i = 0; i < c->n; i++) {
		ir_rule *r = c->rule[i];
		if (!r->jump || r->jump->id >= nchains)
			continue;
		if (state[r->jump->id] == 1) {
			diag_check(diags, CHECK_PARSE_ERROR,
				   r->target_loc.line ? r->target_loc : r->loc,
				   "jump to chain '%s' closes a loop (from chain '%s'); the kernel refuses a ruleset whose jumps loop (iptables-restore: RULE_APPEND failed (Too many links))",
				   r->jump->name, c->name);
			r->jump = NULL;
			r->action = IR_UNKNOWN;
		} else if (state[r->jump->id] == 0) {
			find_loops(r->jump, state, nchains, diags, depth + 1);
		}
	}
	state[c->id] = 2;
}

void ipt_cut_jump_loops(ir_ruleset *rs, diag_list *diags)
{
	uint8_t *state = xcalloc(rs->nchains ? rs->nchains : 1, 1);
	for (size_t t = 0; t < rs->n; t++)
		for (size_t c = 0; c < rs->table[t]->n; c++)
			if (state[rs->table[t]->chain[c]->id] == 0)
				find_loops(rs->table[t]->chain[c], state, rs->nchains, diags, 0);
	free(state);
}
