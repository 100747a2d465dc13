/* flowstate.h - what one firewall does with each required flow that
 * crosses it: the packets it accepts, those it drops, and the rule or
 * policy that decides each part (fwlint diff, fwlint(1)).
 *
 * The evaluation is that of missing-opening and partial-opening
 * (src/checks/flows.c): the flow's opening packets where they cross the
 * firewall (flow_packets), through eval_run at the hop's hook.  Two
 * versions of a firewall's file give two flowstate lists over the same
 * topology, in the same order, which fwlint diff compares part by part.
 */
#ifndef FWLINT_FLOWSTATE_H
#define FWLINT_FLOWSTATE_H

#include <stdbool.h>
#include <stddef.h>

#include "checks.h"

/* One required flow at one hop of one firewall. */
typedef struct flowstate {
	size_t flow;        /* its index in the topology's flow list */
	size_t hopno;       /* which of the flow's hops through this firewall */
	fwhop hop;
	/* The outcomes of eval_run, as the evaluator gives them; on a host
	 * firewall (a hook other than FORWARD) every set is widened to
	 * every interface (forget_interfaces): the topology names none of
	 * the server's, and a packet passes if some interface passes it. */
	outcome_list out;
	/* wrong[i]: outcome i accepts the packets but sends them elsewhere
	 * than the flow needs (flow_translation_problem: a DNAT to another
	 * host or port, or to the firewall itself), in words; else NULL.
	 * wrong_at[i]: the rule that translated them.  The lint reports
	 * these as missing-opening or partial-opening: the flow is not open
	 * there. */
	char **wrong;
	srcloc *wrong_at;
	pset accepted;      /* accepted for sure (no rule that may not match)
			       and sent where the flow needs */
	pset dropped;       /* dropped, rejected, or of a verdict fwlint cannot
			       know, and not accepted on another interface;
			       or accepted but sent elsewhere (wrong) */
} flowstate;

typedef struct flowstate_list {
	flowstate *v;
	size_t n, cap;
} flowstate_list;

/* Evaluate every flow of flows that crosses f (f->fw set: a firewall of
 * t) and append one flowstate per hop to out, in the order of flows. */
void flowstate_eval(const topo *t, const flow_list *flows, const fwload *f,
		    flowstate_list *out);
void flowstate_list_free(flowstate_list *l);

/* Whether outcome o accepts for sure, or may drop (flows.c's verdicts). */
bool flowstate_accepts(const outcome *o);
bool flowstate_drops(const outcome *o);

/* Whether outcome i of s lets the flow through (accepts for sure, to
 * where the flow needs), or does not (drops, may drop, or sends it
 * elsewhere): the lint's judgement of an open flow (src/checks/flows.c). */
bool flowstate_opens(const flowstate *s, size_t i);
bool flowstate_closes(const flowstate *s, size_t i);

/* As flowstate_decider_key for outcome i of s, and for one that sends the
 * flow elsewhere, the translating rule's text after it: "KEY\037xlate
 * TEXT".  The caller frees it. */
char *flowstate_key(const flowstate *s, size_t i);

/* A key for the rule or policy that decided o, equal for two rules of two
 * versions when they are written the same in the same chain, whatever
 * their line: "CHAIN\037TEXT" with blanks collapsed, or for a policy
 * "CHAIN\037policy VERDICT".  The caller frees it. */
char *flowstate_decider_key(const outcome *o);

#endif
