/* pf_int.h - what src/frontend/pf/pf.c, src/frontend/pf/pf_rule.c and src/frontend/pf/pf_lower.c share: the
 * builder context of one pf_parse().  Not for the grammar (pf_build.h). */
#ifndef FWLINT_PF_INT_H
#define FWLINT_PF_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "pf_build.h"

struct arena_block;

typedef struct pf_macro {
	char *name, *value;
} pf_macro;

typedef struct pf_table {
	char *name;
	srcloc loc;
	pf_hnode *hosts;        /* arena */
	bool has_file, file_failed, defined;
	bool is_const;          /* "const": its addresses cannot change */
	char *file;
} pf_table;

/* The statement being built. */
typedef struct pf_tmpl {
	bool active, failed;
	pf_rule base;           /* every option with one value */
	pf_item *ifs, *protos, *icmp, *aifs;
	pf_hnode *src, *dst, *xpool, *rtpool;
	pf_pnode *sport, *dport, *uids, *gids, *xport;
	bool src_written, dst_written;
	unsigned scrub_seen;    /* bits: scrub options seen, for "cannot be respecified" */
	bool antispoof, unres_opts;
	unsigned seen;          /* options pfctl takes once a rule (pf_rule.c SEEN_*) */
	/* pool options read since the last pool (pfctl parse.y pool_opts) */
	const char *pool_type;
	bool pool_static, pool_sticky;
	srcloc pool_loc, static_loc;
	bool sloppy;            /* keep state (sloppy) */
	srcloc sloppy_loc;
	srcloc frag_loc;
	const char *unres_what; /* an option whose effect is not known */
	srcloc unres_loc;
} pf_tmpl;

/* What the expansions of one statement share (one per expand() call). */
typedef struct pf_stmt {
	pf_rule r;              /* the rule before its lists are expanded */
	const char *unres_what; /* an option of the rule that makes it unresolved */
	srcloc unres_loc;
} pf_stmt;

/* One expanded rule in the tree of anchors.  A statement with lists
 * expands to thousands of rules that differ only in the fields its lists
 * set (pfctl expand_rule()): a node keeps the list items of its
 * combination, not a whole pf_rule of its own, and pf_node_rule() makes
 * the rule of them when it is needed.  A node that pf_lower.c changes (the
 * halves of a binat-to) or reads often (anchors, translations) has its own
 * whole rule instead. */
typedef struct pf_node {
	const pf_stmt *st;
	const pf_rule *own;     /* the node's whole rule, or NULL: st->r and the items */
	/* the combination: NULL where the statement has no such list */
	const pf_item *ifv, *pv, *iv;
	const pf_hnode *sv, *dv;
	const pf_pnode *spv, *dpv;
	int af;                 /* the combination's family */
	bool noflags;           /* not the tcp of a protocol list with tcp: no flags */
	struct pf_list *children; /* inline anchor: its rules (shared by the expansions) */
	size_t order;           /* file order over the flattened ruleset */
} pf_node;

/* The fields of n's rule that its statement's expansions share (action,
 * direction, quick, options, tags, translations, anchor, loc): all but
 * interface, protocol, flags, addresses, ports, family and icmp type,
 * which only pf_node_rule() gives. */
static inline const pf_rule *pf_node_base(const pf_node *n)
{
	return n->own ? n->own : &n->st->r;
}

/* The whole rule of n: n->own, or made in *buf. */
const pf_rule *pf_node_rule(const pf_node *n, pf_rule *buf);
/* A copy of n with a whole rule of its own (*rule, to change it). */
pf_node *pf_node_whole(struct pf_ctx *ctx, const pf_node *n, pf_rule **rule);

typedef struct pf_list {
	pf_node **v;
	size_t n, cap;
} pf_list;

typedef struct pf_anchor_frame {
	pf_list *list;          /* where the inner rules go */
	pf_list *parent;
	size_t nheads;          /* the anchor's expansions, last in parent */
	pf_tmpl saved;
	const char *loaded;     /* "load anchor": the file whose rules these are */
} pf_anchor_frame;

/* "load anchor NAME from FILE": the rules read from FILE, for the anchor
 * rules named NAME. */
typedef struct pf_loaded {
	const char *name;
	pf_list *list;
} pf_loaded;

typedef struct pf_file {
	const char *name;       /* owned by the ruleset */
	char *buf;              /* owned here (NULL for the top file) */
	const char *text;
	size_t len;
	size_t *lines;          /* offsets of line starts, built on demand */
	size_t nlines;
} pf_file;

typedef struct pf_skip {
	char *ifname;
	bool neg;
	srcloc loc;
} pf_skip;

struct pf_ctx {
	diag_list *diags;
	ir_ruleset *rs;
	void *scanner;
	struct arena_block *arena;
	int nerrors;
	bool gave_up;
	bool quiet, quiet_failed; /* checking a table file's lines */
	bool allow_outside;       /* pf_opts.allow_include_outside */
	size_t max_input;         /* pf_opts.max_input, or FILEIO_MAX_SIZE */
	bool freebsd;             /* pf_opts.freebsd: FreeBSD's pfctl */
	bool rules_full;          /* PF_MAX_RULES reached: no more rules */
	pf_macro *macros;
	size_t nmacros, capmacros;
	pf_table *tables;
	size_t ntables, captables;
	pf_table *curtable;
	pf_file *files;
	size_t nfiles, capfiles;
	pf_tmpl cur;
	pf_list top;
	pf_anchor_frame *anchors;
	size_t nanchors, capanchors;
	size_t order;
	pf_loaded *loaded;
	size_t nloaded, caploaded;
	pf_skip *skips;
	size_t nskips, capskips;
	pf_queue *queues;
	size_t nqueues, capqueues;
	pf_queue curq;
	bool inq;
	unsigned qseen;         /* queue options given (pfctl parse.y queue_opt) */
	bool qfreebsd;          /* the queue has an ALTQ scheduler or children */
	srcloc qpercent;        /* a bandwidth in % (line 0: none) */
	bool altq;              /* an "altq on" statement: FreeBSD ALTQ queues */
	/* the rules of the statement being read, until its line end: a
	 * statement with a syntax error after them is taken back */
	bool pending;
	pf_list *ck_list;
	size_t ck_n, ck_nsource;
	bool block_return;      /* set block-policy return */
	bool state_defaults;    /* set state-defaults was given */
	bool noname;            /* an anchor rule with neither name nor body */
	srcloc noname_loc;
	size_t nsource;
};

void pf_list_add(struct pf_ctx *ctx, pf_list *l, pf_node *n);
pf_table *pf_table_find(struct pf_ctx *ctx, const char *name);
/* The text of lines [line, end_line] of file, without the last line end. */
const char *pf_source_text(struct pf_ctx *ctx, const char *file, int line, int end_line,
			   size_t *len);
/* One translation of a rule, for pf_nat_build() (pf_nat.c). */
typedef struct pf_natspec {
	bool dst;                 /* rewrites the destination (rdr-to, rdr, binat inbound) */
	const pf_xpool *pool;
	const pf_addr *field;     /* the rule's own condition on the address it rewrites */
	const pf_port *dport;     /* the rule's destination port (rdr-to's port mapping) */
	bool binat;               /* a binat half: ports are kept */
	bool poolmask;            /* FreeBSD binat: the pool's network bits, whatever its type */
	int af;                   /* the rule's family (0: either) */
	const char *ifname;       /* the rule's "on IF" when not negated, or NULL */
	const char *kind;         /* as written: "nat-to", "rdr", ... (static) */
} pf_natspec;

/* The ir_nat of s into *n.  False when its address is one the file does
 * not give (an interface other than the rule's, a group, a table filled at
 * run time): *n then takes every address of the family and why says what
 * (the rule is to be unresolved). */
bool pf_nat_build(struct pf_ctx *ctx, const pf_natspec *s, ir_nat *n, char *why, size_t len);

/* Build the IR from the tree of rules (pf_lower.c). */
void pf_lower(struct pf_ctx *ctx);
void pf_rule_reset(struct pf_ctx *ctx);
/* pfctl's pf_timeouts names (pfctl_parser.c): true when name is one; *state
 * says it may be used in a rule's state options (it has a '.') */
bool pf_timeout_name(const char *name, bool freebsd, bool *state);

#endif
