/* eval_hook.c - a hook's filter stages (see eval.h, EVAL_MAX_STAGES):
 * which chains a packet must pass.  eval_path.c runs them, with the rest of
 * the packet path. */
#include "eval_int.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

size_t eval_hook_stages(const evaluator *ev, enum eval_hook hook,
			const ir_chain *stage[EVAL_MAX_STAGES])
{
	const ir_table *t = ir_table_find(ev->rs, "filter");
	if (!t)
		return 0;
	size_t n = 0;
	if (ev->rs->format == IR_FMT_IPTABLES) {
		if (hook == EVAL_LOCAL) {
			/* A packet a host sends itself leaves through
			 * OUTPUT and comes back in through INPUT
			 * (iptables(8), "TABLES": filter). */
			const ir_chain *o = ir_chain_find(t, "OUTPUT"), *i = ir_chain_find(t, "INPUT");
			if (o)
				stage[n++] = o;
			if (i)
				stage[n++] = i;
			return n;
		}
		const char *name = hook == EVAL_FORWARD ? "FORWARD" : hook == EVAL_INPUT ? "INPUT" : "OUTPUT";
		stage[0] = ir_chain_find(t, name);
		return stage[0] != NULL;
	}
	/* pf and Cisco: "in" then "out"; a host sees only one of them, and
	 * its packets to itself go out, then in, on its loopback. */
	const ir_chain *in = ir_chain_find(t, "in"), *out = ir_chain_find(t, "out");
	if (hook == EVAL_LOCAL) {
		if (out)
			stage[n++] = out;
		if (in)
			stage[n++] = in;
		return n;
	}
	if (in && hook != EVAL_OUTPUT)
		stage[n++] = in;
	if (out && hook != EVAL_INPUT)
		stage[n++] = out;
	return n;
}

enum eval_hook eval_hook_reply(enum eval_hook hook)
{
	return hook == EVAL_INPUT ? EVAL_OUTPUT : hook == EVAL_OUTPUT ? EVAL_INPUT : hook;
}

const ir_chain *eval_hook_chain(const evaluator *ev, enum eval_hook hook)
{
	const ir_chain *st[EVAL_MAX_STAGES];
	return eval_hook_stages(ev, hook, st) ? st[0] : NULL;
}
