/* cisco_ipnat.c - IOS "ip nat" into the chain "out" of table "nat".
 *
 * The commands (IOS IP Addressing Services Command Reference, "ip nat
 * inside source", "ip nat outside source", "ip nat pool", "ip nat"):
 *
 *   ip nat inside|outside                     (an interface: its side)
 *   ip nat pool NAME START END {netmask M | prefix-length N} [type ...]
 *   ip nat inside source static [tcp|udp] LOCAL [LPORT] GLOBAL [GPORT]
 *       [extendable] [no-alias] [no-payload] [redundancy X]
 *   ip nat inside source static network LOCAL GLOBAL {MASK | /LEN}
 *   ip nat inside source static ... interface IF GPORT
 *   ip nat outside source static [tcp|udp] GLOBAL [GPORT] LOCAL [LPORT]
 *       [extendable] [add-route] [no-alias]
 *   ip nat inside source list ACL {pool NAME | interface IF} [overload]
 *
 * Where IOS translates (Cisco, "NAT Order of Operation"): a packet from an
 * inside interface to an outside one is checked by the input access list
 * (its local addresses), routed, translated inside to outside, then
 * checked by the output access list (the global addresses); a packet from
 * an outside interface is checked by the input access list (the global
 * addresses), translated outside to inside, routed, and checked by the
 * output access list (the local addresses).  Both translations are thus
 * between the in and the out stage: table nat, chain "out" (eval_path.c).
 *
 *   - inside source static L G: from an outside interface (whatever the
 *     interface the packet then leaves by: the translation comes before
 *     routing) to G: destination G -> L; from an inside interface to an
 *     outside one, from L: source L -> G.  With ports, only that protocol
 *     and port.  "network": the prefix maps one to one;
 *   - outside source static G L: from an outside interface, from G:
 *     source G -> L; from inside to outside, to L: destination L -> G.
 *     These come first and let the packet go on (IR_CONTINUE), so that a
 *     packet may get both an inside and an outside translation;
 *   - inside source list ACL pool P | interface IF [overload]: from inside
 *     to outside, the packets the list permits: source -> one address of
 *     the pool (fwlint: any of them), or IF's address; with overload
 *     (PAT) the source port is one IOS picks.  A deny of the list leaves
 *     the packet untranslated.  Static translations come before dynamic
 *     ones;
 *   - "extendable" lets several static translations share a local (or a
 *     global) address.  Cisco's NAT white paper ("Extendable static
 *     translations"): "For a new outside-to-inside flow, the appropriate
 *     static entry will act as a template ... For a new inside-to-outside
 *     flow, the dynamic route-map rules will be used": the way in of
 *     each is exact; the way out of statics that share a local address
 *     and port is unresolved, and so is the way in of statics that share
 *     a global address and port.
 *
 * Not modelled, unresolved at the line with the reason: route-map, vrf,
 * "inside destination", "outside source list", a pool given by address
 * lines or of a type, several dynamic rules (IOS does not document the
 * order in which it tries them), an interface address the file does not
 * give (then the egress interface's address where that is IF).  Without
 * an "ip nat inside" and an "ip nat outside" interface, IOS translates
 * nothing: each translation line gets an unresolved warning that says so.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cisco_int.h"
#include "cisco_names.h"
#include "xalloc.h"

void cisco_ip_nat(struct cisco_ctx *ctx, cisco_elem *e, srcloc loc)
{
	if (ctx->asa)
		return;
	size_t tl;
	const char *t = cisco_line_text(ctx, loc, &tl);
	ctx->ipnat = xgrow(ctx->ipnat, &ctx->capipnat, ctx->nipnat + 1, sizeof *ctx->ipnat);
	ctx->ipnat[ctx->nipnat++] = (cisco_ipnat){ loc, cisco_strdup(ctx, t, tl), e };
}

static bool is(const cisco_elem *e, const char *w)
{
	return e && e->kind == CE_WORD && strcasecmp(e->a, w) == 0;
}

/* One static translation or dynamic rule as read. */
enum ik { IK_NONE, IK_IN_STATIC, IK_OUT_STATIC, IK_IN_LIST, IK_POOL, IK_UNRES };

typedef struct inat {
	const cisco_ipnat *line;
	enum ik kind;
	const char *why;        /* IK_UNRES, or a static or list not exact */
	int proto;              /* statics with ports: 6 or 17 */
	ir_range local, global; /* statics: inside local / global (outside: G, L) */
	bool has_global;        /* false: an interface without an address */
	const char *global_if;  /* "interface IF" as the global */
	unsigned lport, gport;
	bool extendable;
	bool amb_out, amb_in;   /* shares its key with another static */
	const char *acl, *pool, *iface; /* lists */
	bool overload;
} inat;

typedef struct pool {
	const char *name;
	u128 lo, hi;
	bool ok;
	const char *why;      /* !ok: why */
	srcloc loc;
} pool;

static bool addr_of(const cisco_elem *e, u128 *a)
{
	uint32_t v;
	if (!e || e->kind != CE_ADDR || !cisco_v4(e->a, &v))
		return false;
	*a = addr_v4(v);
	return true;
}

static bool port_of(const cisco_elem *e, int proto, unsigned *p)
{
	if (!e || e->kind != CE_WORD)
		return false;
	char *end;
	long v = strtol(e->a, &end, 10);
	if (*e->a && !*end && v >= 0 && v <= 65535) {
		*p = (unsigned)v;
		return true;
	}
	return cisco_port_name(e->a, proto, false, p);
}

/* The options after a static or a list: what is not modelled sets why. */
static void options(inat *n, const cisco_elem *e)
{
	for (; e; e = e->next) {
		if (is(e, "extendable")) {
			n->extendable = true;
		} else if (is(e, "route-map") || is(e, "vrf")) {
			if (!n->why)
				n->why = is(e, "vrf") ? "a VRF, which fwlint does not model"
						      : "a route-map, which fwlint does not read";
			e = e->next;
			if (!e)
				return;
		} else if (is(e, "redundancy") || is(e, "mapping-id")) {
			e = e->next; /* no bearing on what passes */
			if (!e)
				return;
		} else if (is(e, "overload")) {
			n->overload = true;
		} else if (!(is(e, "no-alias") || is(e, "no-payload") || is(e, "add-route") ||
			     is(e, "reversible") || is(e, "oer") || is(e, "match-in-vrf"))) {
			if (!n->why)
				n->why = "an option fwlint does not know";
		}
	}
}

/* "[network] A B MASK|/LEN" or "[tcp|udp] A [P] B [Q]" of a static. */
static const cisco_elem *read_static(struct cisco_ctx *ctx, inat *n, const cisco_elem *e)
{
	bool outside = n->kind == IK_OUT_STATIC;
	ir_range *first = outside ? &n->global : &n->local, *second = outside ? &n->local : &n->global;
	unsigned *p1 = outside ? &n->gport : &n->lport, *p2 = outside ? &n->lport : &n->gport;
	if (is(e, "network")) {
		u128 a, b;
		if (!addr_of(e->next, &a) || !e->next->next || !addr_of(e->next->next, &b) ||
		    !e->next->next->next) {
			n->kind = IK_UNRES;
			n->why = "a static network translation fwlint does not read";
			return NULL;
		}
		const cisco_elem *m = e->next->next->next;
		int len = -1;
		uint32_t mv;
		if (m->kind == CE_ADDR && cisco_v4(m->a, &mv)) {
			uint32_t inv = ~mv;
			if ((inv & (inv + 1)) == 0)
				for (len = 0; len < 32 && (mv & (0x80000000u >> len)); len++)
					;
		} else if (m->kind == CE_WORD && m->a[0] == '/') {
			char *end;
			long v = strtol(m->a + 1, &end, 10);
			if (!*end && v >= 0 && v <= 32)
				len = (int)v;
		}
		if (len < 0) {
			n->kind = IK_UNRES;
			n->why = "a static network translation with a mask fwlint does not read";
			return NULL;
		}
		u128 host = len == 32 ? 0 : ((u128)1 << (32 - len)) - 1;
		*first = (ir_range){ a & ~host, (a & ~host) | host };
		*second = (ir_range){ b & ~host, (b & ~host) | host };
		n->has_global = true;
		return m->next;
	}
	if (is(e, "tcp") || is(e, "udp")) {
		n->proto = is(e, "tcp") ? 6 : 17;
		e = e->next;
	}
	u128 a;
	if (!addr_of(e, &a)) {
		n->kind = IK_UNRES;
		n->why = "a static translation fwlint does not read";
		return NULL;
	}
	*first = (ir_range){ a, a };
	e = e->next;
	if (n->proto && !port_of(e, n->proto, p1)) {
		n->kind = IK_UNRES;
		n->why = "a port fwlint does not read";
		return NULL;
	}
	if (n->proto)
		e = e->next;
	if (is(e, "interface") && !outside && e->next) {
		n->global_if = e->next->a;
		const cisco_if *f = cisco_if_named(ctx, n->global_if);
		if (f && f->has_addr) {
			*second = (ir_range){ f->addr, f->addr };
			n->has_global = true;
		}
		e = e->next->next;
	} else if (addr_of(e, &a)) {
		*second = (ir_range){ a, a };
		n->has_global = true;
		e = e->next;
	} else {
		n->kind = IK_UNRES;
		n->why = "a static translation fwlint does not read";
		return NULL;
	}
	if (n->proto && !port_of(e, n->proto, p2)) {
		n->kind = IK_UNRES;
		n->why = "a port fwlint does not read";
		return NULL;
	}
	return n->proto ? e->next : e;
}

static void read_line(struct cisco_ctx *ctx, const cisco_ipnat *l, inat *n, pool *p)
{
	memset(n, 0, sizeof *n);
	n->line = l;
	const cisco_elem *e = l->e;
	if (is(e, "pool")) {
		n->kind = IK_POOL;
		memset(p, 0, sizeof *p);
		p->loc = l->loc;
		if (!e->next)
			return;
		p->name = e->next->a;
		u128 a, b;
		const cisco_elem *x = e->next->next;
		p->why = "its pool is given by address lines, which fwlint does not read";
		if (addr_of(x, &a) && addr_of(x->next, &b)) {
			p->lo = a;
			p->hi = b;
			p->ok = a <= b;
			if (a > b)
				p->why = "its pool's start address is above its end address";
			for (x = x->next->next; x; x = x->next)
				if (is(x, "type")) {
					/* rotary, match-host: not a plain pool */
					p->ok = false;
					p->why = "its pool has a type, which fwlint does not model";
				}
		}
		return;
	}
	bool inside = is(e, "inside"), outside = is(e, "outside");
	if (!(inside || outside)) {
		/* settings: "ip nat translation ...", "ip nat log ...", "ip nat
		 * service ...", "ip nat settings ...": no translation */
		static const char *const settings[] = { "translation", "log", "service", "settings",
							 "create", NULL };
		for (int i = 0; settings[i]; i++)
			if (is(e, settings[i]))
				return;
		n->kind = IK_UNRES;
		n->why = "an ip nat command fwlint does not read";
		return;
	}
	e = e->next;
	if (!is(e, "source")) {
		n->kind = IK_UNRES;
		n->why = inside && is(e, "destination") ? "ip nat inside destination, which fwlint does not model"
							: "an ip nat command fwlint does not read";
		return;
	}
	e = e->next;
	if (is(e, "static")) {
		n->kind = inside ? IK_IN_STATIC : IK_OUT_STATIC;
		const cisco_elem *rest = read_static(ctx, n, e->next);
		if (n->kind != IK_UNRES)
			options(n, rest);
		return;
	}
	if (inside && is(e, "list") && e->next) {
		n->kind = IK_IN_LIST;
		n->acl = e->next->a;
		e = e->next->next;
		if (is(e, "pool") && e->next) {
			n->pool = e->next->a;
			e = e->next->next;
		} else if (is(e, "interface") && e->next) {
			n->iface = e->next->a;
			e = e->next->next;
		} else {
			n->kind = IK_UNRES;
			n->why = "a dynamic translation fwlint does not read";
			return;
		}
		options(n, e);
		return;
	}
	n->kind = IK_UNRES;
	n->why = is(e, "route-map") ? "a dynamic translation by route-map, which fwlint does not read"
		 : outside         ? "ip nat outside source list, which fwlint does not model"
				   : "an ip nat command fwlint does not read";
}

static bool overlap(ir_range a, ir_range b)
{
	return a.lo <= b.hi && b.lo <= a.hi;
}

/* The same key (address, protocol and port) for the way out (local) or
 * the way in (global) of two statics. */
static bool same_key(const inat *a, const inat *b, bool global)
{
	if (a->kind != b->kind)
		return false;
	if (global && (!a->has_global || !b->has_global))
		return false;
	if (!overlap(global ? a->global : a->local, global ? b->global : b->local))
		return false;
	if (!a->proto || !b->proto)
		return true;
	return a->proto == b->proto && (global ? a->gport == b->gport : a->lport == b->lport);
}

typedef struct ios_nat {
	struct cisco_ctx *ctx;
	ir_chain *out;
	const cisco_if **ins, **outs;
	size_t nin, nout;
	size_t ndyn;
} ios_nat;

static char *unres_text(const inat *n, const char *why)
{
	return xasprintf("the translation of '%s': %s", n->line->text, why);
}

static void emit(ios_nat *I, const inat *n, const cisco_xmatch *m, const ir_nat *x,
		 enum ir_action a, const char *why)
{
	char *u = why ? unres_text(n, why) : NULL;
	cisco_nat_emit(I->out, n->line->loc, n->line->text, m, x, a, u);
	free(u);
}

static cisco_aset one(ir_range *r)
{
	cisco_aset s;
	memset(&s, 0, sizeof s);
	s.r = r;
	s.n = s.cap = 1;
	return s;
}

/* r -> to: SET for one address, MAP for a prefix. */
static xl_field map_to(ir_range from, ir_range to)
{
	if (to.lo == to.hi)
		return (xl_field){ XL_SET, to.lo, to.lo, 0 };
	return (xl_field){ XL_MAP, to.lo, to.hi, from.lo };
}

static void lower_static(ios_nat *I, const inat *n)
{
	bool inside = n->kind == IK_IN_STATIC;
	const char *kind = inside ? "ip nat inside source static" : "ip nat outside source static";
	enum ir_action act = inside ? IR_ACCEPT : IR_CONTINUE;
	ir_range L = n->local, G = n->global;
	cisco_aset ls = one(&L), gs = one(&G);
	const xl_field keep = { XL_KEEP, 0, 0, 0 };
	const char *gwhy = n->has_global ? NULL : "the address of the interface, which the file does not give";
	/* From an outside interface. inside: to G, destination -> L;
	 * outside: from G, source -> L. */
	for (size_t o = 0; o < I->nout; o++) {
		cisco_xmatch m = { I->outs[o]->name, NULL, NULL, NULL, n->proto, false, false, 0, 0 };
		ir_nat x = { kind, inside, map_to(G, L), keep, false, false };
		if (inside) {
			m.dst = n->has_global ? &gs : NULL;
			m.has_dport = n->proto != 0;
			m.dport = n->gport;
		} else {
			m.src = &gs;
			m.has_sport = n->proto != 0;
			m.sport = n->gport;
		}
		if (n->proto)
			x.port = (xl_field){ XL_SET, n->lport, n->lport, 0 };
		const char *why = n->why ? n->why : gwhy;
		if (!why && n->amb_in)
			why = "another static translation shares this global address and port (extendable)";
		emit(I, n, &m, &x, act, why);
	}
	/* From an inside interface to an outside one. inside: from L,
	 * source -> G; outside: to L, destination -> G. */
	for (size_t i = 0; i < I->nin; i++)
		for (size_t o = 0; o < I->nout; o++) {
			cisco_xmatch m = { I->ins[i]->name, I->outs[o]->name, NULL, NULL, n->proto, false,
					   false, 0, 0 };
			ir_nat x = { kind, !inside, map_to(L, G), keep, false, false };
			if (inside) {
				m.src = &ls;
				m.has_sport = n->proto != 0;
				m.sport = n->lport;
			} else {
				m.dst = &ls;
				m.has_dport = n->proto != 0;
				m.dport = n->lport;
			}
			if (n->proto)
				x.port = (xl_field){ XL_SET, n->gport, n->gport, 0 };
			const char *why = n->why;
			if (!n->has_global) {
				if (n->global_if && strcmp(n->global_if, I->outs[o]->name) == 0) {
					x.to_egress = true;
					x.addr = keep;
				} else {
					x.addr = (xl_field){ XL_SET, PSET_V4_LO, PSET_V4_HI, 0 };
					if (!why)
						why = gwhy;
				}
			}
			if (!why && n->amb_out)
				why = inside ? "another static translation shares this local address and port "
					       "(extendable): IOS uses its dynamic rules for the way out"
					     : "another static translation shares this local address and port";
			emit(I, n, &m, &x, act, why);
		}
}

/* A copy of the conditions of rule r of the list. */
static void copy_conds(ir_rule *to, const ir_rule *r)
{
	for (size_t k = 0; k < r->ncond; k++) {
		const ir_cond *c = &r->cond[k];
		ir_cond *d = ir_rule_cond(to, c->field, c->neg, c->loc);
		for (size_t j = 0; j < c->n; j++)
			ir_cond_range(d, c->r[j].lo, c->r[j].hi);
		if (c->ifname)
			ir_cond_ifname(d, c->ifname);
		if (c->bits)
			ir_cond_bits(d, c->bits);
	}
	for (size_t k = 0; k < r->nunres; k++)
		ir_rule_unresolved(to, r->unres[k].loc, r->unres[k].what);
	to->family = r->family;
}

static void lower_list(ios_nat *I, const inat *n, const pool *pools, size_t npools)
{
	struct cisco_ctx *ctx = I->ctx;
	const char *kind = "ip nat inside source list";
	const cisco_acl *a = cisco_acl_find(ctx, n->acl);
	if (!a || !a->defined || !a->chain) {
		char *u = unres_text(n, "its access list is not defined");
		cisco_warn(ctx, n->line->loc, "%s", u);
		free(u);
		return;
	}
	xl_field addr = { XL_KEEP, 0, 0, 0 };
	const char *why = n->why;
	const cisco_if *f = NULL;
	if (n->pool) {
		const pool *p = NULL;
		for (size_t i = 0; i < npools; i++)
			if (pools[i].name && strcmp(pools[i].name, n->pool) == 0)
				p = &pools[i]; /* the last definition stays */
		if (p && p->ok)
			addr = (xl_field){ XL_SET, p->lo, p->hi, 0 };
		else if (!why)
			why = p ? p->why : "its pool is not defined";
	} else {
		f = cisco_if_named(ctx, n->iface);
		if (f && f->has_addr)
			addr = (xl_field){ XL_SET, f->addr, f->addr, 0 };
	}
	if (!why && I->ndyn > 1)
		why = "several dynamic rules: IOS does not document the order in which it tries them";
	xl_field port = n->overload ? (xl_field){ XL_SET, 1, 65535, 0 } : (xl_field){ XL_KEEP, 0, 0, 0 };
	for (size_t i = 0; i < I->nin; i++)
		for (size_t o = 0; o < I->nout; o++)
			for (size_t k = 0; k < a->chain->n; k++) {
				const ir_rule *r = a->chain->rule[k];
				if (r->target && (strcmp(r->target, CISCO_IMPLICIT_DENY) == 0 ||
						  strcmp(r->target, CISCO_IMPLICIT_PERMIT) == 0))
					continue; /* not translated by this rule */
				bool permit = r->action == IR_ACCEPT;
				ir_nat x = { kind, false, addr, port, false, false };
				const char *w = why;
				if (permit && n->iface && !(f && f->has_addr)) {
					if (strcmp(n->iface, I->outs[o]->name) == 0) {
						x.to_egress = true;
					} else {
						x.addr = (xl_field){ XL_SET, PSET_V4_LO, PSET_V4_HI, 0 };
						if (!w)
							w = "the address of the interface, which the file does not give";
					}
				}
				cisco_xmatch m = { I->ins[i]->name, I->outs[o]->name, NULL, NULL, 0, false, false,
						   0, 0 };
				char *u = w ? unres_text(n, w) : NULL;
				ir_rule *nr = cisco_nat_emit(I->out, n->line->loc, n->line->text, &m,
							     permit ? &x : NULL, IR_ACCEPT, u);
				free(u);
				copy_conds(nr, r);
			}
}

void cisco_ipnat_lower(struct cisco_ctx *ctx)
{
	if (!ctx->nipnat)
		return;
	inat *v = xcalloc(ctx->nipnat, sizeof *v);
	pool *pools = xcalloc(ctx->nipnat, sizeof *pools);
	size_t npools = 0;
	ios_nat I;
	memset(&I, 0, sizeof I);
	I.ctx = ctx;
	I.ins = xcalloc(ctx->nifs + 1, sizeof *I.ins);
	I.outs = xcalloc(ctx->nifs + 1, sizeof *I.outs);
	for (size_t i = 0; i < ctx->nifs; i++) {
		if (ctx->ifs[i].nat_inside)
			I.ins[I.nin++] = &ctx->ifs[i];
		if (ctx->ifs[i].nat_outside)
			I.outs[I.nout++] = &ctx->ifs[i];
	}
	bool any = false;
	for (size_t i = 0; i < ctx->nipnat; i++) {
		pool p;
		read_line(ctx, &ctx->ipnat[i], &v[i], &p);
		if (v[i].kind == IK_POOL)
			pools[npools++] = p;
		else if (v[i].kind == IK_IN_LIST)
			I.ndyn++;
		any |= v[i].kind != IK_POOL && v[i].kind != IK_NONE;
	}
	for (size_t i = 0; i < ctx->nipnat; i++)
		for (size_t j = 0; j < ctx->nipnat; j++)
			if (i != j && (v[i].kind == IK_IN_STATIC || v[i].kind == IK_OUT_STATIC)) {
				v[i].amb_out |= same_key(&v[i], &v[j], false);
				v[i].amb_in |= same_key(&v[i], &v[j], true);
			}
	if (any && (!I.nin || !I.nout)) {
		/* IOS translates between inside and outside interfaces only */
		for (size_t i = 0; i < ctx->nipnat; i++)
			if (v[i].kind != IK_POOL && v[i].kind != IK_NONE)
				cisco_warn(ctx, v[i].line->loc,
					   "'%s': no interface is marked ip nat %s, so IOS translates nothing "
					   "with this line (fwlint does not translate it either)",
					   v[i].line->text, !I.nin ? "inside" : "outside");
		goto done;
	}
	if (!any)
		goto done;
	I.out = cisco_nat_chain(ctx, "out");
	/* outside statics first (they let the packet go on), then inside
	 * statics, then the dynamic rules and what is not modelled */
	for (size_t i = 0; i < ctx->nipnat; i++)
		if (v[i].kind == IK_OUT_STATIC)
			lower_static(&I, &v[i]);
	for (size_t i = 0; i < ctx->nipnat; i++)
		if (v[i].kind == IK_IN_STATIC)
			lower_static(&I, &v[i]);
	for (size_t i = 0; i < ctx->nipnat; i++) {
		if (v[i].kind == IK_IN_LIST) {
			lower_list(&I, &v[i], pools, npools);
		} else if (v[i].kind == IK_UNRES) {
			/* may translate what goes from an outside interface
			 * (inside destination, outside source) or from inside
			 * to outside (the rest): which, and to what, is not
			 * known */
			cisco_xmatch m = { 0 };
			char *u = unres_text(&v[i], v[i].why);
			for (size_t o = 0; o < I.nout; o++) {
				m.iif = I.outs[o]->name;
				cisco_nat_emit(I.out, v[i].line->loc, v[i].line->text, &m, NULL, IR_UNKNOWN, u);
			}
			m.iif = NULL;
			for (size_t k = 0; k < I.nin; k++) {
				m.iif = I.ins[k]->name;
				cisco_nat_emit(I.out, v[i].line->loc, v[i].line->text, &m, NULL, IR_UNKNOWN, u);
			}
			free(u);
		}
	}
done:
	free(I.ins);
	free(I.outs);
	free(v);
	free(pools);
}
