/* pf_build.h - the builder that grammar/pf.y and grammar/pf.l call.
 *
 * Nothing outside grammar/pf.[ly] and src/frontend/pf/pf*.c uses what follows.  The
 * grammar hands over what it read (strings, numbers, locations, lists made
 * of the nodes below); every value check, every lookup and the expansion
 * live in src/frontend/pf/pf*.c.
 *
 * Memory: every string and list node of the scanner and the parser lives in
 * the builder's arena (pf_strdup, pf_alloc) and is freed with the builder
 * when the parse ends, so the grammar never frees anything, not even in
 * error recovery.
 */
#ifndef FWLINT_PF_BUILD_H
#define FWLINT_PF_BUILD_H

#include <stdbool.h>
#include <stddef.h>

#include "pf.h"
#include "srcloc.h"

struct pf_ctx;

/* One host of a list ("! 10/8", "<t>", "(em0)"), as parsed by pf_host_*. */
typedef struct pf_hnode {
	pf_addr a;
	bool bad;             /* could not be parsed: already reported */
	bool routehost;       /* "(IF addr)": route-to only */
	bool weighted;        /* "ADDR weight N": tables and pools only */
	struct pf_hnode *next;
	struct pf_hnode *last; /* on a list's head: a node at or before its end */
} pf_hnode;

/* One port (or uid/gid) item of a list. */
typedef struct pf_pnode {
	pf_port p;
	bool bad;
	bool star;            /* "N:*": only rdr-to's port may say that */
	bool unknown;         /* user or group "unknown" */
	struct pf_pnode *next;
	struct pf_pnode *last; /* on a list's head: a node at or before its end */
} pf_pnode;

/* A word or a number as written: interface names, protocols, icmp types,
 * queue names, option names. */
typedef struct pf_item {
	char *s;              /* NULL for a number */
	long long n;
	bool neg;             /* "! em0" */
	char *s2;             /* a second word: icmp "code X", rdomain */
	long long n2;
	bool has_num;         /* "NAME NUMBER" of set timeout/limit: n is the
				 number that goes with the word s */
	bool has_code;        /* icmp "TYPE code CODE": the code is s2 (a name)
				 or n2 (a number) */
	bool dynif;           /* antispoof "(IF)": the interface's addresses
				 as they change (PF_ADDR_DYNIF) */
	srcloc loc;
	struct pf_item *next;
	struct pf_item *last; /* on a list's head: a node at or before its end */
} pf_item;

/* Arena */
char *pf_strdup(struct pf_ctx *ctx, const char *s, size_t n);
void *pf_alloc(struct pf_ctx *ctx, size_t n);

/* Errors: a parse-error at loc (at most PF_MAX_ERRORS, then one "too many
 * errors" line).  pf_error marks the current statement failed. */
void pf_error(struct pf_ctx *ctx, srcloc loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
bool pf_gave_up(const struct pf_ctx *ctx);

/* The scanner's services. */
const char *pf_macro_get(struct pf_ctx *ctx, const char *name);
/* The name of a file, kept as long as the ruleset (for srcloc.file). */
const char *pf_file_name(struct pf_ctx *ctx, const char *name);
void pf_file_text(struct pf_ctx *ctx, const char *file, const char *buf, size_t len);

/* Lists */
pf_item *pf_item_str(struct pf_ctx *ctx, const char *s, srcloc loc);
pf_item *pf_item_num(struct pf_ctx *ctx, long long n, srcloc loc);
pf_item *pf_item_neg(pf_item *i, srcloc loc);
pf_item *pf_item_cat(pf_item *a, pf_item *b);
pf_hnode *pf_host_cat(pf_hnode *a, pf_hnode *b);
/* The items of an address list joined (a may be NULL: b is the first).  An
 * item "any" makes the whole list any (OpenBSD parse.y host_list), or is
 * dropped from it (FreeBSD's, -I pf-freebsd). */
pf_hnode *pf_host_list_cat(struct pf_ctx *ctx, pf_hnode *a, pf_hnode *b);
pf_pnode *pf_port_cat(pf_pnode *a, pf_pnode *b);

/* Hosts */
pf_hnode *pf_host_str(struct pf_ctx *ctx, const char *s, srcloc loc);
pf_hnode *pf_host_mask(struct pf_ctx *ctx, const char *s, long long bits, srcloc loc);
pf_hnode *pf_host_range(struct pf_ctx *ctx, const char *a, const char *b, srcloc loc);
pf_hnode *pf_host_table(struct pf_ctx *ctx, const char *name, srcloc loc);
pf_hnode *pf_host_dyn(struct pf_ctx *ctx, const char *name, long long bits, srcloc loc);
pf_hnode *pf_host_kind(struct pf_ctx *ctx, enum pf_addr_kind k, srcloc loc);
pf_hnode *pf_host_neg(pf_hnode *h, srcloc loc);
/* "weight N" after the last host of list (tables and pools) */
pf_hnode *pf_host_weight(struct pf_ctx *ctx, pf_hnode *list, long long n, srcloc loc);
/* "(em0 10.0.0.1)" of route-to: valid in routing pools only */
pf_hnode *pf_host_route(struct pf_ctx *ctx, const char *ifname, pf_hnode *h, srcloc loc);

/* Ports, uids, gids: op is PF_OP_*; a and b as written (a name or a number). */
pf_pnode *pf_port_item(struct pf_ctx *ctx, int op, const pf_item *a, const pf_item *b, srcloc loc);
pf_pnode *pf_id_item(struct pf_ctx *ctx, int op, const pf_item *a, const pf_item *b, srcloc loc);

/* Statements */
void pf_macro_set(struct pf_ctx *ctx, const char *name, const pf_item *words, srcloc loc);
/* "nat = ...": a macro in OpenBSD's pfctl, where nat, rdr, binat, their
 * anchors and altq are no keywords; a syntax error in FreeBSD's. */
void pf_keyword_macro(struct pf_ctx *ctx, const char *name, const pf_item *words, srcloc loc);
void pf_include(struct pf_ctx *ctx, const char *path, srcloc loc);
void pf_table_begin(struct pf_ctx *ctx, const char *name, srcloc loc);
void pf_table_opt(struct pf_ctx *ctx, const char *opt, srcloc loc);
void pf_table_file(struct pf_ctx *ctx, const char *path, srcloc loc);
void pf_table_hosts(struct pf_ctx *ctx, pf_hnode *h);
void pf_table_end(struct pf_ctx *ctx, srcloc loc);
void pf_set_option(struct pf_ctx *ctx, const char *opt, const pf_item *args, srcloc loc);
void pf_set_skip(struct pf_ctx *ctx, pf_item *ifs, srcloc loc);
void pf_queue_begin(struct pf_ctx *ctx, const char *name, srcloc loc);
void pf_queue_opt(struct pf_ctx *ctx, const char *opt, const pf_item *args, srcloc loc);
void pf_queue_end(struct pf_ctx *ctx, srcloc loc);
void pf_load_anchor(struct pf_ctx *ctx, const char *name, const char *file, srcloc loc);
/* The scanner has read the whole of an included or loaded file. */
void pf_file_end(struct pf_ctx *ctx, const char *file);
/* A statement's line end, or a syntax error in it (its rules are dropped). */
void pf_stmt_end(struct pf_ctx *ctx);
void pf_stmt_abort(struct pf_ctx *ctx);
/* A statement only FreeBSD's pfctl has (a line starting with scrub, nat,
 * rdr, binat, "no" one of these, nat-anchor, rdr-anchor, binat-anchor or
 * "altq on"): true in the FreeBSD dialect; else a syntax error, as OpenBSD's
 * pfctl says, naming the dialect that reads it, and false (the grammar then
 * drops the line). */
bool pf_freebsd_stmt(struct pf_ctx *ctx, const char *what, srcloc loc);

/* Rules: pf_rule_begin, options in any order, pf_rule_end. */
void pf_rule_begin(struct pf_ctx *ctx, enum pf_action a, srcloc loc);
void pf_rule_block(struct pf_ctx *ctx, enum pf_block_kind k, const pf_item *codes, srcloc loc);
void pf_rule_dir(struct pf_ctx *ctx, enum pf_dir d);
/* FreeBSD "rdr pass", "nat pass", "binat pass": the translated packets
 * pass without the filter rules */
void pf_rule_xlate_pass(struct pf_ctx *ctx);
void pf_rule_log(struct pf_ctx *ctx, srcloc loc);
void pf_rule_quick(struct pf_ctx *ctx, srcloc loc);
void pf_rule_on(struct pf_ctx *ctx, pf_item *ifs);
void pf_rule_af(struct pf_ctx *ctx, int af, srcloc loc);
void pf_rule_proto(struct pf_ctx *ctx, pf_item *protos);
void pf_rule_from(struct pf_ctx *ctx, pf_hnode *h, pf_pnode *p);
void pf_rule_to(struct pf_ctx *ctx, pf_hnode *h, pf_pnode *p);
void pf_rule_ids(struct pf_ctx *ctx, bool gid, pf_pnode *ids);
void pf_rule_flags(struct pf_ctx *ctx, const char *f, const char *mask, bool any, srcloc loc);
void pf_rule_icmp(struct pf_ctx *ctx, int af, pf_item *types);
void pf_rule_state(struct pf_ctx *ctx, enum pf_state_kind k, srcloc loc);
/* "keep state (...)" options and every other single option: a name and its
 * arguments as written. */
void pf_rule_opt(struct pf_ctx *ctx, const char *opt, const pf_item *args, srcloc loc);
void pf_rule_xlate(struct pf_ctx *ctx, enum pf_xlate x, pf_hnode *pool, pf_pnode *port, srcloc loc);
void pf_rule_afto(struct pf_ctx *ctx, int af, pf_hnode *from, const pf_hnode *to, srcloc loc);
void pf_rule_route(struct pf_ctx *ctx, enum pf_route r, pf_hnode *pool, srcloc loc);
void pf_rule_divert(struct pf_ctx *ctx, const char *kind, pf_hnode *h, pf_pnode *port, srcloc loc);
void pf_rule_anchor_name(struct pf_ctx *ctx, const char *name, srcloc loc);
/* FreeBSD "-> pool [port p]" of nat, rdr and binat */
void pf_rule_arrow(struct pf_ctx *ctx, pf_hnode *pool, pf_pnode *port, srcloc loc);
void pf_rule_antispoof(struct pf_ctx *ctx, pf_item *ifs);
void pf_rule_end(struct pf_ctx *ctx, srcloc loc);
/* Inline anchors: after the header, before the inner rules; at '}'. */
void pf_anchor_open(struct pf_ctx *ctx, srcloc loc);
void pf_anchor_close(struct pf_ctx *ctx, srcloc loc);

/* Names (src/frontend/pf/pf_addr.c): -1 when unknown */
int pf_service_lookup(const char *s);
int pf_proto_lookup(const char *s);
int pf_icmp_type_lookup(int af, const char *s);
int pf_icmp_code_lookup(int af, const char *s);

/* Scanner entry (grammar/pf.l) */
void pf_scan_and_parse(struct pf_ctx *ctx, const char *file, const char *buf, size_t len);
/* The scanner that pf_include pushes files onto (NULL when done). */
void pf_set_scanner(struct pf_ctx *ctx, void *scanner);
/* Push an included file's text; the scanner copies buf. */
bool pf_scan_push_file(void *scanner, const char *file, const char *buf, size_t len);
int pf_scan_include_depth(void *scanner);
/* The '{' still open: forget all but the first n (a statement ended, only
 * the bodies of the n anchors around it are open); the innermost one, if
 * more than `above` are open (a list, not an anchor's body). */
void pf_scan_braces_keep(void *scanner, size_t n);
bool pf_scan_open_brace(void *scanner, size_t above, srcloc *loc);
/* The last word or symbol scanned before the current token ("" at first). */
const char *pf_scan_last_word(void *scanner);
/* Did the last '}' close nothing? */
bool pf_scan_stray_close(void *scanner);
/* "rdomain" for the token name RDOMAIN; NULL when it names no keyword. */
const char *pf_keyword_spelling(const char *token);
/* The scanner's keyword table (sorted for bsearch: a unit test checks). */
size_t pf_keyword_count(void);
const char *pf_keyword_at(size_t i);
/* How many inline anchor bodies are open. */
size_t pf_anchor_depth(const struct pf_ctx *ctx);
/* The chain of files being included, "a -> b -> c", for messages. */
bool pf_scan_in_chain(void *scanner, const char *file);
void pf_scan_chain(void *scanner, char *buf, size_t n);

#endif
