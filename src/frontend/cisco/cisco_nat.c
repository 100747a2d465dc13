/* cisco_nat.c - ASA nat commands: read into a cisco_nat record, and the
 * flows each may translate made unresolved.
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
 * "interface [ipv6]" (the mapped interface's address), "pat-pool NAME"
 * (dynamic), or in object NAT an address written inline.  "If you do not
 * specify the real and mapped interfaces, all interfaces are used"; "The
 * destination mapping is always a static mapping"; the service of object
 * NAT is for static NAT only; an object holds one NAT rule, a second
 * replaces it.  The pre-8.3 "nat (IF) ID ..." is refused by ASA 8.3 and
 * later: a warning, and it is not read.
 *
 * Since ASA 8.3 access lists name real (untranslated) addresses (ASA
 * Configuration Guide, "NAT and access rules"), so a packet whose address
 * a nat rewrites is judged by the ACL on an address fwlint does not see.
 * Until translation is modelled, every flow a nat may translate is
 * unresolved: rules first in the "in" chain, action UNKNOWN with an
 * unresolved construct, located at the nat line, for
 *   - packets entering REAL_IF from REAL (to the destination's MAPPED
 *     when there is a destination translation, or to the object NAT's
 *     service real port): their source is translated;
 *   - static and not unidirectional: packets entering MAPPED_IF to MAPPED
 *     (from the destination's REAL, to the mapped port): their
 *     destination is translated back to REAL before the ACL sees it.
 * Dynamic NAT translates toward MAPPED only for connections from REAL
 * (replies pass by state).  An identity NAT (REAL and MAPPED the same
 * addresses) translates nothing and makes nothing unresolved; nor does an
 * inactive one.  A mapped address fwlint does not know ("interface", an
 * fqdn object) gives no condition on that address.  The unresolved rule
 * passes its packets on to the ACLs, so trace shows both: "MAYBE".
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
			cisco_warn(ctx, loc, "'%s' is the NAT of ASA 8.2 and earlier, which ASA 8.3 and later refuse: "
				   "fwlint does not read it", n.text);
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

/* ------------------------------------------------------------ lowering */

/* The addresses of a; open: fwlint does not know them (no condition). */
static bool nat_aset(struct cisco_ctx *ctx, const cisco_nat_addr *a, cisco_aset *out, bool *open)
{
	memset(out, 0, sizeof *out);
	*open = false;
	switch (a->kind) {
	case CNA_NONE:
	case CNA_ANY:
	case CNA_INTERFACE:
		*open = true;
		return true;
	case CNA_INLINE: {
		uint32_t v;
		if (!cisco_v4(a->name, &v)) {
			*open = true; /* IPv6 */
			return true;
		}
		cisco_aset_add(ctx, out, addr_v4(v), addr_v4(v));
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
		*out = g->addr;
		*open = g->addr.all || g->addr.unres;
		return true;
	}
	}
	return false;
}

static bool same_set(const cisco_aset *a, bool ao, const cisco_aset *b, bool bo)
{
	if (ao || bo)
		return ao && bo && !a->unres && !b->unres;
	if (a->n != b->n)
		return false;
	for (size_t i = 0; i < a->n; i++)
		if (a->r[i].lo != b->r[i].lo || a->r[i].hi != b->r[i].hi)
			return false;
	return true;
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

static void add_set(ir_rule *r, enum ir_field f, const cisco_aset *s, srcloc loc)
{
	ir_cond *c = ir_rule_cond(r, f, false, loc);
	for (size_t i = 0; i < s->n; i++)
		ir_cond_range(c, s->r[i].lo, s->r[i].hi);
}

static void nat_rule(ir_chain *in, const cisco_nat_rule *n, const char *what, const char *ifname,
		     const cisco_aset *src, const cisco_aset *dst, int proto, const unsigned *sport,
		     const unsigned *dport)
{
	char *text = n->object ? xasprintf("%s (object network %s): fwlint does not translate", n->text,
					   n->object)
			       : xasprintf("%s: fwlint does not translate", n->text);
	ir_rule *r = ir_rule_new(n->loc, text, strlen(text));
	free(text);
	if (ifname)
		ir_cond_ifname(ir_rule_cond(r, IR_IIF, false, n->loc), ifname);
	if (src)
		add_set(r, IR_SRC, src, n->loc);
	if (dst)
		add_set(r, IR_DST, dst, n->loc);
	if (proto > 0)
		ir_cond_range(ir_rule_cond(r, IR_PROTO, false, n->loc), (u128)proto, (u128)proto);
	if (sport)
		ir_cond_range(ir_rule_cond(r, IR_SPORT, false, n->loc), *sport, *sport);
	if (dport)
		ir_cond_range(ir_rule_cond(r, IR_DPORT, false, n->loc), *dport, *dport);
	ir_rule_unresolved(r, n->loc, what);
	ir_rule_action(r, IR_UNKNOWN, "nat", n->loc);
	ir_chain_append(in, r);
}

void cisco_nat_lower(struct cisco_ctx *ctx, ir_chain *in)
{
	for (size_t i = 0; i < ctx->nnat; i++) {
		const cisco_nat_rule *n = &ctx->nat[i];
		if (n->inactive)
			continue;
		cisco_aset sr, sm, dm, dr;
		bool sro, smo, dmo, dro;
		if (!nat_aset(ctx, &n->src_real, &sr, &sro) || !nat_aset(ctx, &n->src_mapped, &sm, &smo) ||
		    !nat_aset(ctx, &n->dst_mapped, &dm, &dmo) || !nat_aset(ctx, &n->dst_real, &dr, &dro))
			continue; /* reported: the device refuses the line */
		bool identity = n->src_real.kind != CNA_INTERFACE && n->src_mapped.kind != CNA_INTERFACE &&
				n->dst_mapped.kind != CNA_INTERFACE && same_set(&sr, sro, &sm, smo) &&
				same_set(&dr, dro, &dm, dmo) && !n->port_real;
		if (identity)
			continue;
		bool bad = false;
		const char *rif = n->real_if ? nameif(ctx, n->real_if, n->loc, &bad) : NULL;
		const char *mif = n->mapped_if ? nameif(ctx, n->mapped_if, n->loc, &bad) : NULL;
		if (bad)
			continue;
		int proto = 0;
		unsigned rp = 0, mp = 0;
		bool ports = false;
		if (n->svc_proto) {
			proto = strcasecmp(n->svc_proto, "tcp") == 0 ? 6 : strcasecmp(n->svc_proto, "udp") == 0 ? 17 : 132;
			ports = port_of(n->port_real, n->svc_proto, &rp) && port_of(n->port_mapped, n->svc_proto, &mp);
			if (!ports) {
				cisco_error(ctx, n->loc, "nat service: port %s or %s is not a %s port", n->port_real,
					    n->port_mapped, n->svc_proto);
				continue;
			}
		}
		char what[600];
		snprintf(what, sizeof what,
			 "the address translation of '%s'%s%s%s: since ASA 8.3 access lists name real "
			 "(untranslated) addresses, and fwlint does not translate them yet",
			 n->text, n->object ? " (object network " : "", n->object ? n->object : "",
			 n->object ? ")" : "");
		/* from REAL: the source is translated */
		if ((sro || sr.n) && (dmo || dm.n))
			nat_rule(in, n, what, rif, sro ? NULL : &sr, dmo ? NULL : &dm, proto,
				 ports ? &rp : NULL, NULL);
		/* to MAPPED: translated back before the ACL sees it */
		if (!n->dynamic && !n->unidirectional && (smo || sm.n) && (dro || dr.n))
			nat_rule(in, n, what, mif, dro ? NULL : &dr, smo ? NULL : &sm, proto, NULL,
				 ports ? &mp : NULL);
	}
}
