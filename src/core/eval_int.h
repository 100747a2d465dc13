/* eval_int.h - what the files of the evaluator share.
 *
 * Private to src/core/eval*.c; the interface is include/eval.h.
 *   eval_match.c  the packet set each rule selects (its match set);
 *   eval_index.c  per chain, an index of those sets: the candidate rules
 *                 for a set of packets;
 *   eval.c        the evaluator, and a set of packets through one chain
 *                 (first match, jumps, RETURN, unresolved rules);
 *   eval_hook.c   a hook: its filter stages;
 *   eval_path.c   the whole packet path: the tables or stages of a hook,
 *                 translations, connection tracking, the way to the
 *                 firewall itself.
 */
#ifndef FWLINT_EVAL_INT_H
#define FWLINT_EVAL_INT_H

#include "eval.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* An index of one chain's rule boxes along one axis (an address or a port
 * field).  Boxes are split into classes by the bit length of their width
 * (hi - lo); inside a class they are sorted by their low end.  A box of
 * class k is at most 2^k - 1 wide, so the boxes of that class that meet
 * [lo, hi] all start in [lo - (2^k - 1), hi]: two binary searches per
 * class find a window that holds them and few others.  Real rulesets use
 * few classes (host, /24, port, port range, "any"), so a query costs a few
 * binary searches plus what it finds. */
typedef struct ixent {
	u128 lo;           /* the box's low end on this axis; the rest is in the box */
	uint32_t rule, box;
	/* A copy of the box's destination ports and protocols, in what would
	 * be padding: most boxes of a window are ruled out by them without
	 * reading the box (another cache line, at a random place). */
	uint16_t dport_lo, dport_hi;
	uint8_t proto_lo, proto_hi;
} ixent;

#define IX_CLASSES 129

typedef struct ix_class {
	ixent *v;
	size_t n, cap;
	u128 width;        /* the widest box of the class */
} ix_class;

typedef struct axis_index {
	ix_class cls[IX_CLASSES];
	uint8_t used[IX_CLASSES]; /* the classes that hold boxes */
	size_t nused;
} axis_index;

/* Source ports are rarely what sets rules apart: three axes are enough. */
enum { AX_DST, AX_SRC, AX_DPORT, AX_COUNT };

/* Which packets of a rule's match set may or may not match it (a bit set
 * in chain_ix.unsure): all of them (an unresolved construct), or only
 * those whose mark the file has not set (-m mark), or only the ICMP
 * errors RELATED to a connection (--ctproto).  The others match for
 * sure. */
enum {
	EVAL_UNSURE_ALL = 1u << 0,
	EVAL_UNSURE_MARK = 1u << 1,
	EVAL_UNSURE_CTREL = 1u << 2,
	/* --ctorig*: the tracked packets, unless the evaluation knows the
	 * connection's original tuple (outcome_list.ctorig) */
	EVAL_UNSURE_CTORIG = 1u << 3,
	EVAL_UNSURE_PART = EVAL_UNSURE_MARK | EVAL_UNSURE_CTREL | EVAL_UNSURE_CTORIG,
};
#define EVAL_NREGIONS 8

typedef struct chain_ix {
	const ir_chain *chain;
	pset *match;       /* match[i]: rule i's match set */
	uint8_t *unsure;   /* unsure[i]: EVAL_UNSURE_* of rule i */
	int32_t *ctorig;   /* ctorig[i]: rule i's number among the rules with
			      --ctorig* conditions (evaluator.ctorig), or -1;
			      NULL when the chain has none */
	axis_index ax[AX_COUNT];
} chain_ix;

/* A rule with --ctorig* conditions: the original tuples they accept, as
 * a set over the header fields (the others whole). */
typedef struct ctorig_rule {
	const ir_rule *rule;
	pset tuple;
} ctorig_rule;

/* The marks the file's MARK rules can give a packet, sorted: those of
 * the rules that set the whole mark, and what the others make of them. */
typedef struct eval_marks {
	uint32_t *v;
	size_t n, cap;
} eval_marks;

struct evaluator {
	const ir_ruleset *rs;
	const iftab *tab;
	pset family;       /* every packet of the ruleset's family */
	chain_ix *ix;      /* by chain id */
	size_t nix;
	size_t max_entries; /* eval_max_entries() */
	bool spent;         /* an evaluation ran out of entries: the later
			       ones do not follow jumps (eval.h) */
	/* A rule of the file sets marks (MARK): packets enter with the mark
	 * fwlint does not know and MARK rules make it known; else the mark
	 * field is left whole and -m mark is unresolved. */
	bool marks;
	eval_marks known;
	/* A complete iptables dump (every built-in chain has its policy):
	 * a packet that comes in from the wire (FORWARD, INPUT) carries mark
	 * 0, as the kernel gives a received packet; one the host sends may
	 * carry a socket's mark (SO_MARK), and a fragment's other rules are
	 * not in the file: unknown there. */
	bool wire_mark_zero;
	/* region[u]: the packets that the EVAL_UNSURE_PART bits u leave
	 * unsure (index: u >> 1). */
	pset region[EVAL_NREGIONS];
	/* The rules with --ctorig* conditions, numbered. */
	ctorig_rule *ctorig;
	size_t nctorig;
	/* The firewall's own addresses (eval_set_local): addr[i] belongs to
	 * interface local_if[i] (0: none in particular); local_dst holds them
	 * as destinations. */
	u128 *local;
	uint16_t *local_if;
	size_t nlocal;
	pset local_dst;
};

/* The index of chain c, or NULL when the evaluator does not know c. */
static inline const chain_ix *chain_index(const evaluator *ev, const ir_chain *c)
{
	return c->id < ev->nix && ev->ix[c->id].chain == c ? &ev->ix[c->id] : NULL;
}

/* eval_match.c: the packets rule r selects (see eval_rule_match). */
pset eval_match_build(const ir_rule *r, const iftab *tab, const eval_marks *marks,
		      uint8_t *unsure);

/* eval_index.c: the match sets of c's rules and their index, built into a
 * zeroed *cx; chain_ix_free frees them (and does nothing for a zeroed
 * one). */
void chain_ix_build(chain_ix *cx, const ir_chain *c, const iftab *tab, const eval_marks *marks);
void chain_ix_free(chain_ix *cx);

/* eval.c: add the outcome `as` (its set aside) with the packets *set to
 * out, merging it with a recent one that says the same (decision and
 * translation); takes ownership of *set (left empty).  outcome_emit is
 * the same for an outcome without translation. */
void outcome_add(outcome_list *out, pset *set, const outcome *as);
void outcome_emit(outcome_list *out, pset *set, enum ir_action verdict, const ir_rule *rule,
		  const ir_chain *chain, bool maybe, unsigned kept);
/* eval.c: evaluate `in` through chain c.  Decided packets go to out; the
 * packets that leave c by falling off its end (a user chain) or by RETURN
 * go to *caller_ret.  maybe marks everything decided here as only
 * possible; depth counts the jumps that led here. */
void chain_run(evaluator *ev, const ir_chain *c, const pset *in, outcome_list *out,
	       pset *caller_ret, bool maybe, int depth);

/* eval.c: packets enter an evaluation with the mark fwlint does not know
 * and leave it (in outcomes, eval_reach) with the mark field whole again,
 * so that outcomes are parts of what went in.  eval_marks_enter gives the
 * set to evaluate in *entered (false, nothing made, when the file sets no
 * mark or the caller's set states a mark: it is then evaluated as it is). */
bool eval_marks_enter(const evaluator *ev, const pset *in, pset *entered);
/* The same for a packet that comes in from the wire: mark 0 where
 * wire_mark_zero says so. */
bool eval_marks_enter_wire(const evaluator *ev, const pset *in, pset *entered);
void eval_marks_leave(pset *s);
void eval_marks_leave_list(outcome_list *out, size_t first);

#endif
