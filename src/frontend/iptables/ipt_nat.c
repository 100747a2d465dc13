/* ipt_nat.c - the translation targets of the nat table (DNAT, SNAT,
 * MASQUERADE, REDIRECT, NETMAP) and the NOTRACK of the raw table (NOTRACK,
 * CT --notrack), into the rule's ir_nat (ir.h) as iptables-extensions(8)
 * defines them and the kernel applies them (net/netfilter/nf_nat_core.c
 * get_unique_tuple):
 *
 *   - one address: every packet gets it; a range: the kernel picks one by
 *     a hash of the connection (find_best_ips_proto), which fwlint does
 *     not follow: any of them;
 *   - a destination port range (DNAT, REDIRECT): a port inside it is
 *     kept, one outside goes to its first port (nf_nat_l4proto_unique_tuple
 *     starts at offset 0 for a destination); with /BASE, the port maps by
 *     its offset from BASE; with --random, any;
 *   - a source port range (SNAT, MASQUERADE): any port of the range (a
 *     source port outside it is replaced by a random one); without one,
 *     the source port is kept;
 *   - REDIRECT: the first address of the ingress interface (the packet is
 *     then for the firewall itself); MASQUERADE: the first address of the
 *     egress interface;
 *   - NETMAP --to NET/LEN: the host part is kept, the network replaced: a
 *     one-to-one map of the prefix the rule matches.
 */
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ipt_int.h"
#include "xalloc.h"

void ipt_nat_option(struct ipt_ctx *ctx, const struct opt_def *od, const char *arg, srcloc loc)
{
	line_state *L = &ctx->L;
	switch (od->id) {
	case T_TODEST:
	case T_TOSRC:
	case T_TOPORTS:
	case T_TONET:
		if (L->nat_spec) {
			/* xtables: an option without XTOPT_MULTI */
			ipt_error(ctx, loc, "%s: option \"%s\" can only be used once.", L->target,
				  od->name);
			return;
		}
		L->nat_spec = xstrdup(arg);
		L->nat_loc = loc;
		return;
	case T_NATFLAG:
		if (strcmp(od->name, "--persistent") != 0)
			L->nat_random = true;
		return;
	case T_NOTRACK:
		L->notrack = true;
		return;
	case T_RESTOREMARK:
		L->restore_mark = true;
		return;
	default: /* CT --helper, --zone, ...: no bearing on what passes */
		return;
	}
}

/* An address of the family: IPv4 dotted quad or IPv6. */
static bool parse_addr(const char *s, size_t n, int family, u128 *out)
{
	char buf[64];
	if (n == 0 || n >= sizeof buf)
		return false;
	memcpy(buf, s, n);
	buf[n] = '\0';
	unsigned char b[16];
	if (family != 6 && inet_pton(AF_INET, buf, b) == 1) {
		*out = addr_v4((uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3]);
		return true;
	}
	if (family != 4 && inet_pton(AF_INET6, buf, b) == 1) {
		u128 a = 0;
		for (int i = 0; i < 16; i++)
			a = a << 8 | b[i];
		*out = a;
		return true;
	}
	return false;
}

static bool parse_port(const char *s, size_t n, unsigned *out)
{
	if (n == 0 || n > 5)
		return false;
	unsigned v = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return false;
		v = v * 10 + (unsigned)(s[i] - '0');
	}
	if (v > 65535)
		return false;
	*out = v;
	return true;
}

/* A spec: "[ADDR[-ADDR]][:PORT[-PORT[/BASE]]]", IPv6 addresses in
 * brackets when a port follows. */
typedef struct nat_spec {
	bool addr, port, base;
	u128 alo, ahi;
	unsigned plo, phi, pbase;
} nat_spec;

static bool parse_ports(const char *p, nat_spec *sp)
{
	const char *slash = strchr(p, '/'), *dash = strchr(p, '-');
	const char *end = slash ? slash : p + strlen(p);
	if (dash && dash > end)
		dash = NULL;
	if (!parse_port(p, (size_t)((dash ? dash : end) - p), &sp->plo))
		return false;
	sp->phi = sp->plo;
	if (dash && !parse_port(dash + 1, (size_t)(end - dash - 1), &sp->phi))
		return false;
	if (slash && !parse_port(slash + 1, strlen(slash + 1), &sp->pbase))
		return false;
	sp->port = true;
	sp->base = slash != NULL;
	return sp->plo <= sp->phi && sp->plo > 0;
}

static bool parse_spec(const char *s, int family, bool ports_only, nat_spec *sp)
{
	memset(sp, 0, sizeof *sp);
	if (ports_only)
		return parse_ports(s, sp);
	const char *a = s, *aend, *ports = NULL;
	if (*s == '[') {
		aend = strchr(s, ']');
		if (!aend)
			return false;
		a = s + 1;
		if (aend[1] == ':')
			ports = aend + 2;
		else if (aend[1])
			return false;
	} else {
		const char *c = strchr(s, ':');
		if (c && strchr(c + 1, ':')) {
			aend = s + strlen(s); /* IPv6 without a port */
		} else {
			aend = c ? c : s + strlen(s);
			if (c)
				ports = c + 1;
		}
	}
	if (aend > a) {
		const char *dash = memchr(a, '-', (size_t)(aend - a));
		if (!parse_addr(a, (size_t)((dash ? dash : aend) - a), family, &sp->alo))
			return false;
		sp->ahi = sp->alo;
		if (dash && !parse_addr(dash + 1, (size_t)(aend - dash - 1), family, &sp->ahi))
			return false;
		if (sp->ahi < sp->alo || addr_is_v4(sp->alo) != addr_is_v4(sp->ahi))
			return false;
		sp->addr = true;
	}
	if (ports && !parse_ports(ports, sp))
		return false;
	return sp->addr || sp->port;
}

/* Which side the target may translate in a built-in chain (the kernel's
 * hook masks: nf_nat DNAT in PREROUTING and OUTPUT, SNAT in POSTROUTING
 * and INPUT, MASQUERADE in POSTROUTING, REDIRECT in PREROUTING and
 * OUTPUT); 0 for a user chain, -1 when it may not be used there. */
static int chain_side(const char *target, const char *chain, bool builtin)
{
	if (!builtin)
		return 0;
	bool pre = !strcmp(chain, "PREROUTING") || !strcmp(chain, "OUTPUT");
	bool post = !strcmp(chain, "POSTROUTING") || !strcmp(chain, "INPUT");
	if (!strcmp(target, "DNAT") || !strcmp(target, "REDIRECT"))
		return pre ? 1 : -1;
	if (!strcmp(target, "SNAT"))
		return post ? 2 : -1;
	if (!strcmp(target, "MASQUERADE"))
		return !strcmp(chain, "POSTROUTING") ? 2 : -1;
	return pre ? 1 : post ? 2 : -1; /* NETMAP */
}

static const char *usable_from(const char *target)
{
	if (!strcmp(target, "DNAT") || !strcmp(target, "REDIRECT"))
		return "PREROUTING/OUTPUT";
	if (!strcmp(target, "SNAT"))
		return "POSTROUTING/INPUT";
	if (!strcmp(target, "MASQUERADE"))
		return "POSTROUTING";
	return "PREROUTING/OUTPUT/POSTROUTING/INPUT";
}

/* A destination port range: kept inside it, the first port outside
 * (nf_nat_l4proto_unique_tuple); decided by the ports the rule matches. */
static xl_field dport_range(const ir_rule *r, const nat_spec *sp)
{
	xl_field f = { XL_SET, sp->plo, sp->phi, 0 };
	if (sp->plo == sp->phi)
		return f;
	const ir_cond *c = ir_rule_find_cond(r, IR_DPORT);
	bool inside = c && !c->neg && c->n, outside = c && !c->neg && c->n;
	for (size_t i = 0; c && i < c->n; i++) {
		inside &= c->r[i].lo >= sp->plo && c->r[i].hi <= sp->phi;
		outside &= c->r[i].hi < sp->plo || c->r[i].lo > sp->phi;
	}
	if (inside)
		f.kind = XL_KEEP;
	else if (outside)
		f.hi = f.lo;
	return f; /* else any port of the range: fwlint does not follow which */
}

static bool netmap(struct ipt_ctx *ctx, ir_rule *r, ir_nat *n)
{
	const char *s = ctx->L.nat_spec;
	const char *slash = strchr(s, '/');
	u128 net;
	int family = ctx->family;
	if (!parse_addr(s, slash ? (size_t)(slash - s) : strlen(s), family, &net)) {
		ipt_error(ctx, ctx->L.nat_loc, "NETMAP: bad network \"%s\"", s);
		return false;
	}
	unsigned bits = addr_is_v4(net) ? 32 : 128, len = bits;
	if (slash && !parse_port(slash + 1, strlen(slash + 1), &len)) {
		ipt_error(ctx, ctx->L.nat_loc, "NETMAP: bad prefix length in \"%s\"", s);
		return false;
	}
	if (len > bits) {
		ipt_error(ctx, ctx->L.nat_loc, "NETMAP: bad prefix length in \"%s\"", s);
		return false;
	}
	u128 host = len == bits ? 0 : (((u128)1 << (bits - len)) - 1);
	net &= ~host;
	const ir_cond *c = ir_rule_find_cond(r, n->dst ? IR_DST : IR_SRC);
	if (c && !c->neg && c->n == 1 && c->r[0].hi - c->r[0].lo == host &&
	    (c->r[0].lo & host) == 0) {
		n->addr = (xl_field){ XL_MAP, net, net | host, c->r[0].lo };
		return true;
	}
	/* NETMAP keeps the host bits of any address: from a wider range,
	 * many addresses map to one, which fwlint does not model. */
	ir_rule_unresolved(r, ctx->L.nat_loc,
			   "NETMAP of addresses that are not one prefix of the size of --to");
	n->addr = (xl_field){ XL_SET, net, net | host, 0 };
	return true;
}

bool ipt_nat_finish(struct ipt_ctx *ctx, ir_rule *r)
{
	line_state *L = &ctx->L;
	const char *t = r->target;
	if (!strcmp(t, "CONNMARK") && L->restore_mark) {
		r->mark_restore = true;
		return true;
	}
	if (!strcmp(t, "NOTRACK") || (!strcmp(t, "CT") && L->notrack)) {
		r->notrack = true;
		return true;
	}
	if (!strcmp(t, "TPROXY") || !strcmp(t, "SAME")) {
		/* iptables-extensions(8): TPROXY delivers the packet to a
		 * local socket without changing it; SAME (gone from the
		 * kernel since 2.6.25) picked one address of a range per
		 * client.  Neither is modelled: say so. */
		ir_rule_unresolved(r, L->target_loc,
				   !strcmp(t, "TPROXY")
				   ? "-j TPROXY (the packet goes to a local socket: not modelled)"
				   : "-j SAME (a translation to an address of a range: not modelled)");
		return true;
	}
	bool dnat = !strcmp(t, "DNAT"), snat = !strcmp(t, "SNAT");
	bool masq = !strcmp(t, "MASQUERADE"), redir = !strcmp(t, "REDIRECT");
	bool nmap = !strcmp(t, "NETMAP");
	if (!dnat && !snat && !masq && !redir && !nmap)
		return true;
	if ((dnat || snat || nmap) && !L->nat_spec) {
		/* xtables: XTOPT_MAND */
		ipt_error(ctx, L->target_loc, "%s: option \"%s\" must be specified", t,
			  dnat ? "--to-destination" : snat ? "--to-source" : "--to");
		return false;
	}
	chain_ent *e = ipt_chain_lookup(ctx->table, L->chain);
	bool builtin = e && e->chain->builtin;
	int side = chain_side(t, L->chain, builtin);
	if (side < 0) {
		/* x_tables.c xt_check_target: "%s_tables: %s target: used from
		 * hooks %s, but only usable from %s"; iptables-restore:
		 * RULE_APPEND failed (Invalid argument) */
		ipt_error(ctx, L->target_loc,
			  "RULE_APPEND failed (Invalid argument): rule in chain %s (the %s target is only usable from %s)",
			  L->chain, t, usable_from(t));
		return false;
	}
	ir_nat n;
	memset(&n, 0, sizeof n);
	n.kind = t;
	n.dst = dnat || redir || (nmap && side == 1);
	n.addr.kind = XL_KEEP;
	n.port.kind = XL_KEEP;
	n.to_local = redir;
	n.to_egress = masq;
	if (nmap) {
		if (side == 0) {
			ir_rule_unresolved(r, L->target_loc,
					   "NETMAP in a user chain: which side it translates depends on the chain that calls it");
			return true;
		}
		if (!netmap(ctx, r, &n))
			return false;
		ir_rule_nat(r, &n);
		return true;
	}
	if (L->nat_spec) {
		nat_spec sp;
		if (!parse_spec(L->nat_spec, ctx->family, masq || redir, &sp)) {
			/* libxt_DNAT.c parse_to: "Bad IP address", "Port
			 * \"%s\" not valid" */
			ipt_error(ctx, L->nat_loc, masq || redir ? "Port \"%s\" not valid"
					  : "Bad IP address \"%s\"", L->nat_spec);
			return false;
		}
		/* libxt_DNAT.c: ports need a protocol that has them; ICMP's
		 * "port" is its echo identifier */
		bool ports_ok = !L->proto_neg && L->proto >= 0 &&
				(proto_has_ports((unsigned)L->proto) || L->proto == PROTO_ICMP);
		if (sp.port && !ports_ok) {
			/* libxt_DNAT.c, libipt_SNAT.c */
			ipt_error(ctx, L->nat_loc, "Need TCP, UDP, SCTP or DCCP with port specification");
			return false;
		}
		if (sp.addr)
			n.addr = (xl_field){ XL_SET, sp.alo, sp.ahi, 0 };
		if (sp.port) {
			if (L->nat_random)
				n.port = (xl_field){ XL_SET, sp.plo, sp.phi, 0 };
			else if (sp.base)
				n.port = (xl_field){ XL_MAP, sp.plo, sp.phi, sp.pbase };
			else if (n.dst)
				n.port = dport_range(r, &sp);
			else
				n.port = (xl_field){ XL_SET, sp.plo, sp.phi, 0 };
		}
	}
	ir_rule_nat(r, &n);
	return true;
}
