/* pf.h - the OpenBSD pf.conf front end.
 *
 * Reads what pfctl(8) -f reads (pf.conf(5), OpenBSD 7.x, plus the FreeBSD
 * dialect of the same grammar: nat/rdr/binat "->" rules, scrub, altq),
 * expands macros, lists and anchors as pfctl does, and builds the rule IR.
 *
 * Pipeline inside the front end:
 *   grammar/pf.l   scanner: tokens, strings, "\" line continuations,
 *                  $macro expansion, include (a stack of buffers)
 *   grammar/pf.y   parser: statements into pf_rule templates (with lists)
 *                  through the builder in src/frontend/pf/pf.c, nothing else
 *   src/frontend/pf/pf.c       builder: macros, tables, the cross product of lists
 *                  (one pf_rule per combination, as pfctl's expand_rule()),
 *                  anchors, and the lowering to the IR described below
 *   src/frontend/pf/pf_check.c pfctl's validity checks on one expanded rule and on the
 *                  whole ruleset (pf_check_rule, pf_check_ruleset)
 *
 * The IR of a pf ruleset (what eval.c relies on):
 *   - format IR_FMT_PF, family 0 (inet and inet6 together);
 *   - one table "filter" with two built-in chains, "in" and "out", each
 *     with policy IR_ACCEPT (pf passes what no rule blocks) and policy_loc
 *     SRCLOC_NONE.  A pf rule with direction in goes to "in", out to "out",
 *     neither to both (two IR rules with the same loc and text).  "on IF"
 *     is an IR_IIF condition in "in" and an IR_OIF condition in "out".
 *   - Last match is lowered to first match, so that the evaluator has one
 *     semantics.  A packet's decision is the first quick rule it matches,
 *     else the last non-quick pass/block rule it matches, else pass.  So a
 *     chain holds first every terminal rule in file order (quick rules, and
 *     the rules of a "quick" anchor, see below) with ir_rule.quick set,
 *     then every other pass/block rule in reverse file order.  Both kinds
 *     are IR_ACCEPT or IR_DROP/IR_REJECT, terminating, so first match over
 *     that order gives pf's verdict.  "match" rules decide nothing and are
 *     not in the chains (their translations are handled below).
 *   - Anchors with inline rules are flattened: the anchor's own conditions
 *     are added to each inner rule.  pf.conf(5): a quick rule inside an
 *     anchor ends all evaluation; an anchor marked quick ends evaluation
 *     when it is left, if a rule inside it matched.  So the inner rules of
 *     a quick anchor are terminal: its quick rules in file order followed
 *     by its other rules reversed, all at the anchor's place among the
 *     terminal rules.  An anchor whose rules are not in the file (loaded at
 *     run time, such as ftp-proxy's) is one quick rule with action
 *     IR_UNKNOWN and an unresolved construct: it may decide anything.
 *     "load anchor NAME from FILE" reads FILE like an include (the same
 *     path rules) and its rules are the inline rules of every anchor
 *     rule named NAME.
 *   - Stateful passes: ir_rule.keep_state is true for a pass rule that
 *     creates state (the default; false for "no state").  Replies of a
 *     connection that a keep-state rule passed pass without the rules.
 *   - "set skip on IF": a quick IR_ACCEPT rule at the head of each chain
 *     for that interface, located at the set statement.
 *   - Translation (pf_lower.c, pf_nat.c): table "nat", built-in chains
 *     "in" and "out" (policy IR_ACCEPT), present when a rule there
 *     translates.  They hold, in the order pf consults them, OpenBSD's
 *     match rules with nat-to or rdr-to (IR_CONTINUE with the ir_nat, or
 *     IR_ACCEPT when quick) and the terminal rules between them (IR_ACCEPT
 *     without a translation: pf's evaluation, and so the match rules' later
 *     translations, end there); FreeBSD's rdr and binat (in), binat and
 *     nat (out) rules, IR_ACCEPT with the ir_nat, "no" rules without one.
 *     A pass rule's own translation (rdr-to, nat-to, one half of a
 *     binat-to) is its ir_rule.nat: it applies when the rule decides.  A
 *     filter rule that comes before a translating match rule and tests a
 *     field it rewrites is unresolved (pf tests it on the packet before
 *     the translation); so is a "no state" pass rule of a direction with
 *     such a match rule, and every rule of "out" that tests an address
 *     or port when an af-to rule changes the family.  FreeBSD's "rdr pass"
 *     is an unresolved quick pass rule first in the filter chain for the
 *     translated packets.
 *   - Addresses that only the running host knows (self, (IF), IF:network,
 *     interface groups such as egress, a table with no addresses in the
 *     file, a table file that cannot be read, a host name) make their rule
 *     unresolved: it may or may not match.
 *   - Tags: pf.conf(5) "tag" sets a packet's tag on every rule that
 *     matches it (a later one replaces it), and "tagged T" tests the tag
 *     the earlier matching rules left, in evaluation order; on "out" the
 *     tag starts as the one the packet got on "in".  pf filter rules do
 *     not change packets otherwise, so "tagged T" is a packet set made of
 *     the earlier rules' match sets: ir_rule.tagsteps, the "in" rules and
 *     the earlier rules of the same direction in file order (match rules
 *     too: they are ir_ruleset.aux rules, in no chain).  A rule that may
 *     or may not set the tag (unresolved) leaves the tagged rule
 *     unresolved.
 *   - ir_ruleset.nsource counts the rules after list expansion the way
 *     pfctl -nv prints them (see pf_count_rule_line()).
 */
#ifndef FWLINT_PF_H
#define FWLINT_PF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "diag.h"
#include "fixit.h"
#include "ir.h"
#include "pset.h"
#include "srcloc.h"

/* Parse a pf.conf held in buf[0..len).  path names the file in messages and
 * is the folder that include and table file paths are relative to (pfctl
 * takes them relative to its working directory; a linter has none that
 * means anything, so the including file's folder it is).  Every problem is
 * a parse-error diagnostic "FILE:LINE:COL: ..." in diags, at most
 * PF_MAX_ERRORS of them.  Always returns a ruleset, possibly partial. */
ir_ruleset *pf_parse(const char *path, const char *buf, size_t len, diag_list *diags);

typedef struct pf_opts {
	/* Include and table files are read only from the including file's
	 * folder and below, unless the user says otherwise (fwlint(1),
	 * --allow-include-outside: then absolute paths and ".." too). */
	bool allow_include_outside;
	/* Read FreeBSD's dialect (fwlint(1), -I pf-freebsd): "any" in an
	 * address list is dropped from it instead of making it any. */
	bool freebsd;
	/* The most bytes an included file may have (fwlint(1),
	 * --max-input-size); 0: FILEIO_MAX_SIZE. */
	size_t max_input;
} pf_opts;
/* The same with options (o may be NULL: the defaults). */
ir_ruleset *pf_parse_opts(const char *path, const char *buf, size_t len, const pf_opts *o,
			  diag_list *diags);

/* "pf" when buf[0..len) reads as a pf.conf (its first statement starts
 * with a pf.conf keyword or defines a macro), else NULL (frontend.h). */
const char *pf_detect(const char *buf, size_t len);

/* The fix-it writer of the pf rows of frontend_table (fixit.h): "pass" or
 * "block" rules for the stage "in" or "out", quick and before the deciding
 * rule when it is terminal, else plain and after it (src/frontend/pf/
 * pf_fixit.c says why). */
int pf_fixit(const fixit_req *rq, fixit_list *out, const char **why);

/* Read path and parse it; NULL with one parse-error when it cannot be read. */
ir_ruleset *pf_parse_file(const char *path, diag_list *diags);

/* Bounds (documented in the README). */
#define PF_MAX_ERRORS        50      /* then one "too many errors" line */
#define PF_MAX_INCLUDE_DEPTH 16      /* nested include statements */
#define PF_MAX_ANCHOR_DEPTH  64      /* nested inline anchors */
#define PF_MAX_EXPANSION     65536   /* rules one statement may expand to */
#define PF_MAX_RULES         65536   /* rules the whole ruleset may expand to */
#define PF_MAX_MACRO_DEPTH   64      /* a macro naming a macro naming ... */
#define PF_MAX_TOKEN         8192    /* pfctl's own limit on a string */
#define PF_MAX_RULE_TEXT     1024    /* bytes of a statement kept for messages */

/* Does this line of `pfctl -nv` output print a rule (pass, block, match,
 * anchor, nat, rdr, binat, scrub, ... possibly indented inside an anchor's
 * braces)?  The corpus test counts rules of .ok files with it, and
 * ir_ruleset.nsource counts the same kinds. */
bool pf_count_rule_line(const char *line);

/* ------------------------------------------------------------------
 * One rule after list expansion: what pfctl's struct pf_rule holds that
 * fwlint needs to judge or check it.  Strings are owned by the builder.
 */

enum pf_addr_kind {
	PF_ADDR_ANY,      /* "any", "all", or nothing written */
	PF_ADDR_NET,      /* an address with an optional /prefix */
	PF_ADDR_RANGE,    /* "a - b" */
	PF_ADDR_TABLE,    /* <name> */
	PF_ADDR_DYNIF,    /* (IF), (IF:network), (IF:0) ...: addresses at run time */
	PF_ADDR_IFACE,    /* IF, IF:network, IF:broadcast, IF:peer: the host's */
	PF_ADDR_SELF,     /* self */
	PF_ADDR_NOROUTE,  /* no-route */
	PF_ADDR_URPF,     /* urpf-failed */
	PF_ADDR_HOSTNAME, /* a name resolved when the rules are loaded */
};

typedef struct pf_addr {
	enum pf_addr_kind kind;
	bool neg;          /* "!" */
	int af;            /* 0 (any/table/iface), 4 or 6 */
	u128 lo, hi;       /* NET and RANGE: first and last address (v4 mapped) */
	int prefix;        /* NET: prefix length as written in its family, -1 if none */
	char *name;        /* TABLE, DYNIF, IFACE, HOSTNAME */
	char *modifier;    /* "network", "broadcast", "peer", "0", or NULL */
	srcloc loc;
} pf_addr;

enum pf_port_op {
	PF_OP_NONE,  /* no port written */
	PF_OP_EQ, PF_OP_NE, PF_OP_LT, PF_OP_LE, PF_OP_GT, PF_OP_GE,
	PF_OP_RANGE,   /* a:b   a <= p <= b */
	PF_OP_XRANGE,  /* a><b  a <  p <  b */
	PF_OP_IRANGE,  /* a<>b  p < a or p > b */
};

typedef struct pf_port {
	enum pf_port_op op;
	unsigned a, b;     /* b only for the ranges */
	srcloc loc;
} pf_port;

enum pf_action {
	PF_PASS, PF_BLOCK, PF_MATCH,
	PF_ANCHOR,                 /* anchor rule (inline or a reference) */
	PF_SCRUB, PF_NOSCRUB,      /* FreeBSD scrub rules */
	PF_NAT, PF_NONAT, PF_RDR, PF_NORDR, PF_BINAT, PF_NOBINAT, /* FreeBSD "->" rules */
	PF_NATANCHOR, PF_RDRANCHOR, PF_BINATANCHOR,               /* FreeBSD */
};

enum pf_block_kind { PF_BLOCK_DEFAULT, PF_BLOCK_DROP, PF_BLOCK_RETURN,
		     PF_BLOCK_RETURN_RST, PF_BLOCK_RETURN_ICMP };
enum pf_dir { PF_DIR_BOTH, PF_DIR_IN, PF_DIR_OUT };
enum pf_state_kind { PF_STATE_DEFAULT, PF_STATE_NO, PF_STATE_KEEP,
		     PF_STATE_MODULATE, PF_STATE_SYNPROXY };
enum pf_xlate { PF_XL_NONE, PF_XL_NAT_TO, PF_XL_RDR_TO, PF_XL_BINAT_TO, PF_XL_AF_TO };
enum pf_route { PF_RT_NONE, PF_RT_ROUTE_TO, PF_RT_REPLY_TO, PF_RT_DUP_TO };

/* TCP flag bits as pf writes them: F S R P A U E W */
enum { PF_TH_FIN = 0x01, PF_TH_SYN = 0x02, PF_TH_RST = 0x04, PF_TH_PUSH = 0x08,
       PF_TH_ACK = 0x10, PF_TH_URG = 0x20, PF_TH_ECE = 0x40, PF_TH_CWR = 0x80 };

/* One translation's pool as pfctl keeps it (OpenBSD parse.y
 * apply_redirspec(), FreeBSD parse.y natrule): its addresses, the port
 * written after it, and the pool options.  pf_lower.c makes an ir_nat of
 * it. */
struct pf_hnode;
typedef struct pf_xpool {
	const struct pf_hnode *hosts; /* the addresses (builder's arena), or NULL */
	size_t n;                     /* how many */
	pf_addr first;                /* the first (or only) address */
	pf_port port;                 /* "port N", "port N:M" (op PF_OP_NONE: none) */
	bool star;                    /* "port N:*" (rdr-to, rdr) */
	const char *type;             /* "bitmask", "random", "source-hash",
				         "round-robin", "least-states"; NULL: none */
	bool static_port;             /* static-port (and binat-to's nat-to half) */
} pf_xpool;

typedef struct pf_rule {
	enum pf_action action;
	enum pf_block_kind block;
	enum pf_dir dir;
	bool quick;
	bool log;
	char *ifname;       /* "on IF" (an interface or a group), or NULL */
	bool ifneg;         /* "on ! IF" */
	srcloc ifloc;
	int af;             /* 0, 4 (inet) or 6 (inet6), as written or implied */
	int proto;          /* 0..255, or -1 when none is written */
	srcloc protoloc;
	pf_addr src, dst;
	pf_port sport, dport;
	bool has_uid, has_gid;
	/* flags F/S: flags_written says "flags" appeared; flags_any for
	 * "flags any".  Without it a stateful TCP rule means flags S/SA. */
	bool flags_written, flags_any;
	uint8_t flags, flagset;
	srcloc flagsloc;
	int icmp_af;        /* 0: none; 4: icmp-type; 6: icmp6-type */
	int icmp_type, icmp_code; /* -1 when not written */
	srcloc icmploc;
	enum pf_state_kind state;
	bool state_opts;              /* "keep state (...)" had options */
	bool allow_opts;              /* "allow-opts" */
	bool os;                      /* "os ..." (a fingerprint) */
	bool overload, max_src_conn;  /* "overload <t>", "max-src-conn[-rate]" */
	bool source_track_global, max_src_nodes; /* pfail48 */
	char *tag, *tagged;
	bool tagged_neg;              /* "! tagged" */
	char *rcv_ifname;             /* "received-on IF", or NULL */
	bool rcv_neg;                 /* "! received-on IF" */
	srcloc rcvloc;
	srcloc tagloc;
	int prio[2];                  /* "set prio": -1 when not set */
	char *queue[2];               /* "set queue (a, b)": NULL when not set */
	srcloc queueloc;
	enum pf_xlate xlate;
	pf_addr xaddr;                /* the first address of the pool */
	size_t nxaddr;                /* how many the pool has */
	pf_port xport;
	int xaf;                      /* af-to: the target family */
	enum pf_xlate xlate2;         /* a second translation of the rule (nat-to with rdr-to) */
	pf_xpool xp[2];               /* the pools of xlate and xlate2 */
	bool xpass;                   /* FreeBSD "rdr pass", "nat pass", "binat pass" */
	bool xbinat;                  /* one half of a binat-to or binat (pf_lower.c) */
	enum pf_route route;
	pf_addr rtaddr;
	int ndivert;                  /* divert-to, divert-reply, divert-packet written */
	bool divert_to, divert_reply, divert_packet;
	bool divert_to_af6;           /* divert-to address family 6 */
	char *anchor;                 /* PF_ANCHOR: its name, or NULL */
	bool anchor_inline;
	bool fragment;                /* "fragment": matches fragments only */
	srcloc loc;                   /* the statement's first character */
	srcloc end;                   /* its last character */
} pf_rule;

/* A "queue NAME [on IF] [parent P] [bandwidth ...] [flows N] [default]"
 * statement (OpenBSD queueing), for the whole-ruleset checks. */
typedef struct pf_queue {
	char *name, *parent, *ifname;
	bool bandwidth, flows, is_default;
	srcloc loc;
} pf_queue;

/* pfctl's checks of one expanded rule (pfctl_parser.c, parse.y rule_consistent
 * and filter_consistent, expand_rule): false when pfctl skips the rule, after
 * adding its message as a parse-error at the offending word.  A statement
 * none of whose combinations passes is an error too (the builder says "rule
 * expands to no valid combination"). */
bool pf_check_rule(const pf_rule *r, diag_list *diags);

/* Whole-ruleset checks (queues: a default queue, leaves, names used by
 * "set queue" that no queue defines). */
void pf_check_ruleset(const pf_queue *q, size_t nq, const pf_rule *const *rules,
		      size_t nrules, diag_list *diags);

#endif
