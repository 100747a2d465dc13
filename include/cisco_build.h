/* cisco_build.h - the builder that grammar/cisco.y and grammar/cisco.l call.
 *
 * Nothing outside grammar/cisco.[ly] and src/frontend/cisco/cisco*.c uses what follows.
 * The grammar hands over what it read: strings, locations, and the words of
 * an ACL entry or a service as a list of elements (cisco_elem).  Every value
 * check, every name lookup and the lowering live in src/frontend/cisco/cisco*.c.
 *
 * Blocks: the scanner decides which block an indented line belongs to (an
 * "ip access-list", an "object", an "object-group", an "interface") and
 * numbers the blocks; a sub-command carries its block's number and is
 * dropped by the builder when the block's header was not understood (its
 * error has been reported).
 *
 * Memory: every string and element lives in the builder's arena and is
 * freed with it, so the grammar never frees anything.
 */
#ifndef FWLINT_CISCO_BUILD_H
#define FWLINT_CISCO_BUILD_H

#include <stdbool.h>
#include <stddef.h>

#include "cisco.h"
#include "srcloc.h"

struct cisco_ctx;

/* One element of an ACL entry, a service or an object-group line. */
enum cisco_ek {
	CE_WORD,      /* a protocol, a port, an option, an ICMP name: a */
	CE_ANY, CE_ANY4, CE_ANY6,
	CE_HOST,      /* host a */
	CE_MASK,      /* a b: an IOS wildcard or an ASA netmask */
	CE_ADDR,      /* a alone (standard ACL, IOS: a host) */
	CE_PREFIX,    /* a/len */
	CE_OBJECT,    /* object a */
	CE_GROUP,     /* object-group a */
	CE_IFACE,     /* interface a (ASA) */
	CE_EQ, CE_NEQ, CE_LT, CE_GT, /* op a */
	CE_RANGE,     /* range a b */
};

typedef struct cisco_elem {
	enum cisco_ek kind;
	char *a, *b;
	srcloc loc;
	struct cisco_elem *next, *last; /* last: valid in the list's head */
} cisco_elem;

/* CACL_IPV6: an IOS "ipv6 access-list NAME" (IOS IPv6 Command Reference,
 * "ipv6 access-list"). */
enum cisco_acl_type { CACL_ANY, CACL_STANDARD, CACL_EXTENDED, CACL_IPV6 };

enum cisco_og_kind { COG_NETWORK, COG_SERVICE, COG_PROTOCOL, COG_ICMP, COG_OBJNET, COG_OBJSVC };

/* Arena */
char *cisco_strdup(struct cisco_ctx *ctx, const char *s, size_t n);
void *cisco_alloc(struct cisco_ctx *ctx, size_t n);

/* Errors: a parse-error at loc (at most CISCO_MAX_ERRORS). */
void cisco_error(struct cisco_ctx *ctx, srcloc loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* An unresolved warning for a filter the front end does not read. */
void cisco_warn_skipped(struct cisco_ctx *ctx, srcloc loc, const char *msg);
bool cisco_gave_up(const struct cisco_ctx *ctx);
bool cisco_is_asa(const struct cisco_ctx *ctx);

/* Elements */
cisco_elem *cisco_elem_new(struct cisco_ctx *ctx, enum cisco_ek kind, const char *a,
			   const char *b, srcloc loc);
cisco_elem *cisco_elem_cat(cisco_elem *list, cisco_elem *e);

/* ACLs.  seq < 0: none written.  A one-line "access-list NAME ..." names
 * its ACL; a line of an "ip access-list" block (block) the block's. */
void cisco_acl_begin(struct cisco_ctx *ctx, const char *name, enum cisco_acl_type t,
		     srcloc loc, int block);
void cisco_acl_entry(struct cisco_ctx *ctx, const char *name, enum cisco_acl_type t, int block,
		     long seq, srcloc seqloc, bool permit, cisco_elem *e, srcloc loc);
void cisco_acl_remark(struct cisco_ctx *ctx, const char *name, int block, srcloc loc);
/* ASA "access-list NAME line N ...": before the Nth entry. */
void cisco_acl_line(struct cisco_ctx *ctx, long line, srcloc loc);
void cisco_acl_no_seq(struct cisco_ctx *ctx, int block, long seq, srcloc loc);
/* The same, written "sequence N ..." (w: the word before N), as in an
 * IPv6 access list. */
void cisco_acl_seq_entry(struct cisco_ctx *ctx, int block, const char *w, long seq, srcloc seqloc,
			 bool permit, cisco_elem *e, srcloc loc);
void cisco_acl_seq_remark(struct cisco_ctx *ctx, int block, const char *w, srcloc wloc, srcloc loc);
void cisco_acl_seq_no(struct cisco_ctx *ctx, int block, const char *w, long seq, srcloc loc);
/* "no access-list N", "no ip access-list extended N", "clear configure
 * access-list N": the ACL is gone (its later lines make a new one). */
void cisco_acl_delete(struct cisco_ctx *ctx, const char *name, srcloc loc);
/* "no access-list NAME <entry>" (the line at loc): IOS deletes the whole
 * ACL; ASA the entry (or remark) written the same way. */
void cisco_acl_no_entry(struct cisco_ctx *ctx, const char *name, srcloc loc);

/* Objects and object-groups */
void cisco_og_begin(struct cisco_ctx *ctx, enum cisco_og_kind k, const char *name,
		    const char *proto, srcloc loc, int block);
/* NX-OS "object-group ip port|address NAME". */
void cisco_og_begin_nxos(struct cisco_ctx *ctx, const char *what, const char *name, srcloc loc,
			 int block);
/* One line of the block: what (a keyword such as "network-object", or
 * NULL for IOS's bare lines and ASA object lines) and its elements. */
void cisco_og_item(struct cisco_ctx *ctx, int block, const char *what, cisco_elem *e, srcloc loc);

/* Interfaces and bindings */
/* "interface Serial0/0.1 point-to-point", "interface Ethernet 1/1": the
 * words after the name (a number joins it, as the device writes it). */
void cisco_if_begin(struct cisco_ctx *ctx, const char *name, const cisco_elem *more, srcloc loc,
		    int block);
void cisco_if_acl(struct cisco_ctx *ctx, int block, const char *acl, bool out, srcloc loc);
/* "ipv6 traffic-filter NAME in|out": the IPv6 access list NAME filters the
 * interface's IPv6 packets, as "ip access-group" its IPv4 ones. */
void cisco_if_acl6(struct cisco_ctx *ctx, int block, const char *acl, bool out, srcloc loc);
void cisco_if_nameif(struct cisco_ctx *ctx, int block, const char *name, srcloc loc);
void cisco_if_level(struct cisco_ctx *ctx, int block, const char *level, srcloc loc);
void cisco_if_inspect(struct cisco_ctx *ctx, int block, const char *name, bool out, srcloc loc);
void cisco_access_group(struct cisco_ctx *ctx, const char *acl, bool out, const char *nif,
			srcloc loc);
/* "access-group NAME in interface NIF WORD": WORD must be control-plane
 * (traffic to the ASA itself: no binding for traffic through it). */
void cisco_access_group_cp(struct cisco_ctx *ctx, const char *word, srcloc loc);
void cisco_access_group_global(struct cisco_ctx *ctx, const char *acl, srcloc loc);
/* "same-security-traffic permit inter-interface" (intra: "intra-interface"). */
/* ASA "name ADDR NAME": kw is the command's first word ("name"). */
void cisco_name(struct cisco_ctx *ctx, const char *kw, const char *addr, const char *name,
		srcloc loc);
void cisco_same_security(struct cisco_ctx *ctx, bool intra, srcloc loc);

/* ASA "nat ..." (e: its words after "nat"; described: a "description
 * TEXT" ended the line): at the top, twice NAT; in_object, the object NAT
 * of the object network of block (src/frontend/cisco/cisco_nat.c). */
void cisco_nat(struct cisco_ctx *ctx, int block, bool in_object, cisco_elem *e, bool described,
	       srcloc loc);

/* ASA "static (...) ...", "global (...) ...": the NAT of ASA 8.2 and
 * earlier (the line at loc), modelled as unresolved. */
void cisco_nat_pre83(struct cisco_ctx *ctx, srcloc loc);
/* IOS "ip nat WORDS" at the top (src/frontend/cisco/cisco_ipnat.c). */
void cisco_ip_nat(struct cisco_ctx *ctx, cisco_elem *e, srcloc loc);
/* "ip WORD WORDS" in an interface: "ip address A M", "ip nat inside". */
void cisco_if_ip(struct cisco_ctx *ctx, int block, const char *what, cisco_elem *e, srcloc loc);

/* The scanner's entry point (grammar/cisco.l). */
void cisco_scan_and_parse(struct cisco_ctx *ctx, const char *file, const char *buf, size_t len);

#endif
