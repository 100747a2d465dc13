/* cisco_lower.c - ACL entries to IR rules, ACLs to chains, bindings and
 * ASA security levels to the "in" and "out" chains (include/cisco.h).
 *
 * An extended entry is read as (IOS Security Command Reference "permit
 * (IP)", ASA Command Reference "access-list extended"):
 *   PROTO SRC [SRCPORT] DST [DSTPORT] [ICMP-TYPE [CODE]] [OPTIONS]
 * PROTO is a protocol name or number, "object SVC", "object-group PROTO"
 * or "object-group SVC" (ASA); a port is an operator (eq neq lt gt range),
 * or on ASA "object-group PORTS" -- which is a port group or the
 * destination only the group's definition tells.  Options:
 *   established      TCP with ACK or RST set (IOS: "matches packets of an
 *                    established connection ... if the TCP datagram has
 *                    the ACK or RST bits set")
 *   ack fin psh rst syn urg, match-any|match-all +F -F: TCP flags
 *   log [..], log-input: no effect on what passes
 *   time-range, dscp, precedence, tos, ttl, option, fragments: fwlint's
 *                    packets do not carry them: unresolved
 *   inactive (ASA):  the entry does not apply
 * A standard entry is SRC [log].  An entry with an error is reported and
 * left out.
 *
 * An IOS IPv6 access list ("ipv6 access-list NAME", IOS IPv6 Command
 * Reference "permit (IPv6)") is read the same way, with its own words:
 * PROTO "ipv6" (every packet) or "icmp" (ICMPv6, with the ICMPv6 message
 * names), addresses "any", "host ADDR", "PREFIX/LEN"; options "sequence
 * N" (its number: the order of the lines is kept), and the IPv6 header
 * tests (dest-option-type, flow-label, mobility, mobility-type, routing,
 * routing-type, hbh, auth, undetermined-transport): unresolved.  Its rules
 * match IPv6 packets only.  At its end, when it has an entry, the implicit
 * "permit icmp any any nd-na", "permit icmp any any nd-ns" and "deny ipv6
 * any any" (Catalyst 3750 Metro Switch Command Reference, "deny (IPv6
 * access-list configuration)": "Every IPv6 ACL has implicit permit icmp
 * any any nd-na, permit icmp any any nd-ns, and deny ipv6 any any
 * statements as its last match conditions").
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cisco_int.h"
#include "cisco_names.h"
#include "xalloc.h"

bool cisco_service(struct cisco_ctx *ctx, const cisco_elem *e, srcloc loc, cisco_svc *s);

#define MAX_UNRES 8

typedef struct entry {
	bool permit;
	cisco_svc *svc;       /* one IR rule each */
	cisco_aset src, dst;
	uint64_t flags;       /* TCP flags, or TCPFLAGS_ALL */
	bool inactive;
	const char *unres[MAX_UNRES];
	srcloc unres_loc[MAX_UNRES];
	int nunres;
} entry;

static bool is_word(const cisco_elem *e, const char *w)
{
	return e && e->kind == CE_WORD && strcasecmp(e->a, w) == 0;
}

static bool is_port_op(const cisco_elem *e)
{
	return e && e->kind >= CE_EQ && e->kind <= CE_RANGE;
}

static void note(entry *en, const char *what, srcloc loc)
{
	if (en->nunres < MAX_UNRES) {
		en->unres[en->nunres] = what;
		en->unres_loc[en->nunres++] = loc;
	}
}

static int svc_ports_proto(const cisco_svc *s)
{
	if (s->plo == 6 && s->phi == 6)
		return 6;
	if (s->plo == 17 && s->phi == 17)
		return 17;
	if (s->plo == 6 && s->phi == 17)
		return 0; /* tcp-udp */
	return -1;
}

/* A port element or an ASA port group, applied to every service. */
static bool apply_ports(struct cisco_ctx *ctx, entry *en, const cisco_elem *e, bool dst)
{
	for (cisco_svc *s = en->svc; s; s = s->next) {
		int p = svc_ports_proto(s);
		if (p < 0) {
			cisco_error(ctx, e->loc, "a port needs protocol tcp or udp");
			return false;
		}
		ir_range *r = NULL;
		size_t n = 0;
		if (e->kind == CE_GROUP) {
			cisco_og *g = cisco_og_lower(ctx, e->a, e->loc, 0);
			if (!g)
				return false;
			r = g->ports;
			n = g->nports;
		} else if (!cisco_port_elem(ctx, e, p, &r, &n)) {
			return false;
		}
		if (dst ? s->has_dp : s->has_sp) {
			/* "eq 80 443" (IOS XE): more ports after the first */
			ir_range *o = dst ? s->dp : s->sp;
			size_t on = dst ? s->ndp : s->nsp;
			ir_range *nr = cisco_alloc(ctx, (on + n) * sizeof *nr);
			if (on)
				memcpy(nr, o, on * sizeof *nr);
			if (n)
				memcpy(nr + on, r, n * sizeof *nr);
			r = nr;
			n += on;
		}
		if (dst) {
			s->dp = r;
			s->ndp = n;
			s->has_dp = true;
		} else {
			s->sp = r;
			s->nsp = n;
			s->has_sp = true;
		}
	}
	return true;
}

/* Does e name a port group (ASA "object-group service NAME tcp")? */
static bool is_port_group(struct cisco_ctx *ctx, const cisco_elem *e)
{
	if (!e || e->kind != CE_GROUP)
		return false;
	cisco_og *g = cisco_og_find(ctx, e->a);
	return g && (g->kind == COG_SERVICE || g->kind == COG_OBJSVC) && g->proto;
}

/* An object-group in the options: say so when it is not defined. */
static bool undefined_group(struct cisco_ctx *ctx, const cisco_elem *e)
{
	if (e->kind != CE_GROUP || cisco_og_find(ctx, e->a))
		return false;
	/* As for an undefined object (cisco_og_lower): the device refuses
	 * the entry; it is left out, with a warning. */
	cisco_warn(ctx, e->loc, "object-group '%s' is not defined: the device refuses this "
		   "entry, so fwlint leaves it out", e->a);
	return true;
}

/* ASA "permit object icmp-echo any any", "permit object ospf any any":
 * a protocol or "icmp-TYPE" where no object of that name exists (the
 * inline service specifiers of Batfish's ASA grammar). */
static bool inline_service(struct cisco_ctx *ctx, entry *en, const cisco_elem *e)
{
	int p, type, code;
	cisco_svc *s = cisco_alloc(ctx, sizeof *s);
	if (cisco_proto_name(e->a, true, &p) && p >= 0) {
		s->plo = s->phi = p;
	} else if (strncasecmp(e->a, "icmp-", 5) == 0 && cisco_icmp_name(e->a + 5, true, &type, &code)) {
		s->plo = s->phi = 1;
		s->dp = cisco_alloc(ctx, sizeof *s->dp);
		s->dp[0].lo = (u128)type * 256 + (code < 0 ? 0 : (unsigned)code);
		s->dp[0].hi = (u128)type * 256 + (code < 0 ? 255 : (unsigned)code);
		s->ndp = 1;
		s->has_dp = true;
	} else {
		return false;
	}
	en->svc = s;
	return true;
}

static bool proto_elem(struct cisco_ctx *ctx, entry *en, const cisco_elem *e)
{
	if (e->kind == CE_WORD) {
		cisco_svc s;
		cisco_elem one = *e;
		one.next = NULL;
		if (!cisco_service(ctx, &one, e->loc, &s))
			return false;
		en->svc = cisco_alloc(ctx, sizeof *en->svc);
		*en->svc = s;
		return true;
	}
	if (e->kind == CE_OBJECT && !cisco_og_find(ctx, e->a) && inline_service(ctx, en, e))
		return true;
	if (e->kind == CE_OBJECT || e->kind == CE_GROUP) {
		cisco_og *g = cisco_og_lower(ctx, e->a, e->loc, 0);
		if (!g)
			return false;
		if (g->kind == COG_OBJSVC || g->kind == COG_PROTOCOL ||
		    (g->kind == COG_SERVICE && !g->proto)) {
			for (const cisco_svc *s = g->svc; s; s = s->next) {
				cisco_svc *c = cisco_alloc(ctx, sizeof *c);
				*c = *s;
				c->next = en->svc;
				en->svc = c;
			}
			return true; /* an empty group: the entry matches nothing */
		}
		cisco_error(ctx, e->loc, "'%s' is not a protocol or service object", e->a);
		return false;
	}
	cisco_error(ctx, e->loc, "unexpected '%s', expected a protocol", e->a);
	return false;
}

static const char *const unres_opts[] = { "time-range", "dscp", "precedence", "tos", "option",
					  "reflect", NULL };
/* IPv6 header tests of "permit (IPv6)": "flow-label 5", "routing-type 0",
 * "dest-option-type 201", "mobility-type bind-update"; the others stand
 * alone */
static const char *const unres6_value[] = { "flow-label", "routing-type", "dest-option-type",
					    "mobility-type", NULL };
static const char *const unres6_alone[] = { "routing", "mobility", "hbh", "auth",
					    "undetermined-transport", NULL };

/* Options after the destination. */
static bool options(struct cisco_ctx *ctx, entry *en, const cisco_elem *e)
{
	bool tcp = en->svc && !en->svc->next && en->svc->plo == 6 && en->svc->phi == 6;
	bool icmp = en->svc && !en->svc->next && en->svc->plo == en->svc->phi &&
		    (en->svc->plo == 1 || en->svc->plo == 58);
	unsigned fmask = 0, fcomp = 0;
	bool any_flags = false, match_any = false;
	uint64_t anyset = 0;
	for (; e; e = e->next) {
		if (e->kind == CE_GROUP && icmp) {
			cisco_og *g = cisco_og_lower(ctx, e->a, e->loc, 0);
			if (!g)
				return false;
			if (g->kind != COG_ICMP) {
				cisco_error(ctx, e->loc, "'%s' is not an icmp-type object-group", e->a);
				return false;
			}
			size_t n = 0;
			for (const cisco_svc *s = g->svc; s; s = s->next)
				n++;
			ir_range *r = cisco_alloc(ctx, (n ? n : 1) * sizeof *r);
			n = 0;
			for (const cisco_svc *s = g->svc; s; s = s->next)
				r[n++] = s->dp[0];
			en->svc->dp = r;
			en->svc->ndp = n;
			en->svc->has_dp = true;
			continue;
		}
		if (e->kind != CE_WORD) {
			if (!undefined_group(ctx, e))
				cisco_error(ctx, e->loc, "unexpected '%s'", e->a);
			return false;
		}
		const char *w = e->a;
		if (icmp && !en->svc->has_dp) {
			ir_range r;
			bool used;
			if (cisco_icmp_value(ctx, e, e->next, &used, &r)) {
				en->svc->dp = cisco_alloc(ctx, sizeof r);
				en->svc->dp[0] = r;
				en->svc->ndp = 1;
				en->svc->has_dp = true;
				if (used)
					e = e->next;
				continue;
			}
		}
		if (strcasecmp(w, "log") == 0) {
			/* log [LEVEL] [interval N] | default | disable, or a cookie */
			while (e->next && e->next->kind == CE_WORD &&
			       !is_word(e->next, "time-range") && !is_word(e->next, "inactive") &&
			       !is_word(e->next, "fragments"))
				e = e->next;
			continue;
		}
		if (strcasecmp(w, "log-input") == 0)
			continue;
		if (ctx->v6 && strcasecmp(w, "sequence") == 0) {
			/* the builder took "sequence N" as the entry's number */
			cisco_error(ctx, e->loc, "sequence needs a number");
			return false;
		}
		if (ctx->v6) {
			bool un6 = false;
			for (int i = 0; unres6_value[i]; i++)
				if (strcasecmp(w, unres6_value[i]) == 0 && e->next) {
					note(en, unres6_value[i], e->loc);
					e = e->next;
					un6 = true;
					break;
				}
			for (int i = 0; !un6 && unres6_alone[i]; i++)
				if (strcasecmp(w, unres6_alone[i]) == 0) {
					note(en, unres6_alone[i], e->loc);
					un6 = true;
				}
			if (un6)
				continue;
		}
		if (strcasecmp(w, "inactive") == 0) {
			en->inactive = true;
			continue;
		}
		if (strcasecmp(w, "established") == 0) {
			if (!tcp) {
				cisco_error(ctx, e->loc, "established needs protocol tcp");
				return false;
			}
			en->flags = tcpflags_match(TCPF_ACK, TCPF_ACK) | tcpflags_match(TCPF_RST, TCPF_RST);
			continue;
		}
		if (strcasecmp(w, "fragments") == 0) {
			note(en, "fragments", e->loc);
			continue;
		}
		if (strcasecmp(w, "match-any") == 0 || strcasecmp(w, "match-all") == 0) {
			match_any = w[6] == 'a' && w[7] == 'n';
			continue;
		}
		static const struct { const char *n; unsigned f; } fl[] = {
			{ "ack", TCPF_ACK }, { "fin", TCPF_FIN }, { "psh", TCPF_PSH },
			{ "rst", TCPF_RST }, { "syn", TCPF_SYN }, { "urg", TCPF_URG },
		};
		bool isflag = false;
		for (size_t i = 0; i < sizeof fl / sizeof fl[0]; i++) {
			const char *f = w + (w[0] == '+' || w[0] == '-');
			if (strcasecmp(f, fl[i].n) == 0 && tcp) {
				bool set = w[0] != '-';
				if (match_any)
					anyset |= tcpflags_match(fl[i].f, set ? fl[i].f : 0);
				fmask |= fl[i].f;
				fcomp |= set ? fl[i].f : 0;
				any_flags = isflag = true;
			}
		}
		if (isflag)
			continue;
		bool un = false;
		for (int i = 0; unres_opts[i]; i++)
			if (strcasecmp(w, unres_opts[i]) == 0) {
				un = true;
				if (strcasecmp(w, "reflect") != 0)
					note(en, unres_opts[i], e->loc);
				/* the option's value */
				if (e->next && (e->next->kind == CE_WORD || e->next->kind == CE_EQ ||
						e->next->kind == CE_LT || e->next->kind == CE_GT ||
						e->next->kind == CE_NEQ || e->next->kind == CE_RANGE))
					e = e->next;
				if (strcasecmp(w, "reflect") == 0)
					while (e->next && (is_word(e->next, "timeout") ||
							   (e->next->kind == CE_WORD &&
							    e->next->a[0] >= '0' && e->next->a[0] <= '9')))
						e = e->next;
			}
		if (un)
			continue;
		if (strcasecmp(w, "ttl") == 0 && e->next && is_port_op(e->next)) {
			note(en, "ttl", e->loc);
			e = e->next;
			continue;
		}
		cisco_error(ctx, e->loc, "unexpected '%s'", w);
		return false;
	}
	if (any_flags)
		en->flags = match_any ? anyset : tcpflags_match(fmask, fcomp);
	return true;
}

/* Is w one more port of "eq P1 P2 ..."? */
static bool more_port(struct cisco_ctx *ctx, const entry *en, const char *w)
{
	unsigned p;
	if (strspn(w, "0123456789") == strlen(w))
		return true;
	int proto = svc_ports_proto(en->svc);
	return proto >= 0 && cisco_port_name(w, proto, ctx->asa, &p);
}

static bool interpret(struct cisco_ctx *ctx, const cisco_acl *a, const cisco_ace *ace, entry *en)
{
	memset(en, 0, sizeof *en);
	en->permit = ace->permit;
	en->flags = TCPFLAGS_ALL;
	/* NX-OS "addrgroup NAME", "portgroup NAME": object-groups */
	for (cisco_elem *x = ace->e; x; x = x->next)
		if ((is_word(x, "addrgroup") || is_word(x, "portgroup")) && x->next &&
		    x->next->kind == CE_WORD) {
			x->kind = CE_GROUP;
			x->a = x->next->a;
			x->loc = srcloc_span(x->loc, x->next->loc);
			x->next = x->next->next;
		}
	const cisco_elem *e = ace->e;
	bool netmask = ctx->asa;
	if (e->kind == CE_WORD && e->b) {
		/* IOS reflexive ACLs: "evaluate NAME" passes the replies of what
		 * a "permit ... reflect NAME" entry let through: not known here */
		if (strcasecmp(e->a, "evaluate") != 0) {
			cisco_error(ctx, e->loc, "unexpected '%s', expected permit, deny or remark", e->a);
			return false;
		}
		en->svc = cisco_alloc(ctx, sizeof *en->svc);
		en->svc->phi = 255;
		en->src.all = en->dst.all = true;
		note(en, "a reflexive access-list (evaluate): its entries are made at run time",
		     e->loc);
		return true;
	}
	cisco_elem tmp;
	if (a->type == CACL_STANDARD) {
		e = cisco_name_mask(ctx, e, &tmp);
		if (!cisco_addr_elem(ctx, e, netmask, &en->src, 0))
			return false;
		en->svc = cisco_alloc(ctx, sizeof *en->svc);
		en->svc->plo = 0;
		en->svc->phi = 255;
		for (e = e->next; e; e = e->next)
			if (!is_word(e, "log") && !is_word(e, "log-input")) {
				cisco_error(ctx, e->loc, "unexpected '%s' in a standard access-list",
					    e->a ? e->a : "?");
				return false;
			}
		en->dst.all = true;
		return true;
	}
	if (!proto_elem(ctx, en, e))
		return false;
	e = e->next;
	if (!e) {
		cisco_error(ctx, ace->loc, "the source address is missing");
		return false;
	}
	e = cisco_name_mask(ctx, e, &tmp);
	if (e->kind == CE_ADDR) {
		cisco_error(ctx, e->loc, "address %s needs a %s", e->a, ctx->asa ? "netmask" : "wildcard");
		return false;
	}
	if (!cisco_addr_elem(ctx, e, netmask, &en->src, 0))
		return false;
	e = e->next;
	if (is_port_op(e) || is_port_group(ctx, e)) {
		if (!apply_ports(ctx, en, e, false))
			return false;
		e = e->next;
	}
	if (!e) {
		cisco_error(ctx, ace->loc, "the destination address is missing");
		return false;
	}
	cisco_elem tmp2;
	e = cisco_name_mask(ctx, e, &tmp2);
	if (e->kind == CE_ADDR) {
		cisco_error(ctx, e->loc, "address %s needs a %s", e->a, ctx->asa ? "netmask" : "wildcard");
		return false;
	}
	if (!cisco_addr_elem(ctx, e, netmask, &en->dst, 0))
		return false;
	e = e->next;
	if (is_port_op(e) || is_port_group(ctx, e)) {
		if (!apply_ports(ctx, en, e, true))
			return false;
		e = e->next;
		/* "eq 80 443 8080" (IOS XE, NX-OS): more ports */
		const cisco_elem *op;
		for (op = ace->e; op && op->next != e; op = op->next)
			;
		while (op && op->kind == CE_EQ && e && e->kind == CE_WORD && more_port(ctx, en, e->a)) {
			cisco_elem more = *e;
			more.kind = CE_EQ;
			more.next = NULL;
			if (!apply_ports(ctx, en, &more, true))
				return false;
			e = e->next;
		}
	}
	return options(ctx, en, e);
}

static void cond_ranges(ir_rule *r, enum ir_field f, const ir_range *v, size_t n, srcloc loc)
{
	ir_cond *c = ir_rule_cond(r, f, false, loc);
	for (size_t i = 0; i < n; i++)
		ir_cond_range(c, v[i].lo, v[i].hi);
}

static void emit(struct cisco_ctx *ctx, ir_chain *c, const cisco_ace *ace, const entry *en)
{
	size_t tl;
	const char *text = cisco_line_text(ctx, ace->loc, &tl);
	for (const cisco_svc *s = en->svc; s; s = s->next) {
		ir_rule *r = ir_rule_new(ace->loc, text, tl);
		if (!(s->plo == 0 && s->phi == 255)) {
			ir_cond *pc = ir_rule_cond(r, IR_PROTO, false, ace->loc);
			if (s->plo == 6 && s->phi == 17) {
				ir_cond_range(pc, 6, 6);
				ir_cond_range(pc, 17, 17);
			} else {
				ir_cond_range(pc, (u128)s->plo, (u128)s->phi);
			}
		}
		/* What cannot be resolved gets no condition: the rule is
		 * unresolved and may match any of it (fwlint(1), "Unresolved constructs"), never none.
		 * Two wide wildcard masks would make src x dst boxes: past
		 * the bound, the wider side is left unresolved as well. */
		bool src_open = en->src.all || en->src.unres, dst_open = en->dst.all || en->dst.unres;
		if (!src_open && !dst_open &&
		    en->src.n * en->dst.n > CISCO_MAX_WILDCARD_RANGES) {
			bool drop_src = en->src.n >= en->dst.n;
			char buf[160];
			snprintf(buf, sizeof buf, "%zu x %zu address ranges (more than %d): the %s addresses of this entry",
				 en->src.n, en->dst.n, CISCO_MAX_WILDCARD_RANGES,
				 drop_src ? "source" : "destination");
			ir_rule_unresolved(r, ace->loc, buf);
			if (drop_src)
				src_open = true;
			else
				dst_open = true;
		}
		if (!src_open)
			cond_ranges(r, IR_SRC, en->src.r, en->src.n, ace->loc);
		if (!dst_open)
			cond_ranges(r, IR_DST, en->dst.r, en->dst.n, ace->loc);
		if (s->has_sp)
			cond_ranges(r, IR_SPORT, s->sp, s->nsp, ace->loc);
		if (s->has_dp)
			cond_ranges(r, IR_DPORT, s->dp, s->ndp, ace->loc);
		if (en->flags != TCPFLAGS_ALL)
			ir_cond_bits(ir_rule_cond(r, IR_TCPFLAGS, false, ace->loc), en->flags);
		if (en->src.unres)
			ir_rule_unresolved(r, en->src.unres_loc, en->src.unres);
		if (en->dst.unres)
			ir_rule_unresolved(r, en->dst.unres_loc, en->dst.unres);
		for (int i = 0; i < en->nunres; i++)
			ir_rule_unresolved(r, en->unres_loc[i], en->unres[i]);
		ir_rule_action(r, en->permit ? IR_ACCEPT : IR_DROP, en->permit ? "permit" : "deny",
			       ace->loc);
		r->keep_state = en->permit && ctx->asa;
		if (ctx->v6)
			r->family = 6;
		ir_chain_append(c, r);
	}
}

/* Entries are numbered by type when the ACL is: IOS numbered ACLs. */
static void settle_type(cisco_acl *a, bool asa)
{
	if (a->type != CACL_ANY)
		return;
	char *end;
	long n = strtol(a->name, &end, 10);
	if (!asa && !*end && ((n >= 1 && n <= 99) || (n >= 1300 && n <= 1999)))
		a->type = CACL_STANDARD;
	else
		a->type = CACL_EXTENDED;
}

/* The implicit ICMPv6 neighbour discovery permits at the end of an IPv6
 * access list, before its implicit deny (see the top). */
static void implicit_nd(cisco_acl *a)
{
	static const struct { const char *name; int type; } nd[] = { { "nd-na", 136 },
								     { "nd-ns", 135 } };
	for (size_t i = 0; i < 2; i++) {
		char *text = xasprintf("implicit permit icmp any any %s at the end of access-list %s",
				       nd[i].name, a->name);
		ir_rule *r = ir_rule_new(a->loc, text, strlen(text));
		free(text);
		ir_cond_range(ir_rule_cond(r, IR_PROTO, false, a->loc), 58, 58);
		ir_cond_range(ir_rule_cond(r, IR_DPORT, false, a->loc), (u128)nd[i].type * 256,
			      (u128)nd[i].type * 256 + 255);
		ir_rule_action(r, IR_ACCEPT, CISCO_IMPLICIT_PERMIT, a->loc);
		r->family = 6;
		ir_chain_append(a->chain, r);
	}
}

static void lower_acl(struct cisco_ctx *ctx, ir_table *t, cisco_acl *a)
{
	settle_type(a, ctx->asa);
	a->chain = ir_chain_new(t, a->name, false, a->loc);
	if (!a->chain)
		return;
	ctx->v6 = a->type == CACL_IPV6;
	for (size_t i = 0; i < a->n; i++) {
		if (a->v[i].remark)
			continue; /* ASA: a line number's placeholder */
		entry en;
		if (!interpret(ctx, a, &a->v[i], &en))
			continue;
		ctx->rs->nsource++;
		if (en.inactive)
			continue;
		emit(ctx, a->chain, &a->v[i], &en);
	}
	bool v6 = ctx->v6;
	ctx->v6 = false;
	if (!ctx->asa && a->n == 0) /* (IOS keeps no remark in v) */
		return; /* IOS: an ACL without entries permits everything: the
			   chain falls through to the "in"/"out" policy */
	if (v6)
		implicit_nd(a);
	char *text = xasprintf("implicit deny at the end of access-list %s", a->name);
	ir_rule *r = ir_rule_new(a->loc, text, strlen(text));
	free(text);
	ir_rule_action(r, IR_DROP, CISCO_IMPLICIT_DENY, a->loc);
	if (v6)
		r->family = 6;
	ir_chain_append(a->chain, r);
}

void cisco_lower_bindings(struct cisco_ctx *ctx, ir_chain *in, ir_chain *out,
			  const cisco_binding *extra, size_t nextra);

void cisco_lower(struct cisco_ctx *ctx, const cisco_binding *extra, size_t nextra)
{
	srcloc top = { ctx->file, 1, 1, 1, 1 };
	ir_table *t = ir_table_get(ctx->rs, "filter", top);
	ir_chain *in = ir_chain_new(t, "in", true, top);
	ir_chain *out = ir_chain_new(t, "out", true, top);
	ir_chain_policy(in, IR_ACCEPT, SRCLOC_NONE);
	ir_chain_policy(out, IR_ACCEPT, SRCLOC_NONE);
	for (size_t i = 0; i < ctx->nacl; i++)
		if (ctx->acl[i].defined)
			lower_acl(ctx, t, &ctx->acl[i]);
	if (ctx->asa)
		cisco_nat_lower(ctx);
	else
		cisco_ipnat_lower(ctx);
	cisco_lower_bindings(ctx, in, out, extra, nextra);
}
