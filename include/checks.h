/* checks.h - every check function (src/checks/, one family per file) and
 * what they share.
 *
 * A check reads a check_ctx and adds its findings to the report with
 * diag_check() (check.h), which gives each the level of its row in the
 * registry; none prints.  lint_run() calls them through the registry,
 * each on the input its row names.
 */
#ifndef FWLINT_CHECKS_H
#define FWLINT_CHECKS_H

#include <stddef.h>

#include "check.h"
#include "eval.h"
#include "frontend.h"
#include "ir.h"
#include "pset.h"
#include "report.h"
#include "topo.h"

/* --scope: which accepting rules over-permissive audits. */
enum lint_scope { SCOPE_SERVERS, SCOPE_ALL };

/* What a check is given.  Which fields are set depends on the input of its
 * row (check.h): TOPOLOGY sets t and flows; FILE sets f, and t and flows
 * when the file is a firewall of the topology; FIREWALL sets all.  Checks
 * of a FILE run on a second thread beside those of its FIREWALL: they may
 * only read f (its IR and interface table are frozen, and the evaluator's
 * queries that they use do not change it), and they add findings to
 * rep->diags but no test case (their report is merged by its findings). */
typedef struct check_ctx {
	const topo *t;
	const flow_list *flows;
	fwload *f;
	enum lint_scope scope;
	report *rep; /* findings go to rep->diags; test cases to rep */
	const bool *disabled; /* [CHECK_COUNT]: --disable, or NULL */
} check_ctx;

/* Run every check of the registry whose row looks at input, in the
 * registry's order, unless every check its function finds is disabled
 * (src/checks/check.c). */
void checks_run(enum check_input input, const check_ctx *cx);

/* src/checks/topology.c: the topology and its ruleset alone */
void check_versions(const check_ctx *cx);    /* version-mismatch */
void check_rfc1006(const check_ctx *cx);     /* rfc1006-mismatch */
void check_dynamic_rpc(const check_ctx *cx); /* dynamic-rpc */
void check_port_clash(const check_ctx *cx);  /* port-clash */
/* src/checks/rules.c: one file, no topology needed */
void check_unresolved(const check_ctx *cx);
void check_shadowed(const check_ctx *cx);
/* src/checks/flows.c: missing-opening, partial-opening, return-blocked */
void check_flows(const check_ctx *cx);
/* src/checks/excess.c */
void check_over_permissive(const check_ctx *cx);

/* The excess of over-permissive as packet sets (fwlint diff): for each
 * audited hook of a firewall, what each accepting rule or policy lets
 * through of the audited packets that no requirement needs.  Interfaces
 * are numbered as the topology's (interface k is id k + 1; a host
 * firewall's are forgotten), so that two versions of a file compare. */
typedef struct excess_share {
	const ir_rule *rule;     /* NULL: the policy of chain, or with no
				    chain, a file that does not filter */
	const ir_chain *chain;
	srcloc at;               /* the rule, or the policy's line */
	pset set;
	bool maybe;              /* only rules that may not match let it */
} excess_share;
typedef struct excess_hook {
	enum eval_hook hook;
	excess_share *v;         /* one per rule of the file (one location) */
	size_t n;
	bool inexact;            /* an evaluation was cut short */
} excess_hook;
typedef struct excess_sets {
	excess_hook h[2];
	size_t n;
	struct excess_words_ctx *priv;
} excess_sets;
/* A set of a hook in over-permissive's words: an example packet and the
 * excess ("TCP from internet to EXCH1 ... (needed: 25 smtp in)"). */
typedef struct excess_desc {
	bool has_packet;
	packet p;
	char example[256];
	char *sum;               /* the caller frees it */
} excess_desc;
void excess_sets_build(const topo *t, const flow_list *flows, fwload *f, enum lint_scope scope,
		       excess_sets *out);
/* s: a set of hook k of x (topology interface numbers), worded for f, the
 * version x was built from or another version of the same firewall. */
void excess_sets_words(const excess_sets *x, size_t k, const fwload *f, const pset *s,
		       excess_desc *out);
void excess_sets_free(excess_sets *x);

/* ------------------------------------------------------------------
 * Shared by the checks (src/checks/common.c).
 */

/* The TCP segment that opens a connection: SYN alone (RFC 793 3.4).  Both
 * the required flows and the audited packets of over-permissive use it, so
 * that what is needed and what is audited are the same kind of packet. */
#define OPENING_TCP_FLAGS tcpflags_match(0x3f, TCPF_SYN)

/* A host firewall: the topology names no interface of the server, so
 * its packets may come and go on any interface but the loopback ("lo",
 * when the rules name it).  host_interfaces() removes the loopback;
 * forget_interfaces() widens a set to every interface, to ask whether a
 * packet passes on some interface (the one the server really has). */
pset host_interfaces(const pset *s, const fwload *f);
void forget_interfaces(pset *s);
/* The replies of a set of flow packets (addresses, ports and interfaces
 * swapped; ESTABLISHED; TCP with ACK). */
pset reply_packets(const pset *s);
/* "TCP corp 10.1.0.0/16 -> EXCH1 10.1.0.10:135 (mapi: RPC endpoint mapper)" */
char *flow_describe(const flow *fl);
/* The hops of this firewall on the flow's way: sets in_if/out_if (-1 for a
 * host firewall) and the hook; returns how many (0, 1 or 2 for a host
 * firewall on both ends). */
typedef struct fwhop {
	enum eval_hook hook;
	int in_if, out_if;
	/* The flow is translated (fwlint-topology(5), "address") and this is
	 * the first firewall on its way: the packets come to it addressed to
	 * the public address, and it is the one to translate them.  A later
	 * firewall sees the server's own address. */
	bool public_dst;
} fwhop;
size_t flow_hops(const topo *t, const flow *fl, const fwload *f, fwhop *out, size_t cap);
/* The packets of a flow through a hop: to the address the client uses at
 * the first firewall of a translated flow (public_dst), to the server's
 * own address at the others. */
pset flow_packets(const flow *fl, const fwload *f, const fwhop *h);
/* src/checks/flows.c: when outcome o of flow fl through hop h accepts the
 * flow's packets but sends them elsewhere than it needs (another host or
 * port, the firewall itself: what missing-opening reports as "is
 * translated to ..."), those words, and where in *at; else NULL.  The
 * caller frees them. */
char *flow_translation_problem(const flow *fl, const fwhop *h, const outcome *o,
			       const fwload *f, srcloc *at);


/* How messages name the end of a stage that no rule decided: "the FORWARD
 * policy", "the end of chain X", or for pf "pf's default pass (no rule
 * matches)"; and where it is (a policy line; for pf, the file). */
char *policy_describe(const fwload *f, const ir_chain *c);
srcloc policy_where(const fwload *f, const ir_chain *c);

/* The stages of a reply that the state kept by an opening's stages lets
 * through: stage k of the reply mirrors stage n-1-k of the opening
 * (forwarded: the reply comes in where the opening went out); on an ASA
 * or behind IOS CBAC, a connection's state lets its replies through every
 * stage. */
unsigned reply_by_state(const fwload *f, enum eval_hook opening, unsigned kept);

/* Every opening packet that the topology can send through firewall f at
 * hook (src/checks/excess.c): from the zones behind one interface to those
 * behind another, or to and from a host firewall's server; the universe
 * that over-permissive audits with --scope all. */
pset topo_openings(const topo *t, const fwload *f, enum eval_hook hook);

/* Fix-its (src/checks/fixits.c; fixit.h).  fixit_open: the rules that
 * make the packets that outcome o dropped pass, at every stage of hook
 * that drops them (by_state and conn as for eval_run_path), with
 * addresses as wide as they can be without letting through another
 * packet of plausible (the openings the topology can send there, or for
 * replies, their replies); with_replies, the rules their replies need too
 * (a stateless path).
 * fixit_narrow: the rules that stop the excess of rule r before it,
 * as wide as they can be without meeting what is needed or any other
 * packet the topology can send (plausible).  When the firewall translated
 * the excess on the way, the rules match it as r sees it: xl, the one
 * translation it had; or, after several, seen, the excess as r sees it
 * (then exactly that); both NULL when it was not translated.  Either appends them to fixes, or sets
 * *nofix to say why there are none (static text). */
void fixit_open(fixit_list *fixes, const char **nofix, const fwload *f, enum eval_hook hook,
		unsigned by_state, const eval_conn *conn, const outcome *o, const pset *plausible,
		bool with_replies);
/* fixit_translate: the translation rule that sends the packets outcome o
 * accepted to to_addr (and to_port, unless -1), before the rule o->dnat
 * that sends them elsewhere; then what the filter needs once they go
 * there. */
void fixit_translate(fixit_list *fixes, const char **nofix, const fwload *f,
		     enum eval_hook hook, const outcome *o, u128 to_addr, int to_port,
		     const pset *plausible);
void fixit_narrow(fixit_list *fixes, const char **nofix, const fwload *f, const ir_rule *r,
		  const pset *excess, const xlate *xl, const pset *seen, const pset *needed,
		  const pset *plausible);

#endif
