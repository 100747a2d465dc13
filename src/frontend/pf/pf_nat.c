/* pf_nat.c - one pf translation (nat-to, rdr-to, binat-to; FreeBSD nat,
 * rdr, binat) as the ir_nat the packet path applies (include/xlate.h).
 *
 * The address (OpenBSD sys/net/pf_lb.c pf_get_transaddr() and
 * pf_map_addr(); FreeBSD sys/netpfil/pf/pf_lb.c pf_get_translation()):
 *   - one address: that address (XL_SET);
 *   - a netblock without a pool type: pfctl leaves the pool type
 *     PF_POOL_NONE (parse.y apply_redirspec(); round-robin is the default
 *     only for tables and interfaces with several addresses) and
 *     pf_map_addr() copies the pool address itself: the first address of
 *     the block, for every packet.  So does binat-to, whose halves pfctl
 *     prints as "nat-to 10.0.5.0/24 static-port" and "rdr-to
 *     192.168.2.0/24" with no pool type (regress pf17.ok): only with
 *     "bitmask" does it map a block one to one;
 *   - bitmask (and FreeBSD's binat, which applies PF_POOLMASK whatever the
 *     pool type): the network bits of the pool, the host bits of the
 *     packet (pf.conf(5), Translation, bitmask): a one to one map (XL_MAP)
 *     of the block the rule's own address falls in; where that address
 *     spans several blocks of the pool's size the image is not a shift,
 *     and every address of the pool is taken as possible (XL_SET);
 *   - random, source-hash, round-robin, least-states, and a list of
 *     addresses (round-robin): one of the pool, which the box picks
 *     (XL_SET of the pool's hull: fwlint's outcomes are then "maybe");
 *   - (IF), IF: the interface's address.  When IF is the interface the
 *     rule is on (nat-to on out, rdr-to on in), that is the egress or the
 *     ingress interface's address (to_egress, to_local); any other
 *     interface, group (egress), table or host name: an address the file
 *     does not give.
 * The port: nat-to rewrites the source port to one of 50001-65535
 * (PF_NAT_PROXY_PORT_LOW and _HIGH, parse.y apply_redirspec()) or of the
 * "port" range written, and keeps it with static-port; rdr-to "port N"
 * sets the destination port, "port N:*" maps the rule's destination port
 * range onto N and up, and "port N:M" maps it modulo the range
 * (pf_get_transaddr(): ((dport - dst.port[0]) % (M - N + 1)) + N), which is
 * a shift where the rule's range is not wider than N:M; binat-to never
 * changes a port (pf.conf(5): "Port numbers are never translated with a
 * binat-to rule").
 */
#include <stdio.h>
#include <string.h>

#include "pf_int.h"

/* Every address of the family: af 4, or both (6 and 0: the v4 block is in
 * the u128 range too, which is harmless for a SET). */
static xl_field any_addr(int af)
{
	xl_field f = { XL_SET, 0, U128_MAX, 0 };
	if (af == 4) {
		f.lo = PSET_V4_LO;
		f.hi = PSET_V4_HI;
	}
	return f;
}

static xl_field set_of(u128 lo, u128 hi)
{
	xl_field f = { XL_SET, lo, hi, 0 };
	return f;
}

/* bitmask: the block [lo, hi] of the pool over the rule's address c. */
static xl_field poolmask(u128 lo, u128 hi, const pf_addr *c)
{
	xl_field keep = { XL_KEEP, 0, 0, 0 };
	if (lo == 0 && hi == U128_MAX)
		return keep; /* a /0: every bit is the packet's */
	u128 size = hi - lo + 1;
	if (c && !c->neg && (c->kind == PF_ADDR_NET || c->kind == PF_ADDR_RANGE)) {
		u128 base = c->lo - c->lo % size;
		if (c->hi - base < size) {
			xl_field m = { XL_MAP, lo, hi, base };
			return m;
		}
	}
	return set_of(lo, hi);
}

/* The interface (or group: "match out on egress nat-to (egress)", whose
 * rule is unresolved by the group already) that the rule is on. */
static bool own_if(const pf_natspec *s, const pf_addr *a)
{
	return (a->kind == PF_ADDR_DYNIF || a->kind == PF_ADDR_IFACE) && s->ifname &&
	       strcmp(a->name, s->ifname) == 0 && (!a->modifier || strcmp(a->modifier, "0") == 0);
}

/* The hull of a table's or a list's addresses; false when one is not an
 * address the file gives. */
static bool hull_of(struct pf_ctx *ctx, const pf_xpool *p, u128 *lo, u128 *hi)
{
	*lo = U128_MAX;
	*hi = 0;
	size_t n = 0;
	for (const pf_hnode *h = p->hosts; h; h = h->next) {
		const pf_addr *a = &h->a;
		if (a->kind == PF_ADDR_TABLE) {
			const pf_table *t = pf_table_find(ctx, a->name);
			if (!t || !t->defined || t->file_failed)
				return false;
			for (const pf_hnode *e = t->hosts; e; e = e->next) {
				if (e->bad)
					continue;
				if (e->a.neg || (e->a.kind != PF_ADDR_NET && e->a.kind != PF_ADDR_RANGE))
					return false;
				*lo = e->a.lo < *lo ? e->a.lo : *lo;
				*hi = e->a.hi > *hi ? e->a.hi : *hi;
				n++;
			}
			continue;
		}
		if (a->neg || (a->kind != PF_ADDR_NET && a->kind != PF_ADDR_RANGE))
			return false;
		*lo = a->lo < *lo ? a->lo : *lo;
		*hi = a->hi > *hi ? a->hi : *hi;
		n++;
	}
	return n > 0;
}

/* The address part of s into n; false (and why) when the file does not
 * give it. */
static bool nat_addr(struct pf_ctx *ctx, const pf_natspec *s, ir_nat *n, char *why, size_t len)
{
	const pf_xpool *p = s->pool;
	const pf_addr *a = &p->first;
	u128 lo, hi;
	if (p->n > 1 || a->kind == PF_ADDR_TABLE) {
		/* several addresses: round-robin is the only pool type
		 * (pf.conf(5): "When more than one redirection address or a
		 * table is specified, bitmask is not permitted") */
		if (hull_of(ctx, p, &lo, &hi)) {
			n->addr = set_of(lo, hi);
			return true;
		}
		n->addr = any_addr(s->af);
		snprintf(why, len, "%s: its pool holds addresses known at run time", s->kind);
		return false;
	}
	switch (a->kind) {
	case PF_ADDR_NET:
	case PF_ADDR_RANGE:
		if (a->lo == a->hi)
			n->addr = set_of(a->lo, a->lo);
		else if (s->poolmask || (p->type && strcmp(p->type, "bitmask") == 0))
			n->addr = poolmask(a->lo, a->hi, s->field);
		else if (!p->type)
			n->addr = set_of(a->lo, a->lo); /* PF_POOL_NONE: the pool address */
		else
			n->addr = set_of(a->lo, a->hi);
		return true;
	case PF_ADDR_DYNIF:
	case PF_ADDR_IFACE:
		if (own_if(s, a)) {
			if (s->dst)
				n->to_local = true;
			else
				n->to_egress = true;
			return true;
		}
		n->addr = any_addr(s->af);
		if (a->kind == PF_ADDR_DYNIF)
			snprintf(why, len, "%s (%.100s%s%.20s): the interface's address is known at run time",
				 s->kind, a->name, a->modifier ? ":" : "", a->modifier ? a->modifier : "");
		else
			snprintf(why, len, "%s %.100s%s%.20s: the interface's addresses are not known",
				 s->kind, a->name, a->modifier ? ":" : "", a->modifier ? a->modifier : "");
		return false;
	default:
		n->addr = any_addr(s->af);
		snprintf(why, len, "%s: its address is known at run time", s->kind);
		return false;
	}
}

/* The port part of s into n. */
static void nat_port(const pf_natspec *s, ir_nat *n)
{
	const pf_xpool *p = s->pool;
	xl_field keep = { XL_KEEP, 0, 0, 0 };
	n->port = keep;
	if (s->binat)
		return;
	if (!s->dst) {
		/* nat-to, nat: parse.y apply_redirspec(), natrule */
		if (p->static_port)
			return;
		if (p->port.op == PF_OP_NONE)
			n->port = set_of(50001, 65535);
		else if (p->port.op == PF_OP_RANGE)
			n->port = set_of(p->port.a, p->port.b);
		else
			n->port = set_of(p->port.a, p->port.a);
		return;
	}
	if (p->port.op == PF_OP_NONE)
		return;
	unsigned a = p->port.a;
	const pf_port *d = s->dport;
	bool range = p->port.op == PF_OP_RANGE || p->star;
	if (!range) {
		n->port = set_of(a, a);
		return;
	}
	/* "port N:*" keeps the width of the rule's range: N + (dport - lo);
	 * "port N:M" is (dport - lo) % (M - N + 1) + N, a shift while the
	 * rule's range fits */
	unsigned b = p->star ? 65535 : p->port.b;
	if (d && d->op == PF_OP_EQ) {
		n->port = set_of(a, a);
	} else if (d && d->op == PF_OP_RANGE && d->b >= d->a &&
		   (p->star ? a + (d->b - d->a) <= 65535 : d->b - d->a <= b - a)) {
		xl_field m = { XL_MAP, a, a + (d->b - d->a), d->a };
		n->port = m;
	} else {
		n->port = set_of(a, b);
	}
}

bool pf_nat_build(struct pf_ctx *ctx, const pf_natspec *s, ir_nat *n, char *why, size_t len)
{
	memset(n, 0, sizeof *n);
	n->kind = s->kind;
	n->dst = s->dst;
	bool ok = nat_addr(ctx, s, n, why, len);
	nat_port(s, n);
	return ok;
}
