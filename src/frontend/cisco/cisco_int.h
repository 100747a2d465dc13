/* cisco_int.h - what src/frontend/cisco/cisco.c and src/frontend/cisco/cisco_lower.c share: the builder
 * context of one cisco_parse().  Not for the grammar (cisco_build.h). */
#ifndef FWLINT_CISCO_INT_H
#define FWLINT_CISCO_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "cisco_build.h"
#include "ir.h"

struct arena_block;

/* A string -> index map (open addressing; names live in the arena). */
typedef struct cisco_map {
	const char **key;
	size_t *val;
	size_t n, cap;
} cisco_map;

/* One ACL entry as read. */
typedef struct cisco_ace {
	srcloc loc;           /* the line */
	long seq;
	bool permit;
	bool remark;          /* ASA: a remark, which holds a line number too */
	cisco_elem *e;        /* NULL for a remark */
} cisco_ace;

typedef struct cisco_acl {
	char *name;
	srcloc loc;           /* its first line */
	enum cisco_acl_type type;
	bool defined;         /* false after "no access-list" until used again */
	cisco_ace *v;
	size_t n, cap;
	size_t nremarks;      /* ASA: the remarks are also in v (as placeholders) */
	ir_chain *chain;      /* while lowering */
	ir_chain *in_chain;   /* ASA with a global ACL: its inbound use (its
				 entries, then the global ACL) */
} cisco_acl;

typedef struct cisco_ogitem {
	const char *what;     /* "network-object", ... or NULL */
	cisco_elem *e;
	srcloc loc;
} cisco_ogitem;

/* The lowered value of a network object (-group): address ranges. */
typedef struct cisco_aset {
	ir_range *r;
	size_t n, cap;
	bool all;             /* every address (no condition) */
	const char *unres;    /* something that cannot be resolved (fqdn) */
	srcloc unres_loc;
} cisco_aset;

/* One service: protocols, and port ranges (none: every port; for ICMP the
 * destination ports are type * 256 + code). */
typedef struct cisco_svc {
	int plo, phi;
	ir_range *sp, *dp;
	size_t nsp, ndp;
	bool has_sp, has_dp;
	struct cisco_svc *next;
} cisco_svc;

typedef struct cisco_og {
	char *name;
	enum cisco_og_kind kind;
	char *proto;          /* "object-group service NAME tcp|udp|tcp-udp" */
	srcloc loc;
	cisco_ogitem *v;
	size_t n, cap;
	int mark;             /* 0 new, 1 being lowered, 2 lowered */
	bool bad;             /* lowering failed: already reported */
	cisco_aset addr;      /* network groups, lowered */
	cisco_svc *svc;       /* service, protocol, icmp groups, lowered */
	ir_range *ports;      /* port groups ("service NAME tcp"), lowered */
	size_t nports;
} cisco_og;

typedef struct cisco_inspect {
	char *name;
	bool out;
	srcloc loc;
} cisco_inspect;

typedef struct cisco_if {
	char *name, *nameif;
	srcloc loc, nameif_loc, level_loc;
	int block;
	int level;
	bool has_level;
	cisco_inspect insp[2];
	bool has_insp[2];
	/* "ip address A M" (IOS, ASA): its primary address, for NAT to the
	 * interface's address */
	bool has_addr;
	u128 addr;
	/* IOS "ip nat inside" / "ip nat outside" */
	bool nat_inside, nat_outside;
} cisco_if;

typedef struct cisco_bind {
	const char *ifname;   /* IOS interface name, ASA nameif */
	const char *acl;
	bool out;
	srcloc loc;
	const char *text;     /* as written, or made up for the topology's */
	bool inspected;       /* IOS: ip inspect on the same interface and direction */
	bool v6;              /* IOS "ipv6 traffic-filter": an IPv6 access list */
} cisco_bind;

/* One address of a nat command (ASA Command Reference, "nat (global)",
 * "nat (network object)"). */
enum cisco_nat_ak {
	CNA_NONE,      /* not written (no "destination") */
	CNA_ANY,       /* any */
	CNA_NAME,      /* an object or object-group (object NAT's real one: the object) */
	CNA_INLINE,    /* object NAT: an address written inline */
	CNA_INTERFACE, /* interface [ipv6]: the mapped interface's own address */
	CNA_PAT_POOL,  /* pat-pool NAME */
};

typedef struct cisco_nat_addr {
	enum cisco_nat_ak kind;
	const char *name;     /* CNA_NAME, CNA_INLINE, CNA_PAT_POOL */
	srcloc loc;
} cisco_nat_addr;

/* One ASA nat command as read: what a model of NAT needs, nothing more.
 * Twice NAT: nat [(REAL_IF,MAPPED_IF)] [LINE | after-auto [LINE]] source
 * static|dynamic SRC_REAL SRC_MAPPED [destination static DST_MAPPED
 * DST_REAL] [service SVC_REAL SVC_MAPPED] [OPTIONS]; object NAT, in
 * "object network OBJECT": nat [(REAL_IF,MAPPED_IF)] static|dynamic
 * SRC_MAPPED [service PROTO PORT_REAL PORT_MAPPED] [OPTIONS]. */
typedef struct cisco_nat {
	srcloc loc;
	const char *text;     /* the line as written */
	const char *object;   /* object NAT: its object network; NULL: twice NAT */
	const char *real_if, *mapped_if; /* nameifs; NULL: any */
	bool dynamic;         /* else static */
	bool after_auto;      /* twice NAT: section 3 */
	long line;            /* twice NAT: its position in its section; 0: last */
	bool unidirectional, inactive;
	bool pre83;           /* static/global/nat (IF) ID of ASA 8.2 and earlier */
	const char *pre83_ifs[2]; /* its interfaces: "(a,b)" or "(a)" */
	cisco_nat_addr src_real, src_mapped, dst_mapped, dst_real;
	const char *svc_real, *svc_mapped;   /* twice NAT: service objects */
	const char *svc_proto, *port_real, *port_mapped; /* object NAT */
} cisco_nat_rule;

/* One IOS "ip nat ..." line as read: its words after "ip nat"
 * (src/frontend/cisco/cisco_ipnat.c reads them when lowering). */
typedef struct cisco_ipnat {
	srcloc loc;
	const char *text;
	cisco_elem *e;
} cisco_ipnat;

struct cisco_ctx {
	ir_ruleset *rs;
	diag_list *diags;
	const char *file;
	const char *buf;
	size_t len;
	size_t *lines;        /* offset of each line's start, from line 1 */
	size_t nlines;
	bool asa;
	struct arena_block *arena;
	int nerrors;
	bool gave_up;

	cisco_acl *acl;
	size_t nacl, capacl;
	cisco_map aclmap;
	int acl_block;        /* the block of the current "ip access-list" */
	size_t cur_acl;
	long line_before;     /* ASA "line N" of the entry being added, or 0 */

	cisco_og *og;
	size_t nog, capog;
	cisco_map ogmap;
	int og_block;
	size_t cur_og;
	const char *ogstack[CISCO_MAX_GROUP_DEPTH + 2]; /* groups being lowered */
	int ogn;

	cisco_if *ifs;
	size_t nifs, capifs;
	int if_block;

	cisco_bind *bind;     /* from the file, in order */
	size_t nbind, capbind;
	const char *global;
	srcloc global_loc;
	cisco_map namemap;    /* ASA "name": name -> index in nameaddr */
	const char **nameaddr;
	size_t nnames, capnames;
	bool same_security;   /* same-security-traffic permit inter-interface */
	bool same_security_intra; /* ... intra-interface */
	cisco_nat_rule *nat;       /* in file order; an object's later nat replaces its earlier */
	size_t nnat, capnat;
	cisco_ipnat *ipnat;        /* IOS "ip nat ..." lines, in file order */
	size_t nipnat, capipnat;
	bool v6;              /* while lowering: the entry is of an IPv6 access list */
};

/* cisco.c */
size_t cisco_map_get(const cisco_map *m, const char *key); /* SIZE_MAX: none */
cisco_acl *cisco_acl_find(struct cisco_ctx *ctx, const char *name);
cisco_og *cisco_og_find(struct cisco_ctx *ctx, const char *name);
/* The text of the line at loc: blanks and CR trimmed. */
const char *cisco_line_text(const struct cisco_ctx *ctx, srcloc loc, size_t *len);
void cisco_warn(struct cisco_ctx *ctx, srcloc loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* The IPv4 address an ASA "name" stands for, or NULL. */
const char *cisco_name_addr(const struct cisco_ctx *ctx, const char *name);

/* cisco_addr.c: addresses, object-groups and services */
bool cisco_v4(const char *s, uint32_t *a);
void cisco_aset_add(struct cisco_ctx *ctx, cisco_aset *s, u128 lo, u128 hi);
/* The addresses of one address element of an entry or a group. netmask:
 * "A M" is a netmask (ASA, IOS object-groups), else a wildcard. */
bool cisco_addr_elem(struct cisco_ctx *ctx, const cisco_elem *e, bool netmask, cisco_aset *out,
		     int depth);
/* At an address position, ASA "NAME MASK" (a word, then an address): a
 * CE_MASK element in *tmp for the name's address (the name as written
 * when it is not defined: unresolved), else e. */
const cisco_elem *cisco_name_mask(const struct cisco_ctx *ctx, const cisco_elem *e,
				  cisco_elem *tmp);
cisco_og *cisco_og_lower(struct cisco_ctx *ctx, const char *name, srcloc ref, int depth);
/* Ports of "eq|neq|lt|gt|range" for protocol proto (6, 17, 0: both). */
bool cisco_port_elem(struct cisco_ctx *ctx, const cisco_elem *e, int proto, ir_range **r,
		     size_t *n);
bool cisco_icmp_value(struct cisco_ctx *ctx, const cisco_elem *e, const cisco_elem *code,
		      bool *used_code, ir_range *r);

/* cisco_nat.c: ASA nat into the chains "in" and "post" of table "nat" */
void cisco_nat_lower(struct cisco_ctx *ctx);

/* What a translation rule matches (NULL, 0: anything). */
typedef struct cisco_xmatch {
	const char *iif, *oif;
	const cisco_aset *src, *dst;
	int proto;
	bool has_sport, has_dport;
	unsigned sport, dport;
} cisco_xmatch;
/* The chain NAME of table "nat", a built-in chain of policy ACCEPT made
 * on first use (include/cisco.h). */
ir_chain *cisco_nat_chain(struct cisco_ctx *ctx, const char *name);
/* A rule at loc with text, matching m, appended to c: action a (IR_ACCEPT
 * or IR_CONTINUE with nat, IR_ACCEPT without: left untranslated,
 * IR_UNKNOWN), unresolved with `unres` when not NULL. */
ir_rule *cisco_nat_emit(ir_chain *c, srcloc loc, const char *text, const cisco_xmatch *m,
			const ir_nat *nat, enum ir_action a, const char *unres);
/* The interface of that name (IOS name, or ASA nameif), or NULL. */
cisco_if *cisco_if_named(struct cisco_ctx *ctx, const char *name);

/* cisco_ipnat.c: IOS ip nat into the chain "out" of table "nat" */
void cisco_ipnat_lower(struct cisco_ctx *ctx);

/* cisco_lower.c */
void cisco_lower(struct cisco_ctx *ctx, const cisco_binding *extra, size_t nextra);

#endif
