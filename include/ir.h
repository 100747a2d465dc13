/* ir.h - the rule IR that every front end (iptables, pf, Cisco) builds.
 *
 * A ruleset is what one configuration file says: tables of chains of rules
 * (iptables), one last-match rule list (pf), ACLs plus interface bindings
 * (Cisco).  A rule is a conjunction of conditions on packet fields plus an
 * action.  The IR says what the file says, in the file's own terms (chain and
 * interface names as written); meaning is given to it by eval.c.
 *
 * Grammars build the IR through the builder functions below and nothing
 * else.  Every node carries the source location it came from.
 */
#ifndef FWLINT_IR_H
#define FWLINT_IR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "pset.h"
#include "srcloc.h"
#include "xlate.h"

enum ir_format { IR_FMT_IPTABLES, IR_FMT_PF, IR_FMT_CISCO, IR_FMT_ASA };

enum ir_field {
	IR_PROTO,    /* ranges over 0..255 */
	IR_SRC,      /* ranges over 128-bit addresses (IPv4 mapped) */
	IR_DST,
	IR_SPORT,    /* ranges over 0..65535 */
	IR_DPORT,    /* ICMP: type * 256 + code */
	IR_IIF,      /* ifname: a name, or a prefix pattern ending in '+' */
	IR_OIF,
	IR_STATE,    /* bits: a set of CT_* */
	IR_TCPFLAGS, /* bits: a set of TCP flag combinations (pset.h) */
	/* iptables -m mark --mark VALUE/MASK: bits is MASK << 32 | VALUE, the
	 * marks x with (x & MASK) == VALUE; a packet whose mark the file has
	 * not set (MARK_UNKNOWN) may or may not match, negated or not (the
	 * evaluator's unsure part). */
	IR_MARK,
	/* iptables -m conntrack --ctproto: ranges over 0..255, the protocol
	 * of the packet's connection; bits: the CT_INVALID / CT_UNTRACKED
	 * states that match anyway (a --ctstate in the same match lets them
	 * through: xt_conntrack.c conntrack_mt, "if (ct == NULL)").  A
	 * packet without a connection matches nothing else, negated or not. */
	IR_CTPROTO,
	/* iptables -m conntrack --ctdir: bits & CTDIR_ALL is the direction;
	 * bits >> 8, the states that match anyway (as for IR_CTPROTO). */
	IR_CTDIR,
	/* iptables -m conntrack --ctorigsrc, --ctorigdst, --ctorigsrcport,
	 * --ctorigdstport: ranges over the connection's original tuple (the
	 * first packet as it came, before any translation); bits: the
	 * CT_INVALID / CT_UNTRACKED states that match anyway, as for
	 * IR_CTPROTO (xt_conntrack.c: a packet without a connection is
	 * decided by --ctstate alone). */
	IR_CTORIGSRC,
	IR_CTORIGDST,
	IR_CTORIGSPORT,
	IR_CTORIGDPORT,
};

typedef struct ir_range {
	u128 lo, hi;
} ir_range;

/* One condition: the packet's field is in the union of the ranges (or, for
 * the interface and bit fields, matches ifname / has its value in bits),
 * negated when neg is set. */
typedef struct ir_cond {
	enum ir_field field;
	bool neg;
	ir_range *r;
	size_t n, cap;
	char *ifname;
	uint64_t bits;
	srcloc loc;
} ir_cond;

enum ir_action {
	IR_ACCEPT,
	IR_DROP,
	IR_REJECT,   /* a drop that answers: same as DROP for reachability */
	IR_JUMP,     /* iptables -j CHAIN: returns here when CHAIN returns */
	IR_GOTO,     /* iptables -g CHAIN: returns to our caller */
	IR_RETURN,
	IR_CONTINUE, /* a non-terminating target: LOG, MARK, ... */
	IR_UNKNOWN,  /* a target whose verdict fwlint cannot know */
};

/* A construct fwlint cannot resolve (an ipset it cannot see, an unknown
 * match module).  The rule then may or may not match the packets that its
 * resolved conditions select. */
typedef struct ir_unresolved {
	srcloc loc;
	char *what;
	/* The rule's conditions say what it means and the evaluator decides
	 * it wherever the file determines it (a mark the file set, the
	 * direction of a connection): only the packets that the file does
	 * not determine may or may not match.  The checks that judge a rule
	 * as a whole still take it as unresolved. */
	bool modelled;
} ir_unresolved;

struct ir_chain;

/* A translation a rule applies to the packets it accepts (iptables DNAT,
 * SNAT, MASQUERADE, REDIRECT, NETMAP; pf rdr-to, nat-to, binat-to; Cisco
 * NAT).  addr and port are relative to the packet's value where the rule
 * meets it (XL_MAP maps from it; xlate.h). */
typedef struct ir_nat {
	const char *kind;  /* as the file says it: "DNAT", "rdr-to", ... (static) */
	bool dst;          /* rewrites the destination; else the source */
	xl_field addr, port;
	/* The address is one of the firewall's own that the file does not
	 * give: REDIRECT's (the ingress interface's first address: the
	 * packet is then for the firewall itself) and MASQUERADE's (the
	 * egress interface's first address).  addr is then XL_KEEP and the
	 * evaluator puts the address in when it knows it (eval_set_local). */
	bool to_local, to_egress;
} ir_nat;

/* One step of a pf tag computation (ir_rule.tagsteps). */
typedef struct ir_tagstep {
	const struct ir_rule *rule; /* another rule of the ruleset, not owned */
	bool sets;                  /* its "tag" is the one tested */
} ir_tagstep;

typedef struct ir_rule {
	srcloc loc;   /* the whole rule (its first character) */
	char *text;   /* the rule as written, for messages */
	ir_cond *cond;
	size_t ncond, capcond;
	ir_unresolved *unres;
	size_t nunres, capunres;
	enum ir_action action;
	char *target;         /* target as written ("ACCEPT", "LOG", "MYCHAIN") */
	srcloc target_loc;
	struct ir_chain *jump; /* IR_JUMP / IR_GOTO, set by ir_resolve_jumps() */
	int family;           /* 0: the ruleset's; 4 or 6: only that family */
	bool quick;           /* pf: terminal (quick, or in a quick anchor) */
	bool keep_state;      /* pf, ASA: passing creates state, replies pass */
	/* A MARK target (iptables-extensions(8), MARK): the packets that go
	 * on get the mark (mark & ~mark_mask) ^ mark_xor (xt_mark.c). */
	bool mark_effect;
	uint32_t mark_mask, mark_xor;
	/* CONNMARK --restore-mark: the packets get their connection's mark,
	 * one that fwlint does not know. */
	bool mark_restore;
	/* iptables NOTRACK, CT --notrack: the packets that go on are not
	 * tracked (state UNTRACKED: no connection, no NAT). */
	bool notrack;
	/* The translation the rule applies (owned), or NULL. */
	ir_nat *nat;
	size_t index;         /* position in its chain, from 0 */
	/* Its number as the firewall counts the chain's rules, from 1 (the
	 * kernel's, for "iptables -I CHAIN N": a line with address lists is
	 * several), or 0 when the front end does not say. */
	uint32_t number;
	struct ir_chain *chain; /* its chain, set by ir_ruleset_finish() */
	/* pf "tagged T" (pf.h): a packet set built from other rules, in their
	 * evaluation order: start empty; at each step take out the packets
	 * the step's rule matches (it sets another tag, or T again) and, if
	 * the step sets T, put them in.  With has_tagged the rule matches
	 * only the packets of that set (tagged_neg: only the others). */
	ir_tagstep *tagsteps;
	size_t ntagsteps;
	bool has_tagged, tagged_neg;
} ir_rule;

enum ir_order { IR_FIRST_MATCH, IR_LAST_MATCH };

typedef struct ir_chain {
	char *name;
	srcloc loc;
	bool builtin;
	enum ir_action policy; /* builtin chains: IR_ACCEPT or IR_DROP; IR_UNKNOWN
				  when the file leaves it to the box (an
				  iptables fragment) */
	srcloc policy_loc;
	enum ir_order order;
	ir_rule **rule;
	size_t n, cap;
	struct ir_table *table;
	size_t id;             /* 0..nchains-1 over the ruleset, from ir_ruleset_finish() */
	struct ir_chain *hash_next; /* the next chain of its bucket in table->index */
	/* A front end's own record of the chain while it builds the ruleset
	 * (iptables: its rule numbering, whether -X deleted it); ir.c neither
	 * reads nor frees it. */
	void *builder;
} ir_chain;

typedef struct ir_table {
	char *name;
	srcloc loc;
	ir_chain **chain;
	size_t n, cap;
	bool committed;
	/* The chains by name, for ir_chain_find(): nindex buckets (a power of
	 * two, at least n) of chains linked by hash_next.  Dumps with
	 * thousands of chains exist (firewalld, Docker, Kubernetes). */
	ir_chain **index;
	size_t nindex;
} ir_table;

typedef struct ir_ruleset {
	char *path;          /* as given; every srcloc.file of its nodes points here */
	enum ir_format format;
	int family;          /* 4 or 6; 0: both (pf, an iptables dump that names no family) */
	ir_table **table;
	size_t n, cap;
	size_t nrules;
	size_t nsource;      /* pf: rules after list expansion, as pfctl -nv counts;
				Cisco: ACL entries understood */
	size_t nbindings;    /* Cisco: ACL bindings in effect */
	size_t nchains;      /* over every table, from ir_ruleset_finish() */
	/* Names of other files the ruleset was read from (pf include): their
	 * nodes' srcloc.file point here. */
	char **files;
	size_t nfiles, capfiles;
	/* Rules in no chain that tag steps refer to (pf "match ... tag"):
	 * owned here. */
	ir_rule **aux;
	size_t naux, capaux;
} ir_ruleset;

/* Builder API */
ir_ruleset *ir_ruleset_new(const char *path, enum ir_format format, int family);
/* Keep the name of another file of the ruleset (an included one) as long as
 * the ruleset; returns the kept copy, the same one for the same name. */
const char *ir_ruleset_add_file(ir_ruleset *rs, const char *name);
void ir_ruleset_free(ir_ruleset *rs);
/* The table of that name, created on first use. */
ir_table *ir_table_get(ir_ruleset *rs, const char *name, srcloc loc);
ir_table *ir_table_find(const ir_ruleset *rs, const char *name);
/* Declare a chain; returns NULL if it exists already. */
ir_chain *ir_chain_new(ir_table *t, const char *name, bool builtin, srcloc loc);
/* The chain of t of that name, or NULL: O(1) on average. */
ir_chain *ir_chain_find(const ir_table *t, const char *name);
/* Give c another name in its table; false, and nothing changed, when the
 * table has a chain of that name.  Rules that jump to c still do. */
bool ir_chain_rename(ir_chain *c, const char *name);
void ir_chain_policy(ir_chain *c, enum ir_action policy, srcloc loc);

ir_rule *ir_rule_new(srcloc loc, const char *text, size_t textlen);
void ir_rule_free(ir_rule *r);
ir_cond *ir_rule_cond(ir_rule *r, enum ir_field field, bool neg, srcloc loc);
void ir_cond_range(ir_cond *c, u128 lo, u128 hi);
void ir_cond_ifname(ir_cond *c, const char *name);
void ir_cond_bits(ir_cond *c, uint64_t bits);
void ir_rule_unresolved(ir_rule *r, srcloc loc, const char *what);
/* The same for a construct the evaluator models (ir_unresolved.modelled). */
void ir_rule_unresolved_modelled(ir_rule *r, srcloc loc, const char *what);
/* The rule's target sets the mark: mark = (mark & ~mask) ^ xor. */
void ir_rule_mark_effect(ir_rule *r, uint32_t mask, uint32_t xor_);
/* The rule translates the packets it accepts as *nat says (copied). */
void ir_rule_nat(ir_rule *r, const ir_nat *nat);
void ir_rule_action(ir_rule *r, enum ir_action a, const char *target, srcloc loc);
/* Append r to c (c takes ownership) or insert it before position pos. */
void ir_chain_append(ir_chain *c, ir_rule *r);
void ir_chain_insert(ir_chain *c, size_t pos, ir_rule *r);
/* Free rules pos..pos+n-1 of c; the rules after them move up. */
void ir_chain_remove(ir_chain *c, size_t pos, size_t n);
void ir_chain_flush(ir_chain *c);
/* Number every rule and chain and count them (nrules, nchains). */
void ir_ruleset_finish(ir_ruleset *rs);

/* The first condition of r on field f, or NULL. */
const ir_cond *ir_rule_find_cond(const ir_rule *r, enum ir_field f);

const char *ir_action_name(enum ir_action a);
const char *ir_format_name(enum ir_format f);

#endif
