/* trace_path.c - what fwlint trace prints of the packet path besides the
 * verdict: the tables and stages that changed the packet (NOTRACK, each
 * translation with its rule, the way to the firewall itself), and the
 * firewall's own addresses given with --local (fwlint(1), "trace"). */
#include "trace_int.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

/* "ADDR" or "IFACE=ADDR", comma-separated. */
bool trace_parse_local(const char *s, trace_local *l)
{
	char *copy = xstrdup(s), *save = NULL;
	bool ok = true;
	for (char *tok = strtok_r(copy, ",", &save); tok && ok; tok = strtok_r(NULL, ",", &save)) {
		char *eq = strchr(tok, '=');
		const char *addr = eq ? eq + 1 : tok;
		if (eq)
			*eq = '\0';
		unsigned char b[16];
		u128 a = 0;
		if (inet_pton(AF_INET, addr, b) == 1) {
			a = addr_v4((uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3]);
		} else if (inet_pton(AF_INET6, addr, b) == 1) {
			for (int i = 0; i < 16; i++)
				a = a << 8 | b[i];
		} else {
			ok = false;
			break;
		}
		if (eq && !*tok) {
			ok = false;
			break;
		}
		l->addr = xgrow(l->addr, &l->cap, l->n + 1, sizeof *l->addr);
		l->ifname = xrealloc(l->ifname, l->cap * sizeof *l->ifname);
		l->addr[l->n] = a;
		l->ifname[l->n] = eq ? xstrdup(tok) : NULL;
		l->n++;
	}
	free(copy);
	return ok && l->n > 0;
}

void trace_local_free(trace_local *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->ifname[i]);
	free(l->ifname);
	free(l->addr);
	memset(l, 0, sizeof *l);
}

void trace_local_apply(const trace_local *l, fwload *f)
{
	if (!l->n)
		return;
	uint16_t *ifid = xcalloc(l->n, sizeof *ifid);
	for (size_t i = 0; i < l->n; i++)
		ifid[i] = l->ifname[i] ? iftab_id(&f->tab, l->ifname[i]) : 0;
	eval_local el = { l->addr, ifid, l->n };
	eval_set_local(f->ev, &el);
	free(ifid);
}

/* "203.0.113.10:25", "[2001:db8::1]:25", "192.0.2.1" (no port). */
static void endpoint(u128 addr, int port, char *buf, size_t n)
{
	char a[64];
	fmt_addr(addr, a, sizeof a);
	if (port < 0)
		snprintf(buf, n, "%s", a);
	else if (addr_is_v4(addr))
		snprintf(buf, n, "%s:%d", a, port);
	else
		snprintf(buf, n, "[%s]:%d", a, port);
}

/* "TABLE CHAIN: TARGET FILE:LINE:" for rule r (pf and Cisco: the chain is
 * the stage, "in" or "out"). */
static void rule_head(const ir_rule *r, const char *what)
{
	const ir_chain *c = r->chain;
	const char *table = c && c->table ? c->table->name : "";
	printf("%s %s: %s %s:%d:", table, c ? c->name : "", what, r->loc.file, r->loc.line);
}

/* What one side of the translation made of the packet: "A:P -> B:Q". */
static void print_side(const outcome *o, const ir_rule *r, const packet *p, bool dst,
		       const iftab *tab)
{
	bool ports = proto_has_ports(p->proto);
	const xl_field *fa = &o->xl.f[dst ? XL_DST : XL_SRC];
	const xl_field *fp = &o->xl.f[dst ? XL_DPORT : XL_SPORT];
	u128 addr = dst ? p->dst : p->src;
	int port = ports ? (dst ? p->dport : p->sport) : -1;
	char before[80], after[200], a[120];
	endpoint(addr, port, before, sizeof before);
	packet q = *p;
	xlate_packet(&o->xl, dst ? XL_DST_FIELDS : XL_SRC_FIELDS, &q);
	int nport = ports ? (dst ? q.dport : q.sport) : -1;
	const ir_nat *n = r->nat;
	bool unknown = fa->kind == XL_SET && fa->lo != fa->hi;
	if (unknown && n && n->to_local) {
		snprintf(a, sizeof a, "the firewall");
	} else if (unknown && n && n->to_egress) {
		const char *ifn = iftab_name(tab, p->oif);
		snprintf(a, sizeof a, "%s", ifn && *ifn ? ifn : "the egress interface");
	} else if (unknown) {
		char lo[48], hi[48];
		fmt_addr(fa->lo, lo, sizeof lo);
		fmt_addr(fa->hi, hi, sizeof hi);
		snprintf(a, sizeof a, "one of %s-%s", lo, hi);
	} else {
		fmt_addr(dst ? q.dst : q.src, a, sizeof a);
	}
	if (nport < 0)
		snprintf(after, sizeof after, "%s", a);
	else if (fp->kind == XL_SET && fp->lo != fp->hi)
		snprintf(after, sizeof after, "%s:one of %u-%u", a, (unsigned)fp->lo, (unsigned)fp->hi);
	else if (!unknown && !addr_is_v4(dst ? q.dst : q.src))
		snprintf(after, sizeof after, "[%s]:%d", a, nport);
	else
		snprintf(after, sizeof after, "%s:%d", a, nport);
	rule_head(r, n ? n->kind : r->target);
	printf(" %s -> %s\n", before, after);
}

void trace_print_steps(const outcome *o, const fwload *f, const packet *p)
{
	if (o->notrack) {
		rule_head(o->notrack, o->notrack->target ? o->notrack->target : "NOTRACK");
		printf(" untracked: no connection, no translation\n");
	}
	if (o->dnat)
		print_side(o, o->dnat, p, true, &f->tab);
	if (o->local && f->rs->format == IR_FMT_IPTABLES)
		printf("routing: to the firewall itself (INPUT)\n");
	else if (o->local)
		printf("routing: to the firewall itself\n");
	if (o->snat)
		print_side(o, o->snat, p, false, &f->tab);
}
