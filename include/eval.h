/* eval.h - what a firewall does with a set of packets.
 *
 * eval_run() partitions a packet set by the verdict the firewall reaches and
 * by the rule (or chain policy) that decides it, exactly as the firewall
 * would, for every front end (iptables, pf, Cisco IOS and ASA): first match
 * in a chain (pf's last match is lowered to it), user chains with jumps,
 * gotos and RETURN, built-in policies (iptables(8), "TARGETS"), and the
 * stages of a hook one after the other (EVAL_MAX_STAGES).  The result is a
 * list of outcomes whose sets are disjoint, except where a rule that fwlint
 * cannot resolve may or may not match: its outcome is then marked maybe and
 * the same packets also go on to the rules after it, so that every outcome
 * that is possible is reported.
 *
 * Cost: a rule whose match set does not meet the input is never touched.
 * Every chain has an index of its rules' boxes by destination address,
 * source address and destination port, so an evaluation of a small set (a
 * required flow, one packet) looks at the few rules that can match it,
 * whatever the size of the ruleset.
 *
 * The implementation is src/core/eval*.c (eval_int.h lists the files); the
 * design is described in docs/design.md.
 */
#ifndef FWLINT_EVAL_H
#define FWLINT_EVAL_H

#include <stdbool.h>

#include "iftab.h"
#include "ir.h"
#include "pset.h"
#include "xlate.h"

typedef struct outcome {
	pset set;
	enum ir_action verdict;  /* IR_ACCEPT, IR_DROP, IR_REJECT or IR_UNKNOWN;
				    IR_RETURN only from eval_run_chain */
	const ir_rule *rule;     /* the deciding rule, or NULL for a policy (and
				    for what no rule decided) */
	const ir_chain *chain;   /* the chain of rule, or whose policy decided;
				    NULL: outside what the file filters */
	bool maybe;              /* decided by a rule that may not match */
	unsigned kept;           /* bit k: stage k passed it with a rule that
				    keeps state (pf, ASA), so its replies
				    pass that stage's mirror without rules */
	/* The packet path (eval_run_path): what the firewall made of the
	 * packets' header on the way (set stays in the terms they entered
	 * with), the rules that translated them (the last of each side) or
	 * made them untracked, and whether they went to the firewall itself
	 * (a REDIRECT, a destination among its own addresses). */
	xlate xl;
	const ir_rule *dnat, *snat, *notrack;
	bool local;
} outcome;

typedef struct outcome_list {
	outcome *v;
	size_t n, cap;
	bool overflow;           /* some set ran past PSET_MAX_BOXES */
	bool too_deep;           /* a chain of jumps deeper than EVAL_MAX_DEPTH */
	bool too_complex;        /* more chain entries than eval_max_entries() */
	size_t entries;          /* chains entered so far by this evaluation */
	/* The answer of each rule's --ctorig* conditions for the packets
	 * being evaluated (by the evaluator's numbering: 0 not known, 1
	 * true, 2 false), set by the packet path, which knows the
	 * connection's original tuple; NULL: not known (such a rule may or
	 * may not match a tracked packet). */
	const uint8_t *ctorig;
} outcome_list;

/* Where evaluation starts. */
enum eval_hook {
	EVAL_FORWARD, /* a router: iptables FORWARD */
	EVAL_INPUT,   /* a host, packets to it: INPUT */
	EVAL_OUTPUT,  /* a host, packets from it: OUTPUT */
	EVAL_LOCAL,   /* a host, packets from it to itself over its loopback
			 interface: OUTPUT, then INPUT (pf: out, then in) */
};

/* The kernel limits jumps by refusing loops; this bounds recursion for
 * rulesets that were never loaded. */
#define EVAL_MAX_DEPTH 4096

/* The kernel follows one packet down one path of jumps; a set of packets
 * follows all of them.  Where no chain is jumped to from two places, that
 * is at most one entry per jump rule.  Chains that each jump twice to the
 * next make 2^n entries for n chains: a few lines of iptables-save that
 * would keep an exact evaluation busy for ever (and the kernel too, for
 * every packet).  So one evaluation enters at most
 * EVAL_ENTRIES_PER_JUMP * (jump rules) + EVAL_ENTRIES_BASE chains; past
 * that, what is left is "unknown" and too_complex is set, and the checks
 * say so instead of giving an answer.  Once one evaluation has run out,
 * the evaluator's later ones do not follow jumps at all (they would run
 * out too, one after the other): the whole file is too complex. */
#define EVAL_ENTRIES_PER_JUMP 2
#define EVAL_ENTRIES_BASE 4096

/* A hook is a sequence of stages, chains that a packet must each pass:
 * iptables has one (FORWARD, INPUT or OUTPUT); pf has two for a forwarded
 * packet, "in" on the ingress interface then "out" on the egress one
 * (pf.conf(5): "a packet passing through has to pass both"), and one for a
 * host ("in" or "out").  Cisco IOS and ASA bind their ingress and egress
 * ACLs to the same two stages (src/frontend/cisco/). */
#define EVAL_MAX_STAGES 2

typedef struct evaluator evaluator;

/* Collect every interface name and pattern that the rules use. */
void ir_collect_ifnames(const ir_ruleset *rs, iftab *tab);

/* Build the match sets and indexes of rs; tab must be frozen and hold every
 * name of rs (ir_collect_ifnames).  Both must outlive the evaluator. */
evaluator *eval_new(const ir_ruleset *rs, const iftab *tab);
void eval_free(evaluator *ev);
/* The most chains one evaluation enters (see EVAL_ENTRIES_BASE). */
size_t eval_max_entries(const evaluator *ev);

/* The packets a rule's resolved conditions select (an over-approximation
 * for a rule with unresolved constructs); NULL for a rule that is not in
 * the evaluator's ruleset. */
const pset *eval_rule_match(const evaluator *ev, const ir_rule *r);
/* Every packet of an address family: 4, 6, or 0 for both. */
pset eval_family_universe(int family);

/* The chain a hook starts at, or NULL when the file has none (the kernel
 * then accepts: no filter table, no rules). */
const ir_chain *eval_hook_chain(const evaluator *ev, enum eval_hook hook);
/* The hook that a connection's replies meet: INPUT for OUTPUT and back; a
 * forwarded connection's replies are forwarded, and a host's connection
 * to itself answers itself (LOCAL). */
enum eval_hook eval_hook_reply(enum eval_hook hook);

/* The stages of a hook; returns how many (0 when the file has none: then
 * everything passes). */
size_t eval_hook_stages(const evaluator *ev, enum eval_hook hook,
			const ir_chain *stage[EVAL_MAX_STAGES]);

/* Evaluate `in` at a hook: every stage in turn, a packet going on to the
 * next stage when the one before accepts it.  An accepted packet's outcome
 * names the rule of the first stage that a rule (not a policy) decided,
 * else the first stage's policy; a dropped one, the rule or policy that
 * dropped it.  Packets of the other address family than the ruleset's
 * pass, with neither rule nor chain. */
void eval_run(evaluator *ev, enum eval_hook hook, const pset *in, outcome_list *out);

/* The firewall's own addresses: a packet whose destination (after the
 * destination translation) is one of them goes to the firewall itself
 * (iptables: the INPUT path instead of FORWARD), and REDIRECT and
 * MASQUERADE take the first address of the interface (ifid != 0; 0: an
 * address of no particular interface).  Copied. */
typedef struct eval_local {
	const u128 *addr;
	const uint16_t *ifid;
	size_t n;
} eval_local;
void eval_set_local(evaluator *ev, const eval_local *l);

/* Whether the path of hook is its filter stages alone: no other table or
 * translation step holds a rule (eval_run is then what running the stages'
 * chains gives, and a chain can be audited on its own). */
bool eval_path_plain(const evaluator *ev, enum eval_hook hook);

/* The packets of a connection after its first: their header is translated
 * as the connection's first packet was (connection tracking applies the
 * translation that the NAT rules chose for the first packet; the rules are
 * not consulted again).  start applies from the first step on; at the
 * destination translation the fields dst_fields of at_dst replace the
 * translation so far, at the source translation those of at_src.  A
 * format without separate steps (pf, Cisco) applies both at its first
 * translation step. */
typedef struct eval_conn {
	xlate start, at_dst, at_src;
	unsigned dst_fields, src_fields;
	bool reply;  /* the connection's replies (eval_conn_reply) */
} eval_conn;
/* The later packets of the opening side of a connection whose first
 * packet the firewall translated by x (outcome.xl). */
eval_conn eval_conn_forward(const xlate *x);
/* Its replies, in the terms that the firewall's filter rules see them
 * (eval_reply_inside()): they arrive addressed to what the source
 * translation made of the opening, and leave from what the client
 * addressed.  opening: the opening's packets (for the values a
 * translation of several chose among). */
eval_conn eval_conn_reply(const xlate *x, const pset *opening);
/* The opening's packets as the filter rules see them: destination
 * translated, source not yet (iptables: between nat PREROUTING and nat
 * POSTROUTING).  Their replies (reply_packets) are what eval_conn_reply
 * describes. */
pset eval_reply_inside(const pset *opening, const xlate *x);
/* The state a reply of these opening packets has: ESTABLISHED, unless the
 * opening was not tracked (NOTRACK): then conntrack meets the reply as the
 * first packet of its own connection, which for TCP (a SYN+ACK) and ICMP
 * (an echo reply) is INVALID and for other protocols NEW. */
uint8_t eval_reply_state(const outcome *o, unsigned proto);

/* The whole packet path: eval_run_states, and for the packets that are
 * not the first of their connection (state other than NEW), conn (NULL:
 * not translated). */
void eval_run_path(evaluator *ev, enum eval_hook hook, const pset *in, unsigned by_state,
		   const eval_conn *conn, outcome_list *out);
/* The same, with the stages whose bit is set in by_state passing every
 * packet (the replies of a connection that those stages' mirror kept
 * state for). */
void eval_run_states(evaluator *ev, enum eval_hook hook, const pset *in, unsigned by_state,
		     outcome_list *out);
/* Evaluate one chain alone (fwlint trace --acl): a user chain's fall-through
 * is reported as a RETURN outcome with rule NULL. */
void eval_run_chain(evaluator *ev, const ir_chain *c, const pset *in, outcome_list *out);

/* The packets of `in`, entering chain c at its start, that reach the rule
 * at position upto (that no earlier rule decides or sends away; what a
 * jump before it gives back is included). */
pset eval_reach(evaluator *ev, const ir_chain *c, size_t upto, const pset *in);

void outcome_list_free(outcome_list *l);
/* Packets whose evaluation a bound cut short (EVAL_MAX_DEPTH, the entry
 * budget): an UNKNOWN outcome that no rule decided.  The checks report the
 * bound (too_deep, too_complex), not a verdict, for them. */
bool outcome_cut_short(const outcome *o);
/* Some bound (PSET_MAX_BOXES, EVAL_MAX_DEPTH, the entry budget) cut the
 * evaluation short: the outcomes are not an exact answer. */
bool outcome_list_inexact(const outcome_list *l);
bool verdict_drops(enum ir_action v); /* DROP, REJECT */

/* The rules of chain c before position `below` (SIZE_MAX: all) whose match
 * set meets s, in rule order; *out is to be freed.  May return more rules
 * than that (every one) when s is large, never fewer. */
size_t eval_candidates(const evaluator *ev, const ir_chain *c, const pset *s,
		       size_t below, size_t **out);
/* The same in no particular order and possibly with repeats: cheaper, for
 * callers that only ask whether some candidate does something. */
size_t eval_candidates_unordered(const evaluator *ev, const ir_chain *c, const pset *s,
				 size_t below, size_t **out);

#endif
