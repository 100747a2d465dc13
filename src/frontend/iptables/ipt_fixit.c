/* ipt_fixit.c - fix-its in iptables-save syntax (fixit.h; fwlint(1),
 * FIX-ITS).
 *
 * The rules go into the dump as "-A CHAIN ..." lines: before the line of
 * the rule that decides today, which is where "iptables -I CHAIN N" puts
 * them in the running table; or, when the chain's policy decides, after
 * the chain's last rule ("iptables -A CHAIN").  They are written in the
 * order iptables-save writes a rule's options (-s -d -i -o -p, matches,
 * -j), so that a dump and its fix read alike.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixit.h"
#include "frontend.h"
#include "iptables.h"
#include "strbuf.h"
#include "xalloc.h"

/* More rules than this for one fix-it: an engineer would rather rethink
 * the chain than paste them. */
#define IPT_FIXIT_MAX_RULES 16
/* iptables-extensions(8), multiport: "up to 15 ports can be specified.
 * A port range (port:port) counts as two ports." */
#define MULTIPORT_MAX 15


static const char *proto_name(unsigned p)
{
	switch (p) {
	case PROTO_TCP: return "tcp";
	case PROTO_UDP: return "udp";
	case PROTO_ICMP: return "icmp";
	case PROTO_ICMPV6: return "ipv6-icmp";
	case 132: return "sctp";
	case 136: return "udplite";
	case 33: return "dccp";
	default: return NULL;
	}
}

/* How multiport counts a list of intervals. */
static size_t port_slots(const ivset *s)
{
	size_t n = 0;
	for (size_t i = 0; i < s->n; i++)
		n += s->v[i].lo == s->v[i].hi ? 1 : 2;
	return n;
}

static void port_list(strbuf *b, const ivset *s)
{
	for (size_t i = 0; i < s->n; i++) {
		strbuf_printf(b, "%s%u", i ? "," : "", (unsigned)s->v[i].lo);
		if (s->v[i].hi != s->v[i].lo)
			strbuf_printf(b, ":%u", (unsigned)s->v[i].hi);
	}
}

/* The complement of a port list within 0..65535. */
static ivset port_complement(const ivset *s)
{
	ivset c = { xcalloc(s->n + 1, sizeof *c.v), 0 };
	u128 next = 0;
	for (size_t i = 0; i < s->n; i++) {
		if (s->v[i].lo > next)
			c.v[c.n++] = (ivl){next, s->v[i].lo - 1};
		next = s->v[i].hi + 1;
	}
	if (next <= 65535)
		c.v[c.n++] = (ivl){next, 65535};
	return c;
}

/* A port match: "--dport 25" or "! --dport 25" into single (after "-m
 * tcp"), else "-m multiport --dports 25,993" or its negation, whichever is
 * shorter, into multi; false when multiport cannot hold the list either
 * way. */
static bool port_match(strbuf *single, strbuf *multi, const ivset *s, bool dst)
{
	if (fixit_any_port(s))
		return true;
	const char *one = dst ? "dport" : "sport";
	if (s->n == 1) {
		strbuf_printf(single, " --%s %u", one, (unsigned)s->v[0].lo);
		if (s->v[0].hi != s->v[0].lo)
			strbuf_printf(single, ":%u", (unsigned)s->v[0].hi);
		return true;
	}
	ivset c = port_complement(s);
	bool ok = true;
	if (c.n == 1) {
		strbuf_printf(single, " ! --%s %u", one, (unsigned)c.v[0].lo);
		if (c.v[0].hi != c.v[0].lo)
			strbuf_printf(single, ":%u", (unsigned)c.v[0].hi);
	} else if (port_slots(s) <= MULTIPORT_MAX &&
		   (port_slots(s) <= port_slots(&c) || port_slots(&c) > MULTIPORT_MAX)) {
		strbuf_printf(multi, " -m multiport --%ss ", one);
		port_list(multi, s);
	} else if (port_slots(&c) <= MULTIPORT_MAX) {
		strbuf_printf(multi, " -m multiport ! --%ss ", one);
		port_list(multi, &c);
	} else {
		ok = false;
	}
	free(c.v);
	return ok;
}

static void state_list(strbuf *b, uint8_t st)
{
	static const struct { uint8_t bit; const char *name; } names[] = {
		{ CT_INVALID, "INVALID" }, { CT_NEW, "NEW" }, { CT_RELATED, "RELATED" },
		{ CT_ESTABLISHED, "ESTABLISHED" }, { CT_UNTRACKED, "UNTRACKED" },
	};
	const char *sep = " -m conntrack --ctstate ";
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (st & names[i].bit) {
			strbuf_printf(b, "%s%s", sep, names[i].name);
			sep = ",";
		}
}

/* The chains where the kernel knows no input or no output interface
 * (iptables(8): -i "only valid for packets entering the INPUT, FORWARD
 * and PREROUTING chains", -o for FORWARD, OUTPUT and POSTROUTING). */
static bool has_in(const ir_chain *c)
{
	return !c->builtin || (strcmp(c->name, "OUTPUT") != 0 && strcmp(c->name, "POSTROUTING") != 0);
}

static bool has_out(const ir_chain *c)
{
	return !c->builtin || (strcmp(c->name, "INPUT") != 0 && strcmp(c->name, "PREROUTING") != 0);
}

/* How many rules iptables makes of one line with these address lists
 * (iptables(8): "Multiple addresses can be specified, but this will
 * expand to multiple rules"). */
static size_t expansion(const pset_term *t, int fam)
{
	size_t ns = 0, nd = 0;
	for (size_t i = 0; i < t->src.n && !fixit_any_addr(&t->src, fam); i++)
		ns += fixit_cidrs(t->src.v[i].lo, t->src.v[i].hi, NULL, NULL, 0);
	for (size_t i = 0; i < t->dst.n && !fixit_any_addr(&t->dst, fam); i++)
		nd += fixit_cidrs(t->dst.v[i].lo, t->dst.v[i].hi, NULL, NULL, 0);
	return (ns ? ns : 1) * (nd ? nd : 1);
}

/* One rule's options but protocol and ports: addresses and interfaces. */
static void head(strbuf *b, const fixit_req *rq, const pset_term *t, int fam)
{
	if (!fixit_any_addr(&t->src, fam)) {
		char *l = fixit_cidr_list(&t->src, ",", false);
		strbuf_printf(b, " -s %s", l);
		free(l);
	}
	if (!fixit_any_addr(&t->dst, fam)) {
		char *l = fixit_cidr_list(&t->dst, ",", false);
		strbuf_printf(b, " -d %s", l);
		free(l);
	}
	if (rq->iif && has_in(rq->chain))
		strbuf_printf(b, " -i %s", rq->iif);
	if (rq->oif && has_out(rq->chain))
		strbuf_printf(b, " -o %s", rq->oif);
}

/* The tail every rule of the request ends with: state and target. */
static void tail(strbuf *b, const fixit_req *rq)
{
	if (rq->dnat) {
		/* The nat table sees the first packet of a connection only. */
		char a[64];
		fmt_addr(rq->to_addr, a, sizeof a);
		bool v6 = !addr_is_v4(rq->to_addr);
		if (rq->to_port >= 0)
			strbuf_printf(b, v6 ? " -j DNAT --to-destination [%s]:%d\n" : " -j DNAT --to-destination %s:%d\n",
			       a, rq->to_port);
		else
			strbuf_printf(b, " -j DNAT --to-destination %s\n", a);
		return;
	}
	bool state = rq->state != CT_ALL && rq->state != 0 &&
		     (rq->state != CT_NEW || rq->by_state);
	if (state)
		state_list(b, rq->state);
	strbuf_printf(b, " -j %s\n", rq->action == IR_ACCEPT ? "ACCEPT" : "DROP");
}

/* The ICMP types and codes of an interval of the destination-port field
 * (type * 256 + code, pset.h): whole types as "8", else "3/4". */
static bool icmp_rules(strbuf *rules, const char *pre, const fixit_req *rq, const ivset *d,
		       bool v6, size_t per, size_t *count)
{
	for (size_t i = 0; i < d->n; i++) {
		unsigned lo = (unsigned)d->v[i].lo, hi = (unsigned)d->v[i].hi;
		while (lo <= hi) {
			*count += per;
			if (*count > IPT_FIXIT_MAX_RULES)
				return false;
			strbuf_printf(rules, "%s --%s ", pre, v6 ? "icmpv6-type" : "icmp-type");
			if (lo % 256 == 0 && lo + 255 <= hi) {
				strbuf_printf(rules, "%u", lo / 256);
				lo += 256;
			} else {
				strbuf_printf(rules, "%u/%u", lo / 256, lo % 256);
				lo++;
			}
			tail(rules, rq);
			if (lo == 0)
				break; /* wrapped past 65535 */
		}
	}
	return true;
}


/* The rules of one term, each "OPTIONS -j TARGET\n" without "-A CHAIN". */
static bool term_rules(strbuf *rules, const fixit_req *rq, const pset_term *t, int fam,
		       size_t *count)
{
	size_t per = expansion(t, fam);
	if (fixit_any_proto(&t->proto)) {
		*count += per;
		if (*count > IPT_FIXIT_MAX_RULES)
			return false;
		strbuf h = { 0 };
		head(&h, rq, t, fam);
		strbuf_printf(rules, "%s", h.s ? h.s : "");
		free(h.s);
		tail(rules, rq);
		return true;
	}
	for (size_t i = 0; i < t->proto.n; i++)
		for (unsigned p = (unsigned)t->proto.v[i].lo; p <= (unsigned)t->proto.v[i].hi; p++) {
			strbuf pre = { 0 };
			head(&pre, rq, t, fam);
			const char *name = proto_name(p);
			if (name)
				strbuf_printf(&pre, " -p %s", name);
			else
				strbuf_printf(&pre, " -p %u", p);
			bool icmp = p == PROTO_ICMP || p == PROTO_ICMPV6;
			bool ports = p == PROTO_TCP || p == PROTO_UDP || p == 132 || p == 136 || p == 33;
			bool ok = true;
			if (icmp && !fixit_any_port(&t->dport)) {
				ok = icmp_rules(rules, pre.s, rq, &t->dport, p == PROTO_ICMPV6, per, count);
			} else {
				*count += per;
				if (*count > IPT_FIXIT_MAX_RULES)
					ok = false;
				if (ok && ports) {
					strbuf single = { 0 }, multi = { 0 };
					ok = port_match(&single, &multi, &t->sport, false) &&
					     port_match(&single, &multi, &t->dport, true);
					if (single.s)
						strbuf_printf(&pre, " -m %s%s", name, single.s);
					if (multi.s)
						strbuf_printf(&pre, "%s", multi.s);
					free(single.s);
					free(multi.s);
				}
				if (ok) {
					strbuf_printf(rules, "%s", pre.s);
					tail(rules, rq);
				}
			}
			free(pre.s);
			if (!ok)
				return false;
			if (p == 255)
				break;
		}
	return true;
}

/* The kernel's number of rule at (iptables numbers rules as it stores
 * them: a line with address lists is several), from the front end. */
static size_t rule_number(const ir_chain *c, const ir_rule *at)
{
	if (at->number)
		return at->number;
	return at->index + 1 <= c->n ? at->index + 1 : c->n; /* a chain built by hand */
}

/* Where "iptables -A CHAIN" goes in the dump: after the last line of the
 * chain's table that declares a chain or holds a rule (before its COMMIT),
 * since -A appends whatever lines come between; a rule line there
 * cannot come before a chain declaration that iptables-save writes first. */
static int end_of_chain(const ir_chain *c)
{
	int line = c->policy_loc.line > c->loc.line ? c->policy_loc.line : c->loc.line;
	const ir_table *t = c->table;
	for (size_t k = 0; t && k < t->n; k++) {
		const ir_chain *x = t->chain[k];
		if (x->loc.line > line)
			line = x->loc.line;
		if (x->policy_loc.line > line)
			line = x->policy_loc.line;
		for (size_t i = 0; i < x->n; i++)
			if (x->rule[i]->loc.line > line)
				line = x->rule[i]->loc.line;
	}
	return line + 1;
}

int ipt_fixit(const fixit_req *rq, fixit_list *out, const char **why)
{
	const ir_ruleset *rs = rq->f->rs;
	const ir_chain *c = rq->chain;
	strbuf rules = { 0 };
	size_t count = 0;
	for (size_t i = 0; i < rq->terms->n; i++) {
		const pset_term *t = &rq->terms->v[i];
		int fam = fixit_term_family(t);
		if (fam == 0)
			fam = rs->family ? rs->family : 4;
		if (rs->family && fam != rs->family)
			continue; /* the file does not filter that family */
		/* A term of both families (from any to a zone of each): the
		 * file's part. */
		pset_term one = *t;
		one.src = fixit_family_part(&t->src, fam);
		one.dst = fixit_family_part(&t->dst, fam);
		bool ok = one.src.n && one.dst.n ? term_rules(&rules, rq, &one, fam, &count) : true;
		free(one.src.v);
		free(one.dst.v);
		if (!ok) {
			free(rules.s);
			*why = "it takes more than 16 iptables rules";
			return -1;
		}
	}
	if (!rules.s) {
		*why = "the packets are of an address family that the file does not filter";
		return -1;
	}
	const char *cmd = rs->family == 6 ? "ip6tables" : "iptables";
	const char *table = c->table ? c->table->name : "filter";
	char *topt = strcmp(table, "filter") ? xasprintf("-t %s ", table) : xstrdup("");
	int line = rq->at ? rq->at->loc.line : end_of_chain(c);
	size_t num = rq->at ? rule_number(c, rq->at) : 0;
	strbuf text = { 0 }, command = { 0 };
	/* rules.s: one rule a line, each starting with a space. */
	for (char *p = rules.s; *p;) {
		char *nl = strchr(p, '\n');
		int len = (int)(nl - p);
		strbuf_printf(&text, "-A %s%.*s\n", c->name, len, p);
		if (rq->at)
			strbuf_printf(&command, "%s%s %s-I %s %zu%.*s", command.n ? "\n" : "", cmd, topt,
			       c->name, num++, len, p);
		else
			strbuf_printf(&command, "%s%s %s-A %s%.*s", command.n ? "\n" : "", cmd, topt, c->name,
			       len, p);
		p = nl + 1;
	}
	fixit_add(out, rq->at ? rq->at->loc.file : rs->path, line, text.s, command.s);
	free(text.s);
	free(command.s);
	free(rules.s);
	free(topt);
	return 0;
}
