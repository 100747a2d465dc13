/* common.c - what the checks share: the packets of a flow, their replies,
 * the hops of a flow through a firewall, and the words for a policy
 * (checks.h). */
#include "checks.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

char *policy_describe(const fwload *f, const ir_chain *c)
{
	if (f->rs && f->rs->format == IR_FMT_PF)
		return xstrdup("pf's default pass (no rule matches)");
	if (f->rs && (f->rs->format == IR_FMT_CISCO || f->rs->format == IR_FMT_ASA))
		return xasprintf("the absence of an ACL %s (the device permits)",
				 strcmp(c->name, "out") == 0 ? "bound outbound" : "bound inbound");
	if (c->builtin)
		return xasprintf("the %s policy", c->name);
	return xasprintf("the end of chain %s", c->name);
}

srcloc policy_where(const fwload *f, const ir_chain *c)
{
	if (c->builtin && c->policy_loc.line > 0)
		return c->policy_loc;
	if (!c->builtin && c->loc.line > 0)
		return c->loc;
	return (srcloc){ f->rs ? f->rs->path : f->path, 0, 0, 0, 0 };
}

unsigned reply_by_state(const fwload *f, enum eval_hook opening, unsigned kept)
{
	const ir_chain *st[EVAL_MAX_STAGES];
	size_t n = eval_hook_stages(f->ev, opening, st);
	if ((f->rs->format == IR_FMT_ASA || f->rs->format == IR_FMT_CISCO) && kept)
		/* An ASA connection is one entry in one table: its replies
		 * pass every interface (ASA guide, "Stateful Inspection");
		 * IOS CBAC ("ip inspect") opens the ACLs of the return path
		 * for them (IOS Security Configuration Guide, "Configuring
		 * Context-Based Access Control"). */
		return (1u << n) - 1;
	unsigned r = 0;
	for (size_t k = 0; k < n; k++)
		if (kept & (1u << k))
			r |= 1u << (n - 1 - k);
	return r;
}

pset flow_packets(const flow *fl, const fwload *f, const fwhop *h)
{
	int in_if = h->in_if, out_if = h->out_if;
	pset real = pset_empty();
	if (fl->translated && !h->public_dst) {
		pbox r = pbox_full();
		r.dst_lo = r.dst_hi = fl->real_addr;
		pset_add_box(&real, &r);
	}
	const pset *dst = real.n ? &real : &fl->dst;
	pset s = pset_empty();
	const topo_firewall *fw = f->fw;
	pbox b = pbox_full();
	b.proto_lo = b.proto_hi = (uint8_t)fl->proto;
	/* A client's source port is ephemeral (fwlint-topology(5),
	 * REQUIRED FLOWS). */
	b.sport_lo = 1024;
	b.sport_hi = 65535;
	b.dport_lo = (uint16_t)fl->dport_lo;
	b.dport_hi = (uint16_t)fl->dport_hi;
	b.state = CT_NEW;
	if (fl->proto == PROTO_TCP)
		b.flags = OPENING_TCP_FLAGS;
	if (fw && in_if >= 0) {
		b.iif_lo = b.iif_hi = iftab_id(&f->tab, fw->iface[in_if].name);
	}
	if (fw && out_if >= 0) {
		b.oif_lo = b.oif_hi = iftab_id(&f->tab, fw->iface[out_if].name);
	}
	for (size_t i = 0; i < fl->src.n; i++)
		for (size_t j = 0; j < dst->n; j++) {
			pbox c = b;
			c.src_lo = fl->src.box[i].src_lo;
			c.src_hi = fl->src.box[i].src_hi;
			c.dst_lo = dst->box[j].dst_lo;
			c.dst_hi = dst->box[j].dst_hi;
			/* One packet has one address family. */
			bool v4s = addr_is_v4(c.src_lo) && addr_is_v4(c.src_hi);
			bool v4d = addr_is_v4(c.dst_lo) && addr_is_v4(c.dst_hi);
			if (v4s && !v4d) {
				if (c.dst_lo > PSET_V4_HI || c.dst_hi < PSET_V4_LO)
					continue;
				c.dst_lo = c.dst_lo > PSET_V4_LO ? c.dst_lo : PSET_V4_LO;
				c.dst_hi = c.dst_hi < PSET_V4_HI ? c.dst_hi : PSET_V4_HI;
			} else if (v4d && !v4s) {
				if (c.src_lo > PSET_V4_HI || c.src_hi < PSET_V4_LO)
					continue;
				c.src_lo = c.src_lo > PSET_V4_LO ? c.src_lo : PSET_V4_LO;
				c.src_hi = c.src_hi < PSET_V4_HI ? c.src_hi : PSET_V4_HI;
			}
			pset_add_box(&s, &c);
		}
	pset_free(&real);
	if (fw && fw->host >= 0) {
		pset t = host_interfaces(&s, f);
		pset_free(&s);
		s = t;
	}
	return s;
}

pset host_interfaces(const pset *s, const fwload *f)
{
	/* Packets on the loopback interface stay inside the host: Linux
	 * calls it lo, OpenBSD lo0 (pf.conf(5) examples: "set skip on lo"). */
	static const char *const loopbacks[] = { "lo", "lo0" };
	pset t = pset_clone(s);
	for (size_t k = 0; k < sizeof loopbacks / sizeof *loopbacks; k++) {
		uint16_t lo, hi;
		if (!iftab_range(&f->tab, loopbacks[k], &lo, &hi))
			continue;
		for (int side = 0; side < 2; side++) {
			pbox b = pbox_full();
			if (side == 0) {
				b.iif_lo = lo;
				b.iif_hi = hi;
			} else {
				b.oif_lo = lo;
				b.oif_hi = hi;
			}
			pset u = pset_subtract_box(&t, &b);
			pset_free(&t);
			t = u;
		}
	}
	return t;
}

void forget_interfaces(pset *s)
{
	for (size_t i = 0; i < s->n; i++) {
		s->box[i].iif_lo = s->box[i].oif_lo = 0;
		s->box[i].iif_hi = s->box[i].oif_hi = IFTAB_MAX;
	}
}

pset reply_packets(const pset *s)
{
	pset r = pset_empty();
	for (size_t i = 0; i < s->n; i++) {
		const pbox *a = &s->box[i];
		pbox b = *a;
		b.src_lo = a->dst_lo;
		b.src_hi = a->dst_hi;
		b.dst_lo = a->src_lo;
		b.dst_hi = a->src_hi;
		b.sport_lo = a->dport_lo;
		b.sport_hi = a->dport_hi;
		b.dport_lo = a->sport_lo;
		b.dport_hi = a->sport_hi;
		b.iif_lo = a->oif_lo;
		b.iif_hi = a->oif_hi;
		b.oif_lo = a->iif_lo;
		b.oif_hi = a->iif_hi;
		b.state = CT_ESTABLISHED;
		b.dir = CTDIR_REPLY; /* conntrack --ctdir REPLY */
		if (a->proto_lo <= PROTO_TCP && a->proto_hi >= PROTO_TCP) {
			/* The SYN+ACK and every later segment carry ACK and
			 * no RST (RFC 793). */
			b.flags = tcpflags_match(TCPF_ACK | TCPF_RST, TCPF_ACK);
		}
		pset_add_box(&r, &b);
	}
	return r;
}

char *flow_describe(const flow *fl)
{
	char port[16];
	if (fl->dport_lo == fl->dport_hi)
		snprintf(port, sizeof port, "%d", fl->dport_lo);
	else
		snprintf(port, sizeof port, "%d-%d", fl->dport_lo, fl->dport_hi);
	const char *proto = fl->proto == PROTO_TCP ? "TCP" : fl->proto == PROTO_UDP ? "UDP" : "IP";
	return xasprintf("%s %s -> %s:%s (%s)", proto, fl->src_name, fl->dst_name, port, fl->label);
}

size_t flow_hops(const topo *t, const flow *fl, const fwload *f, fwhop *out, size_t cap)
{
	size_t n = 0;
	const topo_firewall *fw = f->fw;
	if (!fw || cap == 0)
		return 0;
	if (fw->host >= 0) {
		/* A host firewall sees the flows of its own server
		 * (fwlint-topology(5), "firewall"):
		 * OUTPUT when the server opens, INPUT when it answers. */
		if (fl->src_server == fw->host && n < cap)
			out[n++] = (fwhop){ EVAL_OUTPUT, -1, -1, false };
		if (fl->dst_server == fw->host && n < cap)
			out[n++] = (fwhop){ EVAL_INPUT, -1, -1, false };
		return n;
	}
	hop hops[64];
	size_t npaths = 0;
	size_t nh = topo_paths(t, fl->src_zone, fl->dst_zone, hops, 64, &npaths);
	/* The hops come in path order, from the client's zone: the first
	 * firewall is the one the client's packets reach first. */
	for (size_t i = 0; i < nh && n < cap; i++)
		if (hops[i].fw == f->fwindex)
			out[n++] = (fwhop){ EVAL_FORWARD, hops[i].in_if, hops[i].out_if,
					    fl->translated && hops[0].fw == f->fwindex };
	return n;
}
