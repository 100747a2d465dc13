/* fixit.h - fix-its: the rules that make a finding go away, in the
 * firewall's own syntax, at the place they must go (fwlint(1), FIX-ITS).
 *
 * A check that knows which packets a firewall must accept (a missing or
 * partial opening, blocked replies) or must no longer accept (the excess
 * of an over-permissive rule) builds a fixit_req: the packets, as terms
 * of the packet-set algebra (pset.h, pset_terms), and the place (the chain
 * or ACL, the rule that decides today).  The front end of the file's
 * format (frontend.h, the fixit member of its row) writes the rules in its
 * own syntax: the lines to put in the file, and the same change as a
 * command for the box ("iptables -I FORWARD 3 ...").  The report writers
 * show them with the finding; -f diff prints them as a unified diff and
 * --fix applies them (src/report/report_diff.c).
 */
#ifndef FWLINT_FIXIT_H
#define FWLINT_FIXIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ir.h"
#include "pset.h"

struct fwload;

/* One change to one file: lines to insert. */
typedef struct fixit {
	char *file;    /* the file to change (owned) */
	int line;      /* the lines go before this line (1-based); 0: after
			  the last line of the file */
	char *text;    /* the lines to insert, each ending in '\n', as the
			  file writes them */
	char *command; /* the same change as commands for the box (lines
			  without a final '\n'), or NULL when it is text */
} fixit;

typedef struct fixit_list {
	fixit *v;
	size_t n, cap;
} fixit_list;

/* What the new rules must do. */
typedef struct fixit_req {
	const struct fwload *f;
	/* Where they go: the chain (iptables), the stage "in" or "out" (pf),
	 * the ACL (Cisco IOS, ASA) that holds the rule deciding today ... */
	const ir_chain *chain;
	/* ... and that rule, or NULL when the chain's policy or its end
	 * decides (the FORWARD policy, IOS's implicit deny, pf's default). */
	const ir_rule *at;
	/* The packets they match: protocol, addresses and ports, exactly
	 * (pset_terms_of); the fields below say the rest. */
	const pset_terms *terms;
	const char *iif, *oif; /* the interfaces they come in and go out on,
				  or NULL: any */
	uint8_t state;         /* their CT_* states: CT_NEW for an opening,
				  CT_ESTABLISHED for replies */
	/* IR_ACCEPT: the packets must pass (an opening, its replies);
	 * IR_DROP: they must not (the excess of an over-permissive rule). */
	enum ir_action action;
	/* With IR_ACCEPT: the rules translate the destination of the packets
	 * to to_addr (and to_port, when it is not -1) instead (iptables DNAT,
	 * pf rdr-to); chain is then the translation's chain.  A writer whose
	 * format it does not know returns -1. */
	bool dnat;
	u128 to_addr;
	int to_port;
	/* iptables: the chain accepts replies by their conntrack state (an
	 * ESTABLISHED rule before the place): match NEW, so that the rule
	 * opens connections and nothing else. */
	bool by_state;
} fixit_req;

/* A format's writer (frontend.h): append to out the fix-its that make rq
 * true, and return 0; or return -1 with *why set (static text: "pf cannot
 * ...") when its syntax cannot say it. */
typedef int (*fixit_writer)(const fixit_req *rq, fixit_list *out, const char **why);

void fixit_list_init(fixit_list *l);
void fixit_list_free(fixit_list *l);
/* Append a fix-it; text and command are copied (command may be NULL). */
fixit *fixit_add(fixit_list *l, const char *file, int line, const char *text,
		 const char *command);
/* Append every fix-it of from to to, but those that to holds already
 * (the same lines at the same place), leaving from empty. */
void fixit_list_move(fixit_list *to, fixit_list *from);

/* The CIDR blocks of [lo, hi] (addresses as in pset.h), lowest first:
 * writes at most cap of them to base/len (len: the prefix length in the
 * address's own family, 0..32 for IPv4) and returns how many there are. */
size_t fixit_cidrs(u128 lo, u128 hi, u128 *base, int *len, size_t cap);
/* An address interval as a list of CIDR blocks in the usual notation,
 * separated by sep ("10.1.0.0/17,10.1.128.0/18"); a block of one address
 * is written without its length when bare is set.  "any" intervals are
 * the caller's to recognise (ivl_is_any).  The caller frees the result. */
char *fixit_cidr_list(const ivset *s, const char *sep, bool bare);
/* Whether an interval set is every value of its field: all addresses of
 * both families (or of one: family 4 or 6), all ports 0..65535, all
 * protocols. */
bool fixit_any_addr(const ivset *s, int family);
bool fixit_any_port(const ivset *s);
bool fixit_any_proto(const ivset *s);
/* The address family of a term: 4, 6, or 0 when it holds both. */
int fixit_term_family(const pset_term *t);
/* The addresses of s in one family (4, or 6: all but the IPv4-mapped
 * block; 0: all of s), a new set whose v the caller frees. */
ivset fixit_family_part(const ivset *s, int family);

#endif
