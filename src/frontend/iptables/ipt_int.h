/* ipt_int.h - what the files of the iptables front end share: the
 * builder context of one ipt_parse(), the tables of names, and the
 * functions one file calls in another.  Not for the grammar (ipt_build.h).
 *
 *   iptables.c    entry points, family detection, the context: errors,
 *                 the line arena, the state of the line being read
 *   ipt_names.c   tables, targets, match modules and their options
 *   ipt_values.c  option values: numbers, protocols, ports, addresses,
 *                 masks, TCP flags, conntrack states, ICMP and reject types
 *   ipt_option.c  what each option of a line means: the core options
 *                 (iptables(8)) here, the others go to
 *   ipt_match.c   the options of match modules and targets
 *   ipt_rule.c    the end of a line: -A, -I, -R, -D, -C and rule numbers
 *   ipt_chain.c   table blocks, chain declarations, -N, -X, -E, -F, -Z, -P
 * and, needing nothing of this header (their API is in iptables.h):
 *   ipt_detect.c  whether a file reads as an iptables-save dump
 *   ipt_loops.c   jumps between chains that loop
 */
#ifndef FWLINT_IPT_INT_H
#define FWLINT_IPT_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ipt_build.h"
#include "pset.h"

/* ------------------------------------------------------------------ */
/* Names (ipt_names.c)                                                 */

enum { TB_FILTER = 1, TB_NAT = 2, TB_MANGLE = 4, TB_RAW = 8, TB_SECURITY = 16 };

/* A table and its built-in chains (iptables(8), TABLES). */
struct table_def {
	const char *name;
	unsigned bit;
	const char *builtin[6];
};

/* Targets: what a packet's fate is when the rule matches.  The nat
 * targets and TPROXY end the traversal of their table, as ACCEPT does.
 * tables: 0 = any table; otherwise the kernel module's .table restriction
 * (xt_*.c / ipt_*.c). */
struct target_def {
	const char *name;
	enum ir_action action;
	unsigned tables;
	const char *why; /* for IR_UNKNOWN: what fwlint cannot know */
};

/* Match modules.  proto: the protocol the module needs ("-p tcp"), 0 for
 * none, -1 for multiport's list.  opts NULL: a module fwlint does not
 * interpret; its options are taken as written and the rule is unresolved.
 * family: 0 both, 4 or 6 only that one (libipt_* / libip6t_*). */
struct module_def {
	const char *name;
	int proto;
	int family;
	const struct opt_def *opts;
};

#define PROTO_SCTP 132
#define PROTO_DCCP 33
#define PROTO_UDPLITE 136

/* Options.  Core options are those of iptables(8); module options those of
 * the match modules fwlint understands (iptables-extensions(8)). */
enum opt_id {
	O_NONE,
	/* commands */
	O_APPEND, O_INSERT, O_DELETE, O_REPLACE, O_CHECK, O_NEWCHAIN,
	O_DELCHAIN, O_FLUSH, O_ZERO, O_POLICY, O_RENAME, O_LIST,
	/* core parameters */
	O_PROTO, O_SRC, O_DST, O_IN, O_OUT, O_FRAG, O_JUMP, O_GOTO, O_MATCH,
	O_TABLE, O_IPV4, O_IPV6, O_SETCOUNTERS, O_QUIET,
	/* module options */
	M_SPORT, M_DPORT, M_TCPFLAGS, M_SYN, M_TCPOPT, M_SPORTS, M_DPORTS,
	M_PORTS, M_SRCRANGE, M_DSTRANGE, M_STATE, M_CTSTATE,
	M_COMMENT, M_ICMPTYPE, M_ICMP6TYPE, M_OTHER,
	/* conntrack: each option its own (libxt_conntrack.c, a repeat is
	 * refused per option) */
	M_CTPROTO, M_CTDIR, M_CTORIGSRC, M_CTORIGDST, M_CTREPLSRC, M_CTREPLDST,
	M_CTORIGSRCPORT, M_CTORIGDSTPORT, M_CTREPLSRCPORT, M_CTREPLDSTPORT,
	M_CTSTATUS, M_CTEXPIRE,
	/* mark */
	M_MARK,
	/* target options */
	T_REJECTWITH, T_LOGLEVEL, T_LOGPREFIX, T_LOGTCPSEQ, T_LOGTCPOPT, T_LOGIPOPT,
	T_LOGUID, T_LOGMAC,
	/* MARK: --set-xmark, --set-mark, --and-mark, --or-mark, --xor-mark,
	 * one of them (libxt_MARK.c: each excludes the others) */
	T_MARK,
	/* the NAT targets (libxt_DNAT.c, libipt_SNAT.c, libxt_MASQUERADE.c,
	 * libxt_REDIRECT.c, libxt_NETMAP.c) and CT (libxt_CT.c) */
	T_TODEST, T_TOSRC, T_TOPORTS, T_TONET, T_NATFLAG, T_NOTRACK, T_CTOTHER, T_RESTOREMARK,
};

#define OPT_CMD(id) ((id) >= O_APPEND && (id) <= O_LIST)

struct opt_def {
	const char *name;
	enum opt_id id;
	int amin, amax; /* number of arguments */
	bool negatable;
};

/* ------------------------------------------------------------------ */
/* The builder context                                                 */

/* A chain as the parser sees it (its IR chain's builder record).
 * iptables numbers rules as it stores them; a line with address lists
 * became several iptables rules but one or two IR rules, so every line is
 * one group {kernel rules, IR rules}. */
typedef struct chain_ent {
	ir_chain *chain;
	/* -X: the chain stays in the IR, empty, so that a rule that jumped
	 * to it before still points at a chain */
	bool deleted;
	bool one_family; /* holds a rule of a line marked -4 or -6 */
	bool policy_given; /* built-in: ":CHAIN POLICY" or -P set its policy */
	struct group { uint32_t k, m; } *g;
	size_t ng, capg;
} chain_ent;

/* One loaded match (or the target, which takes options the same way). */
typedef struct mod_inst {
	const struct module_def *def; /* NULL: the target */
	const char *name;
	srcloc loc;
	char *text;     /* "-m limit --limit 5/min" for unresolved notes */
	size_t textlen, textcap;
	u128 seen;      /* options given, by enum opt_id bit (ids < 128) */
	bool unresolved;
} mod_inst;

/* A "--ports" list to split the rule on. */
typedef struct ports_alt {
	ir_range *r;
	size_t n;
	bool neg;
	srcloc loc;
} ports_alt;

/* One option of a line, after the getopt spellings are undone. */
typedef struct opt_use {
	const char *name;
	srcloc loc;      /* of the name */
	bool neg;
	srcloc negloc;   /* of the "!" when neg */
	ipt_args *args;  /* NULL: none */
} opt_use;

/* Where the option starts: its "!" or its name. */
static inline srcloc opt_start(const opt_use *o)
{
	return o->neg ? o->negloc : o->loc;
}

/* What the options of the line being read have said (ipt_option.c), for
 * its end (ipt_rule.c, ipt_chain.c). */
typedef struct line_state {
	bool active, failed, skip;
	ir_rule *r;
	enum opt_id cmd;
	srcloc cmd_loc;
	const char *cmd_name;
	char *chain, *arg2;
	srcloc chain_loc, arg2_loc;
	long num;
	srcloc num_loc;
	uint64_t core_seen;
	int proto; /* -1: not given */
	bool proto_neg;
	srcloc proto_loc;
	size_t nsrc, ndst; /* address list lengths (for rule numbering) */
	bool src_neg, dst_neg; /* "! -s", "! -d" */
	mod_inst *mod;
	size_t nmod, capmod;
	char *target;
	srcloc target_loc;
	bool is_goto;
	const struct target_def *tdef;
	size_t target_mod; /* index in mod of the target's options */
	char *reject_with;
	srcloc reject_loc;
	/* a NAT target's --to-destination, --to-source, --to-ports or --to
	 * (ipt_nat.c), and CT --notrack */
	char *nat_spec;
	srcloc nat_loc;
	bool nat_random, notrack, restore_mark;
	ports_alt *alt;
	size_t nalt, capalt;
	bool target_opts; /* the target was given an option */
	bool nonspec; /* options that are not rule specs (for -N etc.) */
	srcloc nonspec_loc;
	const char *nonspec_name;
} line_state;

struct ipt_ctx {
	ir_ruleset *rs;
	diag_list *diags;
	const char *buf;
	size_t len;
	int family;
	int nerrors;
	bool gave_up;
	/* the open table block */
	bool in_table;
	ir_table *table; /* NULL while in a block whose header was bad */
	const struct table_def *tdef;
	srcloc table_loc;
	/* A complete table: the open block declares a built-in chain
	 * (":INPUT DROP [0:0]"), as iptables-save always writes, and the
	 * file is not read as a fragment (--noflush).  iptables-restore
	 * deletes the table's chains before it runs such a block, so a
	 * chain the block does not declare does not exist. */
	bool noflush;
	/* The file is a list of iptables commands (no "*table" line before
	 * its first command): one filter-table fragment, no COMMIT. */
	bool commands;
	bool complete;
	const char *complete_chain; /* the first built-in chain it declares */
	srcloc complete_loc;
	/* offset of the first byte of every line, from the scanner: the
	 * rule text is taken from the buffer when a rule starts */
	size_t *loff;
	size_t nloff, caploff;
	/* The strings and argument lists of the scanner and the parser:
	 * emptied when the scanner reads a word of the next line. */
	struct arena_block *arena;
	bool arena_stale; /* a new line has begun: empty it at next use */
	line_state L;
};

/* ------------------------------------------------------------------ */
/* Functions of one file that the others call                          */

/* iptables.c */
/* A parse-error at loc; the line is failed (its other errors would be
 * consequences). */
void ipt_error(struct ipt_ctx *ctx, srcloc loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* A construct whose effect depends on state outside the file. */
void ipt_warn(struct ipt_ctx *ctx, srcloc loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Start the rule of the line at loc, unless it has begun. */
void ipt_line_begin(struct ipt_ctx *ctx, srcloc loc);
/* Forget the line. */
void ipt_line_reset(line_state *L);
/* The next word of a line, from p to end, as iptables-restore splits it,
 * copied to w (at most wsize - 1 bytes and a NUL); the position after it,
 * or NULL at the end of the line. */
const char *ipt_next_word(const char *p, const char *end, char *w, size_t wsize);

/* ipt_names.c */
const struct table_def *ipt_table_def_find(const char *name);
bool ipt_is_builtin(const struct table_def *td, const char *chain);
void ipt_table_names(unsigned bits, char *out, size_t size);
const struct target_def *ipt_target_find(const char *name);
const struct opt_def *ipt_target_opts(const char *target);
const struct module_def *ipt_module_find(const char *name);
const struct module_def *ipt_implicit_module(int proto, int family);
/* A core option (iptables(8)) by its short or long name, or NULL. */
const struct opt_def *ipt_core_find(const char *name);
/* The option of that name in the NULL-ended table t (NULL: none), or NULL. */
const struct opt_def *ipt_opts_find(const struct opt_def *t, const char *name);
/* Aborts when the tables are not as the lookups need them (sorted). */
void ipt_names_check(void);

/* ipt_values.c.  Those that take ctx report a bad value with ipt_error()
 * at loc and return false. */
/* A number as iptables reads it (strtoul base 0, no sign), at most max. */
bool ipt_parse_uint(const char *s, unsigned long max, unsigned long *out);
/* strtoul(s, end, 0) for a string that starts with a digit or '+' (no
 * errno, no locale); *range when it passes ULONG_MAX. */
unsigned long ipt_strtoul0(const char *s, const char **end, bool *range);
/* A packet or byte counter of "-c". */
bool ipt_parse_counter(const char *s);
/* A protocol number or name; -1 when neither. */
int ipt_proto_lookup(const char *s);
const char *ipt_proto_name(int p);
/* "PORT", "LO:HI", ":HI" or "LO:" (a port may be a service name). */
bool ipt_port_range(struct ipt_ctx *ctx, const char *s, srcloc loc, unsigned *lo, unsigned *hi);
/* Add one address or network of -s/-d to c; false with *why set when it
 * cannot be known (a host name), false after ipt_error() when it is bad. */
bool ipt_add_address(struct ipt_ctx *ctx, ir_cond *c, const char *s, srcloc loc, char **why);
/* Add "A" or "A-B" of -m iprange (option opt) to c. */
void ipt_add_iprange(struct ipt_ctx *ctx, ir_cond *c, const char *opt, const char *s,
		     srcloc loc);
/* The comma list of ports of -m multiport, in *out (to free). */
bool ipt_multiport_list(struct ipt_ctx *ctx, const char *s, srcloc loc, ir_range **out,
			size_t *nout);
/* A comma list of TCP flag names, as bits. */
bool ipt_tcp_flags(struct ipt_ctx *ctx, const char *s, srcloc loc, unsigned *out);
/* A comma list of conntrack states, as CT_* bits; *virt when it names SNAT
 * or DNAT (conntrack: true for --ctstate). */
bool ipt_ct_states(struct ipt_ctx *ctx, const char *s, srcloc loc, bool conntrack,
		   unsigned *out, bool *virt);
/* An ICMP (v6: ICMPv6) type name, "TYPE" or "TYPE/CODE", as the range
 * type * 256 + code. */
bool ipt_icmp_type(struct ipt_ctx *ctx, const char *s, srcloc loc, bool v6, unsigned *lo,
		   unsigned *hi);
/* "VALUE[/MASK]" (with_mask) or "VALUE" of the mark options, 32 bits each;
 * *m is all ones when no mask is given. */
bool ipt_mark_mask(struct ipt_ctx *ctx, const char *opt, const char *s, srcloc loc,
		   bool with_mask, uint32_t *v, uint32_t *m);
/* ipt_nat.c: a NAT or CT target option; and the translation (or the
 * NOTRACK) of rule r of the line, once its action is set.  false after
 * ipt_error(). */
void ipt_nat_option(struct ipt_ctx *ctx, const struct opt_def *od, const char *arg, srcloc loc);
bool ipt_nat_finish(struct ipt_ctx *ctx, ir_rule *r);

/* Whether --reject-with s is valid in family (0: in both). */
bool ipt_reject_with_ok(const char *s, int family);
bool ipt_log_level_ok(const char *s);
/* A condition of r on f: the union of v[0..n). */
ir_cond *ipt_cond_ranges(ir_rule *r, enum ir_field f, bool neg, srcloc loc, const ir_range *v,
			 size_t n);

/* ipt_option.c */
/* Whether the arguments and their number suit od; reports it when not. */
bool ipt_check_nargs(struct ipt_ctx *ctx, const struct opt_def *od, const char *name,
		     srcloc loc, const ipt_args *args);
/* Reports a lone "!" among args (where it negates nothing). */
bool ipt_bang_in_args(struct ipt_ctx *ctx, const ipt_args *args);

/* ipt_match.c */
/* A loaded module (def), or the target (def NULL, name its name). */
mod_inst *ipt_mod_add(line_state *L, const struct module_def *def, const char *name,
		      srcloc loc);
/* Start the unresolved note of m: "-m NAME". */
void ipt_mod_note(mod_inst *m);
/* -m NAME */
void ipt_load_module(struct ipt_ctx *ctx, const ipt_arg *a);
/* An option that is not a core option. */
void ipt_extension_option(struct ipt_ctx *ctx, const opt_use *o);

/* ipt_chain.c */
/* The chain of that name in t, deleted (-X) or not, or NULL. */
chain_ent *ipt_chain_lookup(const ir_table *t, const char *name);
/* The chain a command works on (see there), or NULL after an error. */
chain_ent *ipt_need_chain(struct ipt_ctx *ctx, const char *name, srcloc loc);
/* Whether a table block with a good header is open; reports a line
 * outside any block. */
bool ipt_need_table(struct ipt_ctx *ctx, srcloc loc);
/* Whether the open table block is complete (see struct ipt_ctx); then
 * hint[0..size) says why, and how to read the file as a fragment. */
bool ipt_complete_table(const struct ipt_ctx *ctx, char *hint, size_t size);
/* -N, -X, -E, -F, -Z, -P at the end of their line. */
void ipt_chain_command(struct ipt_ctx *ctx, srcloc loc);
/* Free the builder records of the chains. */
void ipt_chains_free(ir_ruleset *rs);

#endif
