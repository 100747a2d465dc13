/* model.h - a second, brute-force reading of a small part of
 * iptables-save, for the structure-aware fuzz target (fuzz_mutate.c).
 *
 * The model reads the filter table with the matches that iptables-save
 * writes most (-s -d -i -o -p, tcp/udp ports, multiport, conntrack and
 * state) and the targets ACCEPT DROP REJECT RETURN LOG and user chains
 * (-j and -g), and nothing else; it shares no code with fwlint's front end
 * or evaluator.  model_scan() follows one packet rule by rule, first match
 * wins, as the kernel's ipt_do_table() does (Linux
 * net/ipv4/netfilter/ip_tables.c): the reference that fwlint's evaluator
 * must agree with. */
#ifndef FWLINT_FUZZ_MODEL_H
#define FWLINT_FUZZ_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { MODEL_MAX_RULES = 256, MODEL_MAX_CHAINS = 16, MODEL_MAX_PORTS = 15,
       MODEL_NAME = 32, MODEL_MAX_STEPS = 100000 };

enum model_verdict { MV_ACCEPT, MV_DROP, MV_REJECT, MV_RETURN, MV_JUMP, MV_GOTO, MV_CONTINUE };
enum model_hook { MH_INPUT, MH_FORWARD, MH_OUTPUT, MH_N };

typedef struct model_range { uint32_t lo, hi; } model_range;

typedef struct model_rule {
	int line;
	int chain;                 /* index into model.chain */
	bool has_src, not_src, has_dst, not_dst;
	uint32_t src, src_mask, dst, dst_mask;
	bool has_in, not_in, in_wild, has_out, not_out, out_wild;
	char in[MODEL_NAME], out[MODEL_NAME];
	bool has_proto, not_proto;
	uint8_t proto;             /* 6, 17, 1 */
	bool has_sport, not_sport, has_dport, not_dport;
	model_range sport, dport;
	bool has_mport, not_mport, mport_src; /* multiport --sports/--dports */
	model_range mport[MODEL_MAX_PORTS];
	int nmport;
	bool has_state, not_state;
	unsigned states;           /* bit 0 NEW, 1 ESTABLISHED, 2 RELATED, 3 INVALID, 4 UNTRACKED */
	enum model_verdict verdict;
	int target;                /* the chain of MV_JUMP / MV_GOTO */
	int next;                  /* the chain's next rule, or -1 */
} model_rule;

typedef struct model_chain {
	char name[MODEL_NAME];
	bool builtin;
	enum model_verdict policy; /* MV_ACCEPT or MV_DROP for a built-in */
	int first, last;           /* its first and last rule, or -1 */
} model_chain;

typedef struct model {
	model_chain chain[MODEL_MAX_CHAINS];
	int nchain;
	model_rule rule[MODEL_MAX_RULES];
	int nrule;
	int hook_chain[MH_N];      /* INPUT, FORWARD, OUTPUT */
} model;

typedef struct model_packet {
	uint32_t src, dst;
	uint8_t proto;             /* 6, 17 or 1 (an echo request) */
	uint16_t sport, dport;
	const char *in, *out;      /* NULL: none (INPUT has no out, OUTPUT no in) */
	unsigned state;            /* one bit, as model_rule.states */
} model_packet;

/* pf: a pf.conf of filter rules only, read as pf.conf(5) defines them and
 * in the order of OpenBSD's grammar (sbin/pfctl/parse.y, "pfrule"):
 *
 *   pass|block [drop|return] [in|out] [quick] [on [!] IF] [inet]
 *   [proto tcp|udp|icmp] (all | from ADDR [port P] to ADDR [port P])
 *   [flags S/SA|any] [keep state|no state]
 *
 * ADDR is any or [!] a.b.c.d[/len]; P is N, = != < <= > >= N, N:M,
 * N >< M or N <> M.  Rules are evaluated last match wins, a quick rule
 * ending the walk; no match passes.  A forwarded packet meets the in rules
 * on its input interface, then, passed, the out rules on its output
 * interface.  A TCP packet of state NEW is a SYN, any other an ACK. */
enum pfm_op { PO_NONE, PO_EQ, PO_NE, PO_LT, PO_LE, PO_GT, PO_GE, PO_RANGE, PO_IN, PO_OUT };

typedef struct pfm_port { enum pfm_op op; uint32_t a, b; } pfm_port;

typedef struct pfm_rule {
	int line;
	bool pass, ret, quick;
	int dir;                   /* 0 both, 1 in, 2 out */
	bool has_on, not_on;
	char on[MODEL_NAME];
	bool has_proto;
	uint8_t proto;
	bool has_src, not_src, has_dst, not_dst;
	uint32_t src, src_mask, dst, dst_mask;
	pfm_port sport, dport;
	uint8_t flags, flags_mask; /* TCP: (flags & mask) == flags; mask 0: any */
} pfm_rule;

typedef struct pf_model {
	pfm_rule rule[MODEL_MAX_RULES];
	int nrule;
} pf_model;

bool pfm_read(pf_model *m, const char *text, size_t len);
bool pfm_match(const pfm_rule *r, int dir, const char *iface, const model_packet *p);
/* A forwarded packet: MV_ACCEPT, MV_DROP or MV_REJECT.  *line: the rule
 * that dropped it; for a packet passed, the rule that decided the in
 * stage, else the out stage's, else 0 (pf's default pass).  decided[i] is
 * set for each rule that decided a stage. */
enum model_verdict pfm_scan(const pf_model *m, const model_packet *p, int *line, bool *decided);

/* Read text[0..len) into *m.  False when the text is not in the model's
 * part of iptables-save, or is not something iptables-restore loads (an
 * unknown chain, a jump loop, -i in OUTPUT, ports without -p tcp/udp...):
 * then nothing about it is checked. */
bool model_read(model *m, const char *text, size_t len);

/* The verdict of the built-in chain of hook for p: MV_ACCEPT, MV_DROP or
 * MV_REJECT; *line is the line of the deciding rule, 0 for the policy.
 * MV_CONTINUE: the walk took more than MODEL_MAX_STEPS rules (jumps
 * that branch at every level), and no verdict is known.
 * matched[i] is set for every rule i that p reached and matched on the
 * way (matched may be NULL). */
enum model_verdict model_scan(const model *m, enum model_hook hook, const model_packet *p,
			      int *line, bool *matched);

/* Does rule r match p (its own conditions, not whether p reaches it)? */
bool model_match(const model_rule *r, const model_packet *p);

/* Cisco IOS: named extended IPv4 ACLs and their bindings, as the IOS
 * command reference ("ip access-list extended", "permit (IP extended)",
 * "ip access-group") defines them:
 *
 *   ip access-list extended NAME
 *    permit|deny ip|tcp|udp|icmp SRC [PORTS] DST [PORTS] [established] [log]
 *   interface IF
 *    ip access-group NAME in|out
 *
 * SRC and DST are any, host A, or A WILDCARD (a bit set: any value);
 * PORTS is eq P..., neq P, lt P, gt P or range P Q, for tcp and udp.  An
 * ACL is walked first match wins and ends in an implicit deny; a
 * forwarded packet meets the ACL bound in on its input interface, then the
 * one bound out on its output interface; no ACL bound permits.  fwlint
 * names an ACL's implicit deny at the ACL's first line (fwlint(1)).
 * established matches TCP with ACK (or RST) set: a packet of state NEW is
 * a SYN, any other an ACK. */
enum { CM_MAX_ACLS = 4, CM_IFACES = 3, CM_MAX_EQ = 10 };
enum cm_op { CO_NONE, CO_EQ, CO_NEQ, CO_LT, CO_GT, CO_RANGE };

typedef struct cm_port { enum cm_op op; uint32_t v[CM_MAX_EQ]; int n; } cm_port;

typedef struct cm_rule {
	int line, acl;
	bool permit, established;
	uint8_t proto;             /* 0: ip, every protocol */
	uint32_t src, swild, dst, dwild;
	cm_port sport, dport;
} cm_rule;

typedef struct cisco_model {
	cm_rule rule[MODEL_MAX_RULES];
	int nrule;
	char acl[CM_MAX_ACLS][MODEL_NAME];
	int acl_line[CM_MAX_ACLS]; /* its "ip access-list" line */
	int nacl;
	int bind[CM_IFACES][2];    /* the ACL bound in [0] and out [1], or -1 */
} cisco_model;

/* The interfaces the model knows, GigabitEthernet0/0 to 0/2. */
extern const char *const cm_ifaces[CM_IFACES];

bool cm_read(cisco_model *m, const char *text, size_t len);
enum model_verdict cm_scan(const cisco_model *m, const model_packet *p, int *line, bool *decided);

#endif
