/* cisco_nat.c - ASA nat commands: read into a cisco_nat record, and
 * lowered into the chains "in" and "post" of table "nat".
 *
 * The commands (ASA Command Reference, "nat (global)" for twice NAT and
 * "nat (network object)" for object NAT; see cisco_int.h, cisco_nat_rule):
 *
 *   nat [(REAL_IF,MAPPED_IF)] [LINE | after-auto [LINE]] source
 *       static|dynamic REAL MAPPED [destination static MAPPED REAL]
 *       [service REAL_SVC MAPPED_SVC] [dns] [unidirectional] [no-proxy-arp]
 *       [route-lookup] [net-to-net] [inactive] [description TEXT]
 *   object network OBJ
 *    nat [(REAL_IF,MAPPED_IF)] static|dynamic MAPPED [net-to-net] [dns]
 *       [service tcp|udp|sctp REAL_PORT MAPPED_PORT] [no-proxy-arp]
 *       [route-lookup]
 *
 * REAL and MAPPED are "any", an object or object-group; MAPPED may be
 * "interface [ipv6]" (the mapped interface's address: its "ip address"
 * when the file gives it), "pat-pool NAME" (dynamic), or in object NAT an
 * address written inline.  "If you do not specify the real and mapped
 * interfaces, all interfaces are used"; "The destination mapping is
 * always a static mapping"; the service of object NAT is for static NAT
 * only; an object holds one NAT rule, a second replaces it.
 *
 * The model (ASA Configuration Guide 8.3 and later, "Information About
 * NAT", "NAT Rule Order", "NAT and access rules"):
 *   - since 8.3 access rules name real (untranslated) addresses: the
 *     destination translation, mapped to real, happens before them (chain
 *     "in"), the source translation, real to mapped, after every one of
 *     them (chain "post");
 *   - the NAT table has three sections, each first match: section 1,
 *     twice NAT in the order of the configuration ("nat ... LINE" inserts
 *     at that line); section 2, object NAT, static rules then dynamic
 *     ones, each by the number of real addresses (fewest first), then by
 *     the lowest real address, then by the object's name; section 3,
 *     after-auto twice NAT in order.  The rules keep that order in "in"
 *     and in "post";
 *   - static NAT is bidirectional: real to mapped for what the real
 *     interface sends to the mapped one ("post": IIF REAL_IF, OIF
 *     MAPPED_IF, SRC REAL), mapped to real for what enters the mapped
 *     interface to the mapped address ("in": IIF MAPPED_IF, DST MAPPED),
 *     unless unidirectional; dynamic NAT and PAT translate only what the
 *     real side starts ("Dynamic NAT": "only the real host can initiate a
 *     connection");
 *   - one real and one mapped address set: each of a range maps one to
 *     one onto the other when they have the same size (XL_MAP), all go to
 *     one mapped address (XL_SET); dynamic NAT picks one of the pool
 *     (XL_SET over it: fwlint takes every one as possible) and keeps the
 *     port; PAT (dynamic to one address, to an interface, to a pat-pool)
 *     picks the source port too; "interface" whose address the file does
 *     not give is the egress interface's address in "post";
 *   - identity NAT (real and mapped the same) is a rule that leaves the
 *     packet untranslated: it matches first and keeps the later rules
 *     (an object's PAT) from translating it;
 *   - twice NAT with a destination: the destination part in "in", from
 *     the real source on the real interface to the destination's mapped
 *     address; the source part in "post" from the real source to the
 *     destination's real address.  That last step cannot tell a packet
 *     sent to the destination's real address from one sent to its mapped
 *     address: unless the destination maps to itself, the source part is
 *     unresolved, with that reason;
 *   - not modelled, unresolved with the reason: twice NAT's service
 *     translation, mapped and real sets of different sizes (static),
 *     mapped sets that are not one range, fqdn objects, IPv6 mapped
 *     addresses, an interface address the file does not give where the
 *     address is matched; the pre-8.3 "static", "global" and "nat (IF)
 *     ID" (ASA 8.3 and later refuse them, and before 8.3 access rules
 *     named mapped addresses): "pre-8.3 static/global NAT" rules in "in",
 *     IR_UNKNOWN, for what enters (static, nat) or leaves (global) the
 *     interfaces they name.
 * An inactive nat is not there.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cisco_int.h"
#include "cisco_names.h"
#include "xalloc.h"

static bool is(const cisco_elem *e, const char *w)
{
	return e && e->kind == CE_WORD && strcasecmp(e->a, w) == 0;
}

/* An address of the command at e: advances *pe past it. */
static bool nat_addr(struct cisco_ctx *ctx, cisco_elem **pe, bool mapped, bool inline_ok,
		     cisco_nat_addr *out, const char *what, srcloc loc)
{
	cisco_elem *e = *pe;
	if (!e) {
		cisco_error(ctx, loc, "incomplete command: the %s address is missing", what);
		return false;
	}
	out->loc = e->loc;
	out->name = e->a;
	if (e->kind == CE_ADDR || e->kind == CE_PREFIX) {
		if (!inline_ok) {
			cisco_error(ctx, e->loc, "'%s': twice NAT names its addresses by object or object-group, not inline",
				    e->a);
			return false;
		}
		out->kind = CNA_INLINE;
	} else if (is(e, "any")) {
		out->kind = CNA_ANY;
	} else if (mapped && is(e, "interface")) {
		out->kind = CNA_INTERFACE;
		out->name = NULL;
		if (is(e->next, "ipv6"))
			e = e->next;
	} else if (mapped && is(e, "pat-pool")) {
		if (!e->next || e->next->kind != CE_WORD) {
			cisco_error(ctx, e->loc, "incomplete command: pat-pool needs an object");
			return false;
		}
		e = e->next;
		out->kind = CNA_PAT_POOL;
		out->name = e->a;
	} else if (inline_ok && strchr(e->a, ':')) {
		out->kind = CNA_INLINE; /* an IPv6 address */
	} else {
		out->kind = CNA_NAME;
	}
	*pe = e->next;
	return true;
}

/* "(REAL,MAPPED)": false when e is not one. */
static bool nat_ifs(struct cisco_ctx *ctx, const cisco_elem *e, cisco_nat_rule *n, bool *old)
{
	const char *s = e->a;
	size_t l = strlen(s);
	*old = false;
	if (l < 2 || s[0] != '(' || s[l - 1] != ')')
		return false;
	const char *comma = strchr(s, ',');
	if (!comma) {
		*old = true; /* "nat (inside) 1 ...": pre-8.3 */
		return true;
	}
	if (comma == s + 1 || comma == s + l - 2 || strchr(comma + 1, ',')) {
		cisco_error(ctx, e->loc, "'%s': expected (real_ifc,mapped_ifc)", s);
		return false;
	}
	char *r = cisco_strdup(ctx, s + 1, (size_t)(comma - s - 1));
	char *m = cisco_strdup(ctx, comma + 1, (size_t)(s + l - 1 - comma - 1));
	n->real_if = strcasecmp(r, "any") == 0 ? NULL : r;
	n->mapped_if = strcasecmp(m, "any") == 0 ? NULL : m;
	return true;
}

static bool number(const char *s)
{
	return *s && strspn(s, "0123456789") == strlen(s);
}

void cisco_nat(struct cisco_ctx *ctx, int block, bool in_object, cisco_elem *e, bool described,
	       srcloc loc)
{
	(void)described;
	if (!ctx->asa)
		return; /* IOS NAT is "ip nat ...": never here */
	cisco_nat_rule n;
	memset(&n, 0, sizeof n);
	n.loc = loc;
	size_t tl;
	const char *t = cisco_line_text(ctx, loc, &tl);
	n.text = cisco_strdup(ctx, t, tl);
	if (in_object) {
		if (block != ctx->og_block || ctx->og_block == 0)
			return; /* the object's header was refused */
		const cisco_og *g = &ctx->og[ctx->cur_og];
		if (g->kind != COG_OBJNET) {
			cisco_error(ctx, loc, "nat is a command of an object network, not of object service %s",
				    g->name);
			return;
		}
		n.object = g->name;
	}
	bool old = false;
	if (e && e->kind == CE_WORD && nat_ifs(ctx, e, &n, &old)) {
		if (old) {
			cisco_nat_pre83(ctx, loc);
			return;
		}
		e = e->next;
	} else if (e && e->kind == CE_WORD && e->a[0] == '(') {
		if (e->a[strlen(e->a) - 1] != ')') /* "(inside, outside)" */
			cisco_error(ctx, e->loc, "'%s': expected (real_ifc,mapped_ifc) as one word", e->a);
		return; /* else reported */
	}
	if (!in_object) {
		if (e && e->kind == CE_WORD && number(e->a)) {
			n.line = strtol(e->a, NULL, 10);
			e = e->next;
		} else if (is(e, "after-auto")) {
			n.after_auto = true;
			e = e->next;
			if (e && e->kind == CE_WORD && number(e->a)) {
				n.line = strtol(e->a, NULL, 10);
				e = e->next;
			}
		}
		if (!is(e, "source")) {
			cisco_error(ctx, e ? e->loc : loc, "%s: expected source (a nat outside an object network is twice NAT)",
				    e ? "unexpected word" : "incomplete command");
			return;
		}
		e = e->next;
	} else if (is(e, "source")) {
		cisco_error(ctx, e->loc, "unexpected 'source': the nat of an object network translates the object itself");
		return;
	}
	if (is(e, "static") || is(e, "dynamic")) {
		n.dynamic = is(e, "dynamic");
		e = e->next;
	} else {
		cisco_error(ctx, e ? e->loc : loc, "%s: expected static or dynamic",
			    e ? "unexpected word" : "incomplete command");
		return;
	}
	if (in_object) {
		n.src_real = (cisco_nat_addr){ CNA_NAME, n.object, loc };
	} else if (!nat_addr(ctx, &e, false, false, &n.src_real, "real", loc)) {
		return;
	}
	if (!nat_addr(ctx, &e, true, in_object, &n.src_mapped, "mapped", loc))
		return;
	if (n.src_mapped.kind == CNA_PAT_POOL && !n.dynamic) {
		cisco_error(ctx, n.src_mapped.loc, "pat-pool is for dynamic NAT only");
		return;
	}
	while (e) {
		if (!in_object && is(e, "destination")) {
			e = e->next;
			if (!is(e, "static")) {
				cisco_error(ctx, e ? e->loc : loc,
					    "the destination mapping is always static: expected destination static");
				return;
			}
			e = e->next;
			if (!nat_addr(ctx, &e, true, false, &n.dst_mapped, "destination mapped", loc) ||
			    !nat_addr(ctx, &e, false, false, &n.dst_real, "destination real", loc))
				return;
			continue;
		}
		if (is(e, "service")) {
			if (in_object && n.dynamic) {
				cisco_error(ctx, e->loc, "service is only available with static NAT");
				return;
			}
			cisco_elem *a = e->next, *b = a ? a->next : NULL, *c = b ? b->next : NULL;
			if (in_object) {
				if (!a || !(is(a, "tcp") || is(a, "udp") || is(a, "sctp")) || !b || !c) {
					cisco_error(ctx, e->loc, "incomplete command: expected service tcp|udp|sctp REAL_PORT MAPPED_PORT");
					return;
				}
				n.svc_proto = a->a;
				n.port_real = b->a;
				n.port_mapped = c->a;
				e = c->next;
			} else {
				if (!a || !b) {
					cisco_error(ctx, e->loc, "incomplete command: expected service REAL_SERVICE MAPPED_SERVICE");
					return;
				}
				n.svc_real = a->a;
				n.svc_mapped = b->a;
				e = b->next;
			}
			continue;
		}
		if (n.dynamic && is(e, "interface") && n.src_mapped.kind != CNA_INTERFACE) {
			/* PAT to the interface's address when the pool is spent */
			e = e->next;
			if (is(e, "ipv6"))
				e = e->next;
			continue;
		}
		static const char *const opts[] = { "dns", "unidirectional", "no-proxy-arp", "route-lookup",
						     "net-to-net", "inactive", "round-robin", "extended",
						     "flat", "include-reserve", "block-allocation", NULL };
		bool ok = false;
		for (int i = 0; opts[i] && !ok; i++)
			ok = is(e, opts[i]);
		if (!ok) {
			cisco_error(ctx, e->loc, "unexpected '%s' in nat", e->a);
			return;
		}
		if (is(e, "unidirectional"))
			n.unidirectional = true;
		if (is(e, "inactive"))
			n.inactive = true;
		e = e->next;
	}
	/* "You can only define a single NAT rule for a given object": the
	 * last one stays */
	if (n.object)
		for (size_t i = 0; i < ctx->nnat; i++)
			if (ctx->nat[i].object && strcmp(ctx->nat[i].object, n.object) == 0) {
				memmove(ctx->nat + i, ctx->nat + i + 1, (ctx->nnat - i - 1) * sizeof *ctx->nat);
				ctx->nnat--;
				break;
			}
	ctx->nat = xgrow(ctx->nat, &ctx->capnat, ctx->nnat + 1, sizeof *ctx->nat);
	ctx->nat[ctx->nnat++] = n;
}


/* "static (inside,outside) ...", "global (outside) 1 ...", "nat (inside) 1
 * ...": the NAT of ASA 8.2 and earlier.  ASA 8.3 and later refuse these
 * commands, and before 8.3 access lists named mapped addresses (ASA
 * Configuration Guide 8.3, "NAT and access rules": "access rules use the
 * real IP address ... in 8.2 and earlier, the mapped address").  fwlint
 * does not model them: what enters (static, nat) or leaves (global) the
 * interfaces they name is unresolved. */
void cisco_nat_pre83(struct cisco_ctx *ctx, srcloc loc)
{
	cisco_nat_rule n;
	memset(&n, 0, sizeof n);
	n.loc = loc;
	size_t tl;
	const char *t = cisco_line_text(ctx, loc, &tl);
	n.text = cisco_strdup(ctx, t, tl);
	n.pre83 = true;
	const char *open = strchr(n.text, '('), *close = open ? strchr(open, ')') : NULL;
	if (open && close) {
		const char *comma = memchr(open, ',', (size_t)(close - open));
		const char *end1 = comma ? comma : close;
		if (end1 > open + 1)
			n.pre83_ifs[0] = cisco_strdup(ctx, open + 1, (size_t)(end1 - open - 1));
		if (comma && close > comma + 1)
			n.pre83_ifs[1] = cisco_strdup(ctx, comma + 1, (size_t)(close - comma - 1));
	}
	/* "global (outside)": packets leaving by it */
	n.dynamic = strncasecmp(n.text, "global", 6) == 0;
	ctx->nat = xgrow(ctx->nat, &ctx->capnat, ctx->nnat + 1, sizeof *ctx->nat);
	ctx->nat[ctx->nnat++] = n;
}

/* ------------------------------------------------------------ lowering */

ir_chain *cisco_nat_chain(struct cisco_ctx *ctx, const char *name)
{
	srcloc top = { ctx->file, 1, 1, 1, 1 };
	ir_table *t = ir_table_get(ctx->rs, "nat", top);
	ir_chain *c = ir_chain_find(t, name);
	if (!c) {
		c = ir_chain_new(t, name, true, top);
		ir_chain_policy(c, IR_ACCEPT, SRCLOC_NONE);
	}
	return c;
}

static void add_set(ir_rule *r, enum ir_field f, const cisco_aset *s, srcloc loc)
{
	ir_cond *c = ir_rule_cond(r, f, false, loc);
	for (size_t i = 0; i < s->n; i++)
		ir_cond_range(c, s->r[i].lo, s->r[i].hi);
}

ir_rule *cisco_nat_emit(ir_chain *c, srcloc loc, const char *text, const cisco_xmatch *m,
			const ir_nat *nat, enum ir_action a, const char *unres)
{
	ir_rule *r = ir_rule_new(loc, text, strlen(text));
	if (m->iif)
		ir_cond_ifname(ir_rule_cond(r, IR_IIF, false, loc), m->iif);
	if (m->oif)
		ir_cond_ifname(ir_rule_cond(r, IR_OIF, false, loc), m->oif);
	if (m->src)
		add_set(r, IR_SRC, m->src, loc);
	if (m->dst)
		add_set(r, IR_DST, m->dst, loc);
	if (m->proto > 0)
		ir_cond_range(ir_rule_cond(r, IR_PROTO, false, loc), (u128)m->proto, (u128)m->proto);
	if (m->has_sport)
		ir_cond_range(ir_rule_cond(r, IR_SPORT, false, loc), m->sport, m->sport);
	if (m->has_dport)
		ir_cond_range(ir_rule_cond(r, IR_DPORT, false, loc), m->dport, m->dport);
	if (unres)
		ir_rule_unresolved(r, loc, unres);
	if (nat)
		ir_rule_nat(r, nat);
	ir_rule_action(r, a, "nat", loc);
	ir_chain_append(c, r);
	return r;
}

/* The addresses of a, as far as fwlint knows them: *open when the
 * address is any (no condition); *why when it cannot be known (an fqdn
 * object, an interface without an address). */
typedef struct xset {
	cisco_aset s;
	bool open;          /* any, or not known */
	const char *why;    /* not known: why */
	bool iface;         /* the mapped interface's own address */
} xset;

static bool nat_xset(struct cisco_ctx *ctx, const cisco_nat_addr *a, const char *mif, xset *out)
{
	memset(out, 0, sizeof *out);
	switch (a->kind) {
	case CNA_NONE:
	case CNA_ANY:
		out->open = true;
		return true;
	case CNA_INTERFACE: {
		out->iface = true;
		const cisco_if *f = mif ? cisco_if_named(ctx, mif) : NULL;
		if (f && f->has_addr) {
			cisco_aset_add(ctx, &out->s, f->addr, f->addr);
			return true;
		}
		out->open = true;
		out->why = "the address of the mapped interface, which the file does not give";
		return true;
	}
	case CNA_INLINE: {
		uint32_t v;
		if (!cisco_v4(a->name, &v)) {
			out->open = true;
			out->why = "an IPv6 mapped address";
			return true;
		}
		cisco_aset_add(ctx, &out->s, addr_v4(v), addr_v4(v));
		return true;
	}
	case CNA_NAME:
	case CNA_PAT_POOL: {
		cisco_og *g = cisco_og_lower(ctx, a->name, a->loc, 0);
		if (!g)
			return false;
		if (g->kind != COG_NETWORK && g->kind != COG_OBJNET) {
			cisco_error(ctx, a->loc, "'%s' is not a network object or object-group", a->name);
			return false;
		}
		out->s = g->addr;
		out->open = g->addr.all || g->addr.unres;
		if (g->addr.unres) {
			char buf[300];
			int l = snprintf(buf, sizeof buf, "the addresses of %s (%s), which fwlint cannot resolve",
					 a->name, g->addr.unres);
			out->why = cisco_strdup(ctx, buf, l < 0 ? 0 : (size_t)l < sizeof buf ? (size_t)l : sizeof buf - 1);
		}
		return true;
	}
	}
	return false;
}

/* The nameif as the interfaces spell it (nameif is not case-sensitive). */
static const char *nameif(struct cisco_ctx *ctx, const char *nif, srcloc loc, bool *bad)
{
	bool any = false;
	for (size_t i = 0; i < ctx->nifs; i++) {
		if (!ctx->ifs[i].nameif)
			continue;
		any = true;
		if (strcasecmp(ctx->ifs[i].nameif, nif) == 0)
			return ctx->ifs[i].nameif;
	}
	if (any) {
		cisco_error(ctx, loc, "nat: no interface has nameif %s", nif);
		*bad = true;
	}
	return nif; /* a bare file: as written */
}

static int range_cmp(const void *a, const void *b)
{
	const ir_range *x = a, *y = b;
	return x->lo < y->lo ? -1 : x->lo > y->lo;
}

/* The ranges of s sorted and merged, in r (room for s->n). */
static size_t normal(const cisco_aset *s, ir_range *r)
{
	if (!s->n)
		return 0;
	memcpy(r, s->r, s->n * sizeof *r);
	qsort(r, s->n, sizeof *r, range_cmp);
	size_t m = 1;
	for (size_t i = 1; i < s->n; i++) {
		if (r[i].lo <= r[m - 1].hi + 1) {
			if (r[i].hi > r[m - 1].hi)
				r[m - 1].hi = r[i].hi;
		} else {
			r[m++] = r[i];
		}
	}
	return m;
}

/* One contiguous range: *r. */
static bool one_range(const xset *x, ir_range *r)
{
	if (x->open || !x->s.n)
		return false;
	ir_range *v = xmalloc(x->s.n * sizeof *v);
	size_t m = normal(&x->s, v);
	*r = v[0];
	free(v);
	return m == 1;
}

static bool same_xset(const xset *a, const xset *b)
{
	if (a->open || b->open)
		return a->open && b->open && !a->why && !b->why;
	ir_range *u = xmalloc(a->s.n * sizeof *u), *v = xmalloc(b->s.n * sizeof *v);
	size_t m = normal(&a->s, u), k = normal(&b->s, v);
	bool same = m == k;
	for (size_t i = 0; same && i < m; i++)
		same = u[i].lo == v[i].lo && u[i].hi == v[i].hi;
	free(u);
	free(v);
	return same;
}

static u128 xset_size(const xset *x)
{
	if (x->open || !x->s.n)
		return U128_MAX;
	ir_range *v = xmalloc(x->s.n * sizeof *v);
	size_t m = normal(&x->s, v);
	u128 n = 0;
	for (size_t i = 0; i < m; i++)
		n += v[i].hi - v[i].lo + 1;
	free(v);
	return n;
}

static u128 xset_low(const xset *x)
{
	u128 lo = U128_MAX;
	for (size_t i = 0; i < x->s.n; i++)
		if (x->s.r[i].lo < lo)
			lo = x->s.r[i].lo;
	return lo;
}

/* The address translation of `from` to `to`: one address for all (SET),
 * a one-to-one map of one range onto another of its size (MAP), or a pool
 * the ASA picks from (dynamic: SET over a range).  NULL, or why not. */
static const char *xl_addr_exact(const xset *from, const xset *to, bool dynamic, xl_field *f)
{
	ir_range t, r;
	if (to->why)
		return to->why;
	if (!one_range(to, &t))
		return "a mapped address set that is not one range";
	if (from->s.n && addr_is_v4(xset_low(from)) != addr_is_v4(t.lo))
		return "a translation between IPv4 and IPv6, which fwlint does not model";
	if (t.lo == t.hi || dynamic) {
		*f = (xl_field){ XL_SET, t.lo, t.hi, 0 };
		return NULL;
	}
	if (!one_range(from, &r))
		return from->why ? from->why : "a real address set that is not one range";
	if (r.hi - r.lo != t.hi - t.lo)
		return "real and mapped address sets of different sizes";
	*f = (xl_field){ XL_MAP, t.lo, t.hi, r.lo };
	return NULL;
}

/* The same; where it cannot be said (the reason returned), any IPv4
 * address: the rule then stands as unresolved with that reason. */
static const char *xl_addr(const xset *from, const xset *to, bool dynamic, xl_field *f)
{
	const char *why = xl_addr_exact(from, to, dynamic, f);
	if (why)
		*f = (xl_field){ XL_SET, PSET_V4_LO, PSET_V4_HI, 0 };
	return why;
}

static bool port_of(const char *s, const char *proto, unsigned *p)
{
	char *end;
	long v = strtol(s, &end, 10);
	if (*s && !*end && v >= 0 && v <= 65535) {
		*p = (unsigned)v;
		return true;
	}
	int pr = strcasecmp(proto, "udp") == 0 ? 17 : 6;
	return cisco_port_name(s, pr, true, p);
}

/* Object NAT's order in section 2 (ASA Configuration Guide, "NAT Rule
 * Order"): static rules, then dynamic ones; within each, by the number
 * of real addresses, smallest first, then by the lowest real address,
 * then by the object's name in alphabetical order. */
typedef struct onat {
	const cisco_nat_rule *n;
	u128 size, low;
} onat;

static int onat_cmp(const void *a, const void *b)
{
	const onat *x = a, *y = b;
	if (x->n->dynamic != y->n->dynamic)
		return x->n->dynamic ? 1 : -1;
	if (x->size != y->size)
		return x->size < y->size ? -1 : 1;
	if (x->low != y->low)
		return x->low < y->low ? -1 : 1;
	return strcmp(x->n->object, y->n->object);
}

typedef struct asa_nat {
	struct cisco_ctx *ctx;
	ir_chain *in, *post;
} asa_nat;

/* A rule of chain c for nat n: nat NULL leaves the packets untranslated
 * (first match: no later rule translates them). */
static void put(asa_nat *A, ir_chain *c, const cisco_nat_rule *n, const char *text,
		const cisco_xmatch *m, const ir_nat *nat, const char *why)
{
	char *u = NULL;
	if (why)
		u = xasprintf("the translation of '%s': %s", n->text, why);
	cisco_nat_emit(c, n->loc, text, m, nat, IR_ACCEPT, u);
	free(u);
	(void)A;
}

static void pre83_lower(asa_nat *A, const cisco_nat_rule *n)
{
	char *u = xasprintf("pre-8.3 static/global NAT '%s': ASA 8.3 and later refuse it, and "
			    "before 8.3 access lists named mapped addresses", n->text);
	for (int i = 0; i < 2; i++) {
		if (!n->pre83_ifs[i] && i > 0)
			continue;
		cisco_xmatch m = { 0 };
		const cisco_if *f = n->pre83_ifs[i] ? cisco_if_named(A->ctx, n->pre83_ifs[i]) : NULL;
		const char *nif = f ? f->nameif : n->pre83_ifs[i];
		if (n->dynamic)
			m.oif = nif; /* global (IF): leaving by it */
		else
			m.iif = nif;
		cisco_nat_emit(cisco_nat_chain(A->ctx, "in"), n->loc, n->text, &m, NULL, IR_UNKNOWN, u);
	}
	free(u);
}

static void asa_lower_one(asa_nat *A, const cisco_nat_rule *n)
{
	struct cisco_ctx *ctx = A->ctx;
	if (n->pre83) {
		pre83_lower(A, n);
		return;
	}
	bool bad = false;
	const char *rif = n->real_if ? nameif(ctx, n->real_if, n->loc, &bad) : NULL;
	const char *mif = n->mapped_if ? nameif(ctx, n->mapped_if, n->loc, &bad) : NULL;
	if (bad)
		return;
	xset sr, sm, dm, dr;
	if (!nat_xset(ctx, &n->src_real, NULL, &sr) || !nat_xset(ctx, &n->src_mapped, mif, &sm) ||
	    !nat_xset(ctx, &n->dst_mapped, NULL, &dm) || !nat_xset(ctx, &n->dst_real, NULL, &dr))
		return; /* reported: the device refuses the line */
	int proto = 0;
	unsigned rp = 0, mp = 0;
	bool ports = false;
	if (n->svc_proto) {
		proto = strcasecmp(n->svc_proto, "tcp") == 0 ? 6 : strcasecmp(n->svc_proto, "udp") == 0 ? 17 : 132;
		ports = port_of(n->port_real, n->svc_proto, &rp) && port_of(n->port_mapped, n->svc_proto, &mp);
		if (!ports) {
			cisco_error(ctx, n->loc, "nat service: port %s or %s is not a %s port", n->port_real,
				    n->port_mapped, n->svc_proto);
			return;
		}
	}
	bool has_dst = n->dst_mapped.kind != CNA_NONE;
	bool src_ident = !sm.iface && same_xset(&sr, &sm) && rp == mp;
	bool dst_ident = !has_dst || same_xset(&dr, &dm);
	/* Why the whole rule is not exact, if it is not. */
	const char *why = NULL;
	if (n->svc_real && !(strcasecmp(n->svc_real, "any") == 0 && strcasecmp(n->svc_mapped, "any") == 0))
		why = "twice NAT's service translation, which fwlint does not model";
	if (!why && sr.why)
		why = sr.why;
	if (!why && (dm.why || dr.why))
		why = dm.why ? dm.why : dr.why;
	char *text = n->object ? xasprintf("%s (object network %s)", n->text, n->object)
			       : xasprintf("%s", n->text);
	const char *kind = n->dynamic ? "dynamic" : "static";
	/* A packet from the real source to the destination's mapped
	 * address: in "post", after the destination translation and every
	 * access list, it is addressed to the destination's real address;
	 * one sent there directly meets the same rule, which the ASA does
	 * not translate: not exact unless the destination maps to itself. */
	const char *overmatch = "a packet sent to the destination's real address meets this source "
				"translation too, while the ASA translates only those sent to its mapped address";

	/* 1. The source, real to mapped, after every ACL ("post"); dynamic
	 * NAT and PAT only this way (ASA Configuration Guide, "Dynamic NAT":
	 * "only the real host can initiate a connection"). */
	{
		cisco_xmatch m = { rif, mif, sr.open ? NULL : &sr.s, has_dst && !dr.open ? &dr.s : NULL,
				   proto, ports, false, rp, 0 };
		if (src_ident) {
			put(A, A->post, n, text, &m, NULL, why ? why : dst_ident ? NULL : overmatch);
		} else {
			ir_nat x = { kind, false, { XL_KEEP, 0, 0, 0 }, { XL_KEEP, 0, 0, 0 }, false, false };
			const char *w = why;
			bool pat = false;
			if (sm.iface && !sm.s.n) {
				x.to_egress = true; /* the mapped interface is the egress */
				pat = n->dynamic;
			} else {
				const char *e = xl_addr(&sr, &sm, n->dynamic, &x.addr);
				if (!w)
					w = e;
				/* dynamic to one address, an interface or a
				 * pat-pool: PAT (ASA Configuration Guide, "Dynamic
				 * PAT"): the source port is one the ASA picks */
				pat = n->dynamic && (n->src_mapped.kind == CNA_PAT_POOL || sm.iface ||
						     xset_size(&sm) == 1);
			}
			if (pat)
				x.port = (xl_field){ XL_SET, 1, 65535, 0 };
			else if (ports)
				x.port = (xl_field){ XL_SET, mp, mp, 0 };
			if (!w && !dst_ident)
				w = overmatch;
			put(A, A->post, n, text, &m, &x, w);
		}
	}
	/* 2. The destination of twice NAT, mapped to real, for packets from
	 * the real source entering the real interface: before the ACLs
	 * ("in"), which name real addresses. */
	if (has_dst) {
		cisco_xmatch m = { rif, NULL, sr.open ? NULL : &sr.s, dm.open ? NULL : &dm.s, 0, false,
				   false, 0, 0 };
		if (dst_ident) {
			put(A, A->in, n, text, &m, NULL, why);
		} else {
			ir_nat x = { kind, true, { XL_KEEP, 0, 0, 0 }, { XL_KEEP, 0, 0, 0 }, false, false };
			const char *e = xl_addr(&dm, &dr, false, &x.addr);
			put(A, A->in, n, text, &m, &x, why ? why : e);
		}
	}
	/* 3. Static NAT is bidirectional (ASA Configuration Guide, "Static
	 * NAT"): connections to the mapped address, entering the mapped
	 * interface, get the real address before the ACLs see them ("in"),
	 * and, with a destination, the source of the way back is mapped
	 * after them ("post"). */
	if (!n->dynamic && !n->unidirectional) {
		const char *w = why;
		if (!w && sm.iface && !sm.s.n)
			w = sm.why;
		cisco_xmatch m = { mif, NULL, has_dst && !dr.open ? &dr.s : NULL, sm.open ? NULL : &sm.s,
				   proto, false, ports, 0, mp };
		if (src_ident) {
			put(A, A->in, n, text, &m, NULL, w);
		} else {
			ir_nat x = { kind, true, { XL_KEEP, 0, 0, 0 }, { XL_KEEP, 0, 0, 0 }, false, false };
			const char *e = xl_addr(&sm, &sr, false, &x.addr);
			if (ports)
				x.port = (xl_field){ XL_SET, rp, rp, 0 };
			put(A, A->in, n, text, &m, &x, w ? w : e);
		}
		if (has_dst) {
			cisco_xmatch b = { mif, rif, dr.open ? NULL : &dr.s, sr.open ? NULL : &sr.s, 0, false,
					   false, 0, 0 };
			if (dst_ident) {
				put(A, A->post, n, text, &b, NULL, why);
			} else {
				ir_nat x = { kind, false, { XL_KEEP, 0, 0, 0 }, { XL_KEEP, 0, 0, 0 }, false, false };
				const char *e = xl_addr(&dr, &dm, false, &x.addr);
				put(A, A->post, n, text, &b, &x,
				    why ? why : e ? e : "a packet from the destination's real address to the source's real "
							"address meets this translation too, while the ASA translates only "
							"those sent to the source's mapped address");
			}
		}
	}
	free(text);
}

/* Every nat, in the order of the ASA's NAT table (ASA Configuration
 * Guide, "NAT Rule Order"): section 1, twice NAT in the order of the
 * configuration ("nat ... LINE" inserts at that line of the section);
 * section 2, object NAT in the ASA's own order (onat_cmp); section 3,
 * after-auto twice NAT in order.  A packet takes the first rule that it
 * matches, in each of "in" (destination, before the ACLs) and "post"
 * (source, after them). */
void cisco_nat_lower(struct cisco_ctx *ctx)
{
	size_t nsec[3] = { 0, 0, 0 };
	const cisco_nat_rule **sec[3];
	onat *obj = xcalloc(ctx->nnat + 1, sizeof *obj);
	for (int s = 0; s < 3; s++)
		sec[s] = xcalloc(ctx->nnat + 1, sizeof *sec[s]);
	for (size_t i = 0; i < ctx->nnat; i++) {
		const cisco_nat_rule *n = &ctx->nat[i];
		if (n->inactive)
			continue;
		if (n->object) {
			xset r;
			if (!nat_xset(ctx, &n->src_real, NULL, &r))
				continue;
			obj[nsec[1]++] = (onat){ n, xset_size(&r), xset_low(&r) };
			continue;
		}
		int s = n->after_auto ? 2 : 0;
		size_t at = nsec[s];
		if (n->line > 0 && (size_t)n->line - 1 < at)
			at = (size_t)n->line - 1;
		memmove(sec[s] + at + 1, sec[s] + at, (nsec[s] - at) * sizeof *sec[s]);
		sec[s][at] = n;
		nsec[s]++;
	}
	qsort(obj, nsec[1], sizeof *obj, onat_cmp);
	for (size_t i = 0; i < nsec[1]; i++)
		sec[1][i] = obj[i].n;
	free(obj);
	if (nsec[0] + nsec[1] + nsec[2]) {
		asa_nat A = { ctx, cisco_nat_chain(ctx, "in"), cisco_nat_chain(ctx, "post") };
		for (int s = 0; s < 3; s++)
			for (size_t i = 0; i < nsec[s]; i++)
				asa_lower_one(&A, sec[s][i]);
	}
	for (int s = 0; s < 3; s++)
		free(sec[s]);
}
