/* trace.c - fwlint trace: one packet through one firewall file, as ASA's
 * packet-tracer does (fwlint(1), "fwlint trace"). */
#include "trace.h"
#include "cli_int.h"
#include "trace_int.h"

#include <arpa/inet.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lint.h"
#include "paths.h"
#include "report.h"
#include "xalloc.h"

#define USAGE \
	"usage: fwlint trace [-I FMT] [-t TOPO] FILE [--in IFACE] [--out IFACE]\n" \
	"                    [--host in|out] [--acl NAME] [--local [IFACE=]ADDR,...]\n" \
	"                    [--state new|established] [--flags FLAGS]\n" \
	"                    PROTO SRC[:SPORT] DST[:DPORT]\n" \
	"       fwlint trace [-I FMT] [-t TOPO] FILE [--in IFACE] [--out IFACE]\n" \
	"                    [--host in|out] [--acl NAME] [--local [IFACE=]ADDR,...]\n" \
	"                    --connect PROTO SRC[:SPORT] DST[:DPORT]\n"

static int usage_error(const char *msg, const char *arg)
{
	fprintf(stderr, "fwlint trace: %s%s%s\n", msg, arg ? ": " : "", arg ? arg : "");
	fputs(USAGE, stderr);
	return 2;
}

static bool parse_proto(const char *s, int *proto)
{
	static const struct { const char *name; int num; } names[] = {
		{ "tcp", PROTO_TCP }, { "udp", PROTO_UDP }, { "icmp", PROTO_ICMP },
		{ "icmpv6", PROTO_ICMPV6 }, { "ipv6-icmp", PROTO_ICMPV6 },
		{ "gre", 47 }, { "esp", 50 }, { "ah", 51 }, { "sctp", 132 },
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcasecmp(s, names[i].name) == 0) {
			*proto = names[i].num;
			return true;
		}
	char *end;
	long v = strtol(s, &end, 10);
	if (*s && !*end && v >= 0 && v <= 255) {
		*proto = (int)v;
		return true;
	}
	return false;
}

/* "1.2.3.4", "1.2.3.4:80", "2001:db8::1", "[2001:db8::1]:80" */
static bool parse_endpoint(const char *s, u128 *addr, int *port)
{
	char host[64];
	const char *portstr = NULL;
	*port = -1;
	if (s[0] == '[') {
		const char *close = strchr(s, ']');
		if (!close || (size_t)(close - s - 1) >= sizeof host)
			return false;
		memcpy(host, s + 1, (size_t)(close - s - 1));
		host[close - s - 1] = '\0';
		if (close[1] == ':')
			portstr = close + 2;
		else if (close[1])
			return false;
	} else {
		const char *colon = strchr(s, ':');
		bool v6 = colon && strchr(colon + 1, ':');
		size_t n = (!v6 && colon) ? (size_t)(colon - s) : strlen(s);
		if (n >= sizeof host)
			return false;
		memcpy(host, s, n);
		host[n] = '\0';
		if (!v6 && colon)
			portstr = colon + 1;
	}
	unsigned char b[16];
	if (inet_pton(AF_INET, host, b) == 1) {
		*addr = addr_v4((uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3]);
	} else if (inet_pton(AF_INET6, host, b) == 1) {
		u128 a = 0;
		for (int i = 0; i < 16; i++)
			a = a << 8 | b[i];
		*addr = a;
	} else {
		return false;
	}
	if (portstr) {
		char *end;
		long v = strtol(portstr, &end, 10);
		if (!*portstr || *end || v < 0 || v > 65535)
			return false;
		*port = (int)v;
	}
	return true;
}

/* Line `line` of a file, for the verdict of a policy; NULL if none. */
static char *read_source_line(const char *path, int line)
{
	FILE *fp = fopen(path, "rb");
	if (!fp || line < 1) {
		if (fp)
			fclose(fp);
		return NULL;
	}
	char *l = NULL;
	size_t cap = 0;
	ssize_t got = -1;
	for (int i = 0; i < line; i++) {
		got = getline(&l, &cap, fp);
		if (got < 0)
			break;
	}
	fclose(fp);
	if (got < 0) {
		free(l);
		return NULL;
	}
	while (got > 0 && (l[got - 1] == '\n' || l[got - 1] == '\r'))
		l[--got] = '\0';
	return l;
}

static const char *verdict_word(enum ir_action v)
{
	switch (v) {
	case IR_ACCEPT: return "ACCEPT";
	case IR_DROP: return "DROP";
	case IR_REJECT: return "REJECT";
	case IR_RETURN: return "RETURN";
	default: return "UNKNOWN";
	}
}

static void print_outcome(const outcome *o, const fwload *f, const char *path)
{
	const char *verdict = verdict_word(o->verdict);
	if (!o->rule && o->chain && f->rs->format == IR_FMT_PF) {
		printf("%s%s %s: no rule matches: pf passes by default\n", o->maybe ? "MAYBE " : "",
		       verdict, path);
	} else if (!o->rule && o->chain &&
		   (f->rs->format == IR_FMT_CISCO || f->rs->format == IR_FMT_ASA)) {
		printf("%s%s %s: no ACL is bound on this interface and direction: the device permits\n",
		       o->maybe ? "MAYBE " : "", verdict, path);
	} else if (o->rule) {
		printf("%s%s %s:%d: %s\n", o->maybe ? "MAYBE " : "", verdict, o->rule->loc.file,
		       o->rule->loc.line, o->rule->text);
	} else if (o->chain && o->chain->builtin && o->chain->policy == IR_UNKNOWN) {
		printf("MAYBE UNKNOWN %s: the policy of built-in chain '%s' is the box's: this fragment does not set it\n",
		       path, o->chain->name);
	} else if (o->chain) {
		int line = o->chain->builtin ? o->chain->policy_loc.line : o->chain->loc.line;
		char *text = read_source_line(path, line);
		printf("%s%s %s:%d: %s\n", o->maybe ? "MAYBE " : "", verdict, path, line,
		       text ? text : o->chain->name);
		free(text);
	} else {
		printf("%s %s: no rule of this file applies to this packet\n", verdict, path);
	}
}



/* --flags: TCP flag names as iptables --tcp-flags writes them
 * (iptables-extensions(8), "tcp"): a comma-separated list of SYN ACK FIN
 * RST URG PSH, or ALL or NONE, in any case. */
static bool parse_tcp_flags(const char *s, unsigned *flags)
{
	static const struct { const char *name; unsigned bits; } names[] = {
		{ "FIN", TCPF_FIN }, { "SYN", TCPF_SYN }, { "RST", TCPF_RST },
		{ "PSH", TCPF_PSH }, { "ACK", TCPF_ACK }, { "URG", TCPF_URG },
		{ "ALL", 0x3f }, { "NONE", 0 },
	};
	*flags = 0;
	const char *p = s;
	for (;;) {
		size_t n = strcspn(p, ",");
		bool found = false;
		for (size_t i = 0; i < sizeof names / sizeof names[0] && !found; i++)
			if (strlen(names[i].name) == n && strncasecmp(p, names[i].name, n) == 0) {
				*flags |= names[i].bits;
				found = true;
			}
		if (!found)
			return false;
		if (!p[n])
			return true;
		p += n + 1;
	}
}

/* The packets of one packet: a box around it (a packet traced alone is
 * one of the original direction, --state established included, unless it
 * says it is a reply; its mark is the one the file does not know unless
 * it states one). */
static pset packet_set(const packet *p)
{
	pbox b = pbox_of_packet(p);
	return pset_from_box(&b);
}

/* The answer to a packet: the packet with its addresses, ports and
 * interfaces swapped, as reply_packets() (src/checks/common.c) makes the
 * replies the lint checks; state ESTABLISHED (conntrack has seen the
 * opening).  The caller sets the flags or the ICMP type. */
static packet reply_of(const packet *p)
{
	packet r = *p;
	r.src = p->dst;
	r.dst = p->src;
	r.sport = p->dport;
	r.dport = p->sport;
	r.iif = p->oif;
	r.oif = p->iif;
	r.state = CT_ESTABLISHED;
	r.reply = true; /* conntrack's REPLY direction (--ctdir) */
	return r;
}

/* The ICMP queries that conntrack answers with a reply of its own
 * (Linux nf_conntrack_proto_icmp.c and _icmpv6.c, invmap): echo,
 * timestamp, information and address mask; ICMPv6 echo and node
 * information.  Returns the reply's type, or -1. */
static int icmp_reply_type(int proto, int type)
{
	static const int v4[][2] = { { 8, 0 }, { 13, 14 }, { 15, 16 }, { 17, 18 } };
	static const int v6[][2] = { { 128, 129 }, { 139, 140 } };
	if (proto == PROTO_ICMP) {
		for (size_t i = 0; i < sizeof v4 / sizeof v4[0]; i++)
			if (v4[i][0] == type)
				return v4[i][1];
	} else {
		for (size_t i = 0; i < sizeof v6 / sizeof v6[0]; i++)
			if (v6[i][0] == type)
				return v6[i][1];
	}
	return -1;
}

static const char *evaluation_cut(const outcome_list *res)
{
	return res->too_deep ? "jumps nested too deep"
	       : res->too_complex ? "too many jumps to the same chains" : "too complex";
}

/* Evaluate one packet: through the chain named by --acl, or the hook's
 * stages; by_state: the stages that the state of its connection passes
 * it through (eval_run_states).  A chain named by --acl is one stage. */
static void run_packet(fwload *f, const ir_chain *acl, enum eval_hook hook, const packet *p,
		       unsigned by_state, const eval_conn *conn, outcome_list *res)
{
	pset s = packet_set(p);
	if (acl && (by_state & 1)) {
		/* nothing to evaluate: the caller prints the state's rule */
	} else if (acl) {
		eval_run_chain(f->ev, acl, &s, res);
	} else {
		eval_run_path(f->ev, hook, &s, by_state, conn, res);
	}
	pset_free(&s);
}

/* The rule whose state lets a later packet of a connection through: the
 * rule that passed the opening packet at a stage that kept state. */
static const ir_rule *state_rule(fwload *f, const ir_chain *acl, enum eval_hook hook,
				 const packet *opening, unsigned kept)
{
	const ir_chain *st[EVAL_MAX_STAGES];
	size_t n = acl ? 1 : eval_hook_stages(f->ev, hook, st);
	if (acl)
		st[0] = acl;
	const ir_rule *r = NULL;
	for (size_t k = 0; k < n && !r; k++) {
		if (!(kept & (1u << k)))
			continue;
		outcome_list res = { 0 };
		pset s = packet_set(opening);
		eval_run_chain(f->ev, st[k], &s, &res);
		for (size_t i = 0; i < res.n && !r; i++)
			if (res.v[i].verdict == IR_ACCEPT && res.v[i].rule && res.v[i].rule->keep_state)
				r = res.v[i].rule;
		outcome_list_free(&res);
		pset_free(&s);
	}
	return r;
}

/* One step of a connection. */
typedef struct conn_step {
	packet p;
	bool reply;        /* from the destination back to the source */
} conn_step;

/* The packets of a connection, in order; returns how many. */
static size_t connection_steps(const packet *open, conn_step out[3])
{
	size_t n = 0;
	out[n++] = (conn_step){ *open, false };
	packet r = reply_of(open);
	if (open->proto == PROTO_TCP) {
		/* The three-way handshake (RFC 793 3.4): SYN, SYN+ACK, ACK. */
		r.flags = TCPF_SYN | TCPF_ACK;
		out[n++] = (conn_step){ r, true };
		packet a = *open;
		a.state = CT_ESTABLISHED;
		a.flags = TCPF_ACK;
		out[n++] = (conn_step){ a, false };
	} else if (open->proto == PROTO_ICMP || open->proto == PROTO_ICMPV6) {
		r.sport = 0;
		r.dport = (uint16_t)(icmp_reply_type(open->proto, open->dport >> 8) * 256);
		out[n++] = (conn_step){ r, true };
	} else {
		out[n++] = (conn_step){ r, true };
	}
	return n;
}

/* "the SYN", "the SYN,ACK reply", "the datagram", "the reply (type 0)" */
static void step_name(const conn_step *st, char *buf, size_t n)
{
	const packet *p = &st->p;
	const char *side = st->reply ? " reply" : "";
	if (p->proto == PROTO_TCP) {
		static const char *const names[] = { "FIN", "SYN", "RST", "PSH", "ACK", "URG" };
		char fl[32] = "";
		for (unsigned i = 0; i < 6; i++)
			if (p->flags >> i & 1) {
				strcat(fl, fl[0] ? "," : "");
				strcat(fl, names[i]);
			}
		snprintf(buf, n, "the %s%s", fl, side);
	} else if (p->proto == PROTO_ICMP || p->proto == PROTO_ICMPV6) {
		unsigned type = p->dport >> 8;
		bool echo = type == 8 || type == 0 || type == 128 || type == 129;
		if (echo)
			snprintf(buf, n, "the echo %s", st->reply ? "reply" : "request");
		else
			snprintf(buf, n, "the %s (type %u)", st->reply ? "reply" : "request", type);
	} else {
		snprintf(buf, n, "the %s", st->reply ? "reply" : "datagram");
	}
}

/* A reply as the filter sees it, in fmt_packet's words; a source that is
 * the firewall's own address, which the file does not give (REDIRECT
 * without --local), is "the firewall". */
static void fmt_reply(const packet *p, const outcome *opened, const fwload *f, char *buf,
		      size_t n)
{
	fmt_packet(p, &f->tab, buf, n);
	const xl_field *d = &opened->xl.f[XL_DST];
	if (!(d->kind == XL_SET && d->lo != d->hi))
		return;
	char a[48];
	fmt_addr(p->src, a, sizeof a);
	char *at = strstr(buf, a);
	if (!at)
		return;
	char rest[256];
	snprintf(rest, sizeof rest, "%s", at + strlen(a));
	snprintf(at, n - (size_t)(at - buf), "the firewall%s", rest);
}

/* fwlint trace --connect: every packet of a connection in turn, each
 * evaluated as the lint evaluates it (src/checks/flows.c): the opening at
 * the hook, its replies at the mirror hook with the stages that kept state
 * for it passing them (reply_by_state), the later packets of the opening
 * side with the same stages passing them.  A packet that surely does not
 * pass ends the connection.  Prints one line per packet and outcome, then
 * the connection's verdict; returns the exit status. */
static int trace_connect(fwload *f, const char *file, const ir_chain *acl, enum eval_hook hook,
			 const packet *open)
{
	const char *acl_name = acl ? acl->name : NULL;
	conn_step steps[3];
	size_t nsteps = connection_steps(open, steps);
	unsigned kept = 0;
	outcome opened; /* the first packet's way through (its first accept) */
	memset(&opened, 0, sizeof opened);
	bool state_known = true; /* every possible pass of the opening kept the same state */
	bool closed = false;     /* a packet surely does not pass */
	const char *why = NULL;  /* why it may not complete */
	size_t at = 0;           /* the packet that closed it, or the first unsure one */
	for (size_t k = 0; k < nsteps; k++) {
		const conn_step *st = &steps[k];
		unsigned by_state = 0;
		if (k > 0 && kept) {
			if (acl)
				by_state = 1;
			else if (st->reply ||
				 f->rs->format == IR_FMT_ASA || f->rs->format == IR_FMT_CISCO)
				/* the mirror stages; on an ASA or behind CBAC,
				 * one entry passes every stage both ways */
				by_state = reply_by_state(f, hook, kept);
			else
				by_state = kept; /* the same side: the stages that kept it */
		}
		char pkt[256];
		fmt_packet(&st->p, &f->tab, pkt, sizeof pkt);
		const char *side = st->reply ? " (reply)" : "";
		if (st->reply && opened.set.n && opened.dnat && !opened.snat && !opened.local &&
		    steps[0].p.iif && steps[0].p.iif == steps[0].p.oif) {
			/* A hairpin: translated back out of the interface it
			 * came in on, its source kept.  The server answers the
			 * client directly, past the firewall, from its own
			 * address, which the client did not send to: the
			 * client's socket does not take it. */
			packet in = steps[0].p;
			xlate_packet(&opened.xl, XL_DST_FIELDS, &in);
			char a[48], c[48], d[48];
			fmt_addr(in.dst, a, sizeof a);
			fmt_addr(in.src, c, sizeof c);
			fmt_addr(steps[0].p.dst, d, sizeof d);
			printf("%s (reply): goes from %s straight to %s, not through the firewall (the first packet went back out of %s with its source kept): the client expects it from %s\n",
			       pkt, a, c, iftab_name(&f->tab, steps[0].p.iif), d);
			closed = true;
			at = k;
			break;
		}
		if (acl && st->reply && !(by_state & 1)) {
			/* An ACL filters one direction of one interface: the
			 * reply travels the other way, past other ACLs (or
			 * none); --in/--out follow it through the bindings. */
			printf("%s%s: not filtered by %s: it filters the other direction\n", pkt, side,
			       acl_name);
			continue;
		}
		outcome_list res = { 0 };
		/* After the first packet: translated as it was (conntrack),
		 * and replies as the filter sees them (eval_conn_reply). */
		packet pk = st->p;
		eval_conn conn;
		const eval_conn *cp = NULL;
		enum eval_hook h = st->reply ? eval_hook_reply(hook) : hook;
		if (k > 0 && opened.set.n) {
			if (opened.local)
				h = st->reply ? EVAL_OUTPUT : EVAL_INPUT;
			if (st->reply) {
				packet inside = steps[0].p;
				xlate_packet(&opened.xl, XL_DST_FIELDS, &inside);
				pk.src = inside.dst;
				pk.sport = inside.dport;
				pk.state = eval_reply_state(&opened, pk.proto);
				conn = eval_conn_reply(&opened.xl, &opened.set);
			} else {
				conn = eval_conn_forward(&opened.xl);
			}
			cp = &conn;
		}
		run_packet(f, acl, h, &pk, by_state, cp, &res);
		if (k > 0 && opened.set.n && st->reply) {
			fmt_reply(&pk, &opened, f, pkt, sizeof pkt);
			if (!xlate_is_identity(&opened.xl)) {
				/* what the client gets: conntrack undoes the
				 * translations */
				packet out = pk;
				xlate_packet(&conn.at_src, XL_SRC_FIELDS, &out);
				out.iif = out.oif = 0;
				char w[256];
				fmt_packet(&out, &f->tab, w, sizeof w);
				char *cut = strstr(w, " ESTABLISHED");
				if (!cut)
					cut = strstr(w, " INVALID");
				if (!cut)
					cut = strstr(w, " NEW");
				if (cut)
					*cut = '\0';
				printf("%s (reply): conntrack translates it back: the client gets %s\n", pkt,
				       w);
			}
		}

		if (acl && (by_state & 1)) {
			const ir_rule *r = state_rule(f, acl, hook, &steps[0].p, kept);
			if (r)
				printf("%s%s, by state: ACCEPT %s:%d: %s\n", pkt, side, r->loc.file,
				       r->loc.line, r->text);
			else
				printf("%s%s, by state: ACCEPT %s: the state of the first packet\n", pkt,
				       side, file);
			outcome_list_free(&res);
			continue;
		}
		bool inexact = outcome_list_inexact(&res);
		if (inexact)
			fprintf(stderr, "fwlint trace: %s: the evaluation was cut short (%s); the verdict may be wrong\n",
				file, evaluation_cut(&res));
		bool any_accept = false, any_pass = false, any_stop = false;
		unsigned kept_and = ~0u, kept_or = 0;
		for (size_t i = 0; i < res.n; i++) {
			const outcome *o = &res.v[i];
			if (o->verdict == IR_ACCEPT) {
				any_accept = true;
				kept_and &= o->kept;
				kept_or |= o->kept;
				if (k == 0 && !opened.set.n) {
					opened = *o;
					opened.set = pset_clone(&o->set);
				} else if (k == 0 && (!xlate_equal(&opened.xl, &o->xl) ||
						      opened.local != o->local ||
						      (opened.notrack == NULL) != (o->notrack == NULL))) {
					/* translated one way or another */
					state_known = false;
					kept_or |= 1u << 31;
				}
			}
			/* UNKNOWN (a target whose verdict cannot be known) may
			 * pass or stop it; RETURN from the chain named by
			 * --acl stops it there. */
			if (!verdict_drops(o->verdict) && o->verdict != IR_RETURN)
				any_pass = true;
			if (o->verdict != IR_ACCEPT)
				any_stop = true;
			const ir_rule *r = NULL;
			if (o->verdict == IR_ACCEPT && !o->rule && !o->chain && by_state)
				/* every stage passed it by state */
				r = state_rule(f, acl, hook, &steps[0].p, kept);
			if (k == 0)
				trace_print_steps(o, f, &st->p);
			if (r) {
				printf("%s%s, by state: %sACCEPT %s:%d: %s\n", pkt, side,
				       o->maybe ? "MAYBE " : "", r->loc.file, r->loc.line, r->text);
			} else {
				printf("%s%s: ", pkt, side);
				print_outcome(o, f, file);
			}
		}
		outcome_list_free(&res);
		if (k == 0 && any_accept) {
			kept = kept_and;
			state_known = kept_and == kept_or;
		}
		const char *unsure = inexact ? "the evaluation was cut short" : NULL;
		if (!any_pass) {
			/* It stops here, every way the rules can go; unless
			 * what decided it is itself unsure. */
			if (!unsure && k > 0 && !state_known)
				unsure = "it depends on which rule passed the first packet";
			if (!unsure) {
				closed = true;
				at = k;
				break;
			}
		} else if (any_stop && !unsure) {
			unsure = "a rule that fwlint cannot resolve decides it";
		}
		if (unsure && !why) {
			why = unsure;
			at = k;
		}
		if (!any_pass)
			break; /* what would follow is not known */
	}

	pset_free(&opened.set);
	/* The connection by its opening's protocol and ends. */
	packet c = steps[0].p;
	c.iif = c.oif = 0;
	c.state = CT_NEW;
	char conn[256];
	fmt_packet(&c, &f->tab, conn, sizeof conn);
	char *cut = strstr(conn, " NEW");
	if (cut)
		*cut = '\0';
	char name[64];
	if (closed) {
		step_name(&steps[at], name, sizeof name);
		printf("CLOSED %s: %s does not pass\n", conn, name);
		return 1;
	}
	if (why) {
		step_name(&steps[at], name, sizeof name);
		printf("MAYBE %s: %s may not pass: %s\n", conn, name, why);
		return 1;
	}
	printf("OPEN %s: every packet of the connection passes\n", conn);
	return 0;
}

/* What the command line asks for. */
typedef struct trace_args {
	const char *file, *format, *in, *out, *acl, *topology;
	enum eval_hook hook;
	bool host_given; /* --host */
	bool established, allow_outside, connect, noflush;
	const char *state_arg, *flags_arg;
	unsigned flags;
	trace_local local;
} trace_args;

/* The options into *a; returns -1 to go on, else the exit status (--help,
 * a usage error). */
static int parse_options(int argc, char **argv, trace_args *a)
{
	enum { OPT_IN = 256, OPT_OUT, OPT_HOST, OPT_ACL, OPT_STATE, OPT_ALLOW_INCLUDE, OPT_CONNECT,
	       OPT_FLAGS, OPT_NOFLUSH, OPT_LOCAL };
	static const struct option longopts[] = {
		{ "input-format", required_argument, NULL, 'I' },
		{ "topology", required_argument, NULL, 't' },
		{ "in", required_argument, NULL, OPT_IN },
		{ "out", required_argument, NULL, OPT_OUT },
		{ "host", required_argument, NULL, OPT_HOST },
		{ "acl", required_argument, NULL, OPT_ACL },
		{ "state", required_argument, NULL, OPT_STATE },
		{ "connect", no_argument, NULL, OPT_CONNECT },
		{ "flags", required_argument, NULL, OPT_FLAGS },
		{ "allow-include-outside", no_argument, NULL, OPT_ALLOW_INCLUDE },
		{ "noflush", no_argument, NULL, OPT_NOFLUSH },
		{ "local", required_argument, NULL, OPT_LOCAL },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int c;
	/* 0, not 1: glibc then forgets where a previous scan stopped
	 * inside a word ("-hq" of an earlier call in this process). */
	optind = 0;
	/* "+": stop at the first operand?  No: options may follow FILE as in
	 * fwlint(1), so permute, but PROTO SRC DST never start with '-'. */
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":I:t:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'I': a->format = optarg; break;
		case 't': a->topology = optarg; break;
		case OPT_IN: a->in = optarg; break;
		case OPT_OUT: a->out = optarg; break;
		case OPT_ACL: a->acl = optarg; break;
		case OPT_ALLOW_INCLUDE: a->allow_outside = true; break;
		case OPT_NOFLUSH: a->noflush = true; break;
		case OPT_LOCAL:
			if (!trace_parse_local(optarg, &a->local))
				return usage_error("--local takes addresses, each ADDR or IFACE=ADDR, separated by commas",
						   optarg);
			break;
		case OPT_HOST:
			a->host_given = true;
			if (strcmp(optarg, "in") == 0)
				a->hook = EVAL_INPUT;
			else if (strcmp(optarg, "out") == 0)
				a->hook = EVAL_OUTPUT;
			else
				return usage_error("--host takes 'in' or 'out'", optarg);
			break;
		case OPT_CONNECT: a->connect = true; break;
		case OPT_FLAGS:
			if (!parse_tcp_flags(optarg, &a->flags))
				return usage_error("--flags takes TCP flag names separated by commas (SYN,ACK,FIN,RST,URG,PSH, ALL or NONE)",
						   optarg);
			a->flags_arg = optarg;
			break;
		case OPT_STATE:
			a->state_arg = optarg;
			if (strcmp(optarg, "new") == 0)
				a->established = false;
			else if (strcmp(optarg, "established") == 0)
				a->established = true;
			else
				return usage_error("--state takes 'new' or 'established'", optarg);
			break;
		case 'h':
			printf(USAGE
			       "Follow one packet through one firewall file and print the verdict and the\n"
			       "rule or policy that decides it.  Exit status: 0 ACCEPT, 1 DROP or REJECT\n"
			       "(or a possible drop), 2 error.  For icmp, DST:TYPE (default 8).\n"
			       "--state: new (the default; TCP flags SYN) or established (TCP flags ACK).\n"
			       "--flags: the packet's TCP flags, as iptables --tcp-flags names them\n"
			       "(SYN,ACK), whatever --state.\n"
			       "--connect: the whole connection instead: TCP SYN, SYN,ACK back (the reply,\n"
			       "ESTABLISHED, interfaces swapped), ACK; UDP the datagram and its reply; ICMP\n"
			       "an echo request and its reply.  One line per packet, then the verdict:\n"
			       "OPEN (every packet passes; exit 0), CLOSED (one does not; exit 1) or MAYBE\n"
			       "(a rule fwlint cannot resolve decides; exit 1).\n"
			       "--allow-include-outside: as for fwlint (pf include and table files).\n"
			       "--noflush: as for fwlint (iptables tables read as fragments).\n"
			       "--local: the firewall's own addresses (IFACE=ADDR: the first address of\n"
			       "IFACE, which REDIRECT and MASQUERADE use): a packet to one of them, after\n"
			       "the destination translation, is for the firewall itself.\n"
			       "-t TOPO: FILE is the file of a firewall of the topology TOPO: its format,\n"
			       "interfaces and addresses come from there, and --in and --out (or --host)\n"
			       "from the zones of SRC and DST; a first line says which.  Without -t, a\n"
			       "file whose rules test interfaces needs --in and --out (or --host, --acl).\n");
			return 0;
		default: {
			char *msg = cli_bad_option(argv, c, longopts);
			int rc = usage_error(msg, NULL);
			free(msg);
			return rc;
		}
		}
	}
	return -1;
}

/* The operands FILE PROTO SRC[:SPORT] DST[:DPORT] into a->file and *p
 * (its interfaces are set once the file is read); returns -1 to go on,
 * else the exit status of a usage error. */
static int parse_packet(int argc, char **argv, trace_args *a, packet *p)
{
	if (argc - optind != 4)
		return usage_error("expected FILE PROTO SRC[:SPORT] DST[:DPORT]", NULL);
	a->file = argv[optind];
	int proto;
	if (!parse_proto(argv[optind + 1], &proto))
		return usage_error("unknown protocol", argv[optind + 1]);
	memset(p, 0, sizeof *p);
	int sport, dport;
	if (!parse_endpoint(argv[optind + 2], &p->src, &sport))
		return usage_error("bad source address", argv[optind + 2]);
	if (!parse_endpoint(argv[optind + 3], &p->dst, &dport))
		return usage_error("bad destination address", argv[optind + 3]);
	if (addr_is_v4(p->src) != addr_is_v4(p->dst))
		return usage_error("source and destination are of different address families", NULL);
	bool ports = proto == PROTO_TCP || proto == PROTO_UDP || proto == 132 || proto == 136 || proto == 33;
	if (ports && dport < 0)
		return usage_error("a destination port is needed for this protocol", argv[optind + 3]);
	p->proto = (uint8_t)proto;
	if (a->connect && (a->state_arg || a->flags_arg))
		return usage_error(a->state_arg ? "--connect sets the state of every packet: no --state"
				   : "--connect sets the flags of every packet: no --flags", NULL);
	if (a->flags_arg && proto != PROTO_TCP)
		return usage_error("--flags is for tcp", a->flags_arg);
	if (a->connect && proto != PROTO_TCP && proto != PROTO_UDP && proto != PROTO_ICMP &&
	    proto != PROTO_ICMPV6)
		return usage_error("--connect is for tcp, udp, icmp and icmpv6", argv[optind + 1]);
	if (proto == PROTO_ICMP || proto == PROTO_ICMPV6) {
		/* ICMP has no ports: DST:N names the type (code 0), and
		 * without it the packet is an echo request, as ping sends. */
		int type = dport >= 0 ? dport : proto == PROTO_ICMP ? 8 : 128;
		if (type > 255)
			return usage_error("an ICMP type is 0-255", argv[optind + 3]);
		dport = type * 256;
		sport = 0;
	}
	/* Linux picks ephemeral ports from 32768 (ip_local_port_range). */
	p->sport = (uint16_t)(sport >= 0 ? sport : ports ? 32768 : 0);
	p->dport = (uint16_t)(dport >= 0 ? dport : 0);
	p->state = a->established ? CT_ESTABLISHED : CT_NEW;
	/* --state established alone: an ACK, a segment of the connection
	 * after the handshake; --flags names others (a SYN,ACK reply). */
	p->flags = (uint8_t)(a->flags_arg ? a->flags : a->established ? TCPF_ACK : TCPF_SYN);
	if (a->connect && (proto == PROTO_ICMP || proto == PROTO_ICMPV6) &&
	    icmp_reply_type(proto, p->dport >> 8) < 0)
		return usage_error("--connect: this ICMP type has no reply (echo request: 8, ICMPv6 128)",
				   argv[optind + 3]);
	return -1;
}

/* One packet (not --connect): every outcome it may meet; returns the exit
 * status. */
static int trace_packet(fwload *f, const trace_args *a, const ir_chain *chain,
			enum eval_hook hook, const packet *p)
{
	outcome_list res = { 0 };
	run_packet(f, chain, hook, p, 0, NULL, &res);

	/* One packet meets one rule, unless an unresolved rule makes more than
	 * one outcome possible: print them all; the status is DROP's when a
	 * drop is possible. */
	if (outcome_list_inexact(&res))
		fprintf(stderr, "fwlint trace: %s: the evaluation was cut short (%s); the verdict may be wrong\n",
			a->file, evaluation_cut(&res));
	bool drop = false, accept = false;
	for (size_t i = 0; i < res.n; i++) {
		trace_print_steps(&res.v[i], f, p);
		print_outcome(&res.v[i], f, a->file);
		if (res.v[i].verdict == IR_ACCEPT)
			accept = true;
		else
			drop = true;
	}
	outcome_list_free(&res);
	return drop ? 1 : accept ? 0 : 2;
}

/* Diagnostics to the standard error, as the lint prints them; frees dl. */
static void print_diags(diag_list *dl)
{
	if (!dl->n) {
		diag_list_free(dl);
		return;
	}
	report rep;
	report_init(&rep);
	rep.diags = *dl;
	report_write_text(&rep, stderr, true);
	report_free(&rep);
}

/* What -t says of the trace: the topology, the firewall of FILE and the
 * way of the packet through it. */
typedef struct trace_topo_ctx {
	topo *t;
	int fw;
	trace_route route;
} trace_topo_ctx;

/* The interface of one end for -t: its name into *name; false, and an
 * error printed, when the end has none that the trace needs. */
static bool end_iface(const trace_args *a, const trace_topo_ctx *tc, const trace_end *e,
		      const char **name)
{
	const topo_firewall *fw = &tc->t->fw[tc->fw];
	char addr[48];
	fmt_addr(e->addr, addr, sizeof addr);
	if (e->own || fw->host >= 0)
		return true; /* the firewall itself, or a host's only side */
	if (e->zone < 0) {
		fprintf(stderr, "fwlint trace: %s: %s is in no zone of the topology\n", a->topology,
			addr);
		return false;
	}
	if (e->iface < 0) {
		fprintf(stderr, "fwlint trace: %s: zone %s cannot be reached from firewall %s\n",
			a->topology, tc->t->zone[e->zone].name, fw->name);
		return false;
	}
	*name = fw->iface[e->iface].name;
	return true;
}

/* -t: load the topology, find the firewall of the file and derive what
 * --in, --out and --host do not say into *in, *out and *hook.  Returns -1
 * to go on, else the exit status of an error. */
static int topo_route(const trace_args *a, const packet *p, trace_topo_ctx *tc, const char **in,
		      const char **out, enum eval_hook *hook)
{
	diag_list dl;
	diag_list_init(&dl);
	char *rulesets = find_rulesets_dir();
	tc->t = topo_load(a->topology, rulesets, &dl);
	free(rulesets);
	print_diags(&dl);
	if (!tc->t)
		return 2;
	tc->fw = trace_topo_firewall(tc->t, a->file);
	if (tc->fw < 0) {
		fprintf(stderr, "fwlint trace: %s: no firewall of %s has this file\n", a->file,
			a->topology);
		return 2;
	}
	const topo_firewall *fw = &tc->t->fw[tc->fw];
	trace_route *r = &tc->route;
	trace_route_find(tc->t, (size_t)tc->fw, p->src, p->dst, r);
	if (!a->host_given)
		*hook = r->hook;
	if (*hook == EVAL_FORWARD && (r->src.own || fw->host >= 0)) {
		/* both ends are the firewall's, or neither is a host
		 * firewall's server */
		if (fw->host >= 0)
			fprintf(stderr, "fwlint trace: firewall %s is the host firewall of %s: the source or the destination must be its address\n",
				fw->name, tc->t->server[fw->host].name);
		else
			fprintf(stderr, "fwlint trace: the source and the destination are both addresses of firewall %s: the packet does not cross it\n",
				fw->name);
		return 2;
	}
	bool need_in = *hook == EVAL_FORWARD || *hook == EVAL_INPUT;
	bool need_out = *hook == EVAL_FORWARD || *hook == EVAL_OUTPUT;
	if (need_in && !*in && !end_iface(a, tc, &r->src, in))
		return 2;
	if (need_out && !*out && !end_iface(a, tc, &r->dst, out))
		return 2;
	if (*hook == EVAL_FORWARD && *in && *out && strcmp(*in, *out) == 0 && !(a->in && a->out)) {
		char src[48], dst[48];
		fmt_addr(p->src, src, sizeof src);
		fmt_addr(p->dst, dst, sizeof dst);
		fprintf(stderr, "fwlint trace: %s and %s are both on the side of %s of firewall %s: the packet does not cross it\n",
			src, dst, *in, fw->name);
		return 2;
	}
	return -1;
}

/* Read the file and trace p through it; returns the exit status. */
static int trace_file(const trace_args *a, packet *p)
{
	trace_topo_ctx tc = { NULL, -1, { { 0 }, { 0 }, EVAL_FORWARD } };
	const char *in = a->in, *out = a->out;
	enum eval_hook hook = a->hook;
	if (a->topology) {
		int status = topo_route(a, p, &tc, &in, &out, &hook);
		if (status >= 0) {
			topo_free(tc.t);
			return status;
		}
	}
	const topo_firewall *fw = tc.t ? &tc.t->fw[tc.fw] : NULL;
	/* The firewall's own addresses: --local, else the topology's. */
	trace_local tl = { 0 };
	for (size_t k = 0; fw && !a->local.n && k < fw->niface; k++)
		for (size_t j = 0; j < fw->iface[k].naddr; j++) {
			tl.addr = xgrow(tl.addr, &tl.cap, tl.n + 1, sizeof *tl.addr);
			tl.ifname = xrealloc(tl.ifname, tl.cap * sizeof *tl.ifname);
			tl.addr[tl.n] = fw->iface[k].addr[j];
			tl.ifname[tl.n++] = xstrdup(fw->iface[k].name);
		}
	const trace_local *local = a->local.n ? &a->local : &tl;

	size_t nfwif = fw ? fw->niface : 0;
	const char **names = xcalloc(2 + local->n + nfwif, sizeof *names);
	cisco_binding *bind = xcalloc(2 * nfwif + 1, sizeof *bind);
	size_t nnames = 0, nbind = 0;
	if (in)
		names[nnames++] = in;
	if (out)
		names[nnames++] = out;
	for (size_t i = 0; i < local->n; i++)
		if (local->ifname[i])
			names[nnames++] = local->ifname[i];
	for (size_t k = 0; k < nfwif; k++) {
		/* as fwlint reads the file of a firewall of its topology */
		const topo_iface *ti = &fw->iface[k];
		names[nnames++] = ti->name;
		if (ti->acl_in)
			bind[nbind++] = (cisco_binding){ ti->name, ti->acl_in, false, ti->loc };
		if (ti->acl_out)
			bind[nbind++] = (cisco_binding){ ti->name, ti->acl_out, true, ti->loc };
	}
	diag_list dl;
	diag_list_init(&dl);
	fwload f;
	fwload_opts fo = { .format = a->format ? a->format : fw ? fw->format : NULL,
			   .ifnames = names, .nifnames = nnames,
			   .bindings = bind, .nbindings = nbind,
			   .allow_include_outside = a->allow_outside, .noflush = a->noflush };
	bool ok = fwload_open(&f, a->file, &fo, &dl);
	free(names);
	free(bind);
	bool parse_errors = dl.nerror > 0;
	print_diags(&dl);
	int status = 2;
	if (!ok || parse_errors)
		goto done;
	if (!fw && !a->acl && !a->host_given && (!in || !out)) {
		/* Without its interfaces a forwarded packet would meet such a
		 * rule on an interface that the file does not name: an
		 * answer for a packet that no one asked about. */
		enum ir_field which = IR_IIF;
		const ir_rule *r = trace_iface_rule(f.rs, &f.tab, EVAL_FORWARD, in, out, &which);
		if (r) {
			fprintf(stderr, "fwlint trace: %s:%d:%d: this rule tests the %s interface; give --in and --out, or -t TOPO\n",
				r->loc.file, r->loc.line, r->loc.col,
				which == IR_IIF ? "input" : "output");
			goto done;
		}
	}
	if (fw && fw->host >= 0 && !a->acl &&
	    ((hook == EVAL_INPUT && !in) || (hook == EVAL_OUTPUT && !out))) {
		/* The topology names no interface of a host (fwlint-topology(5),
		 * "firewall"): the one its file names besides the loopback,
		 * when it names one; with more, the one a rule tests must be
		 * given. */
		const char *only = NULL;
		size_t n = 0;
		for (size_t i = 0; i < f.tab.n; i++) {
			const char *name = f.tab.name[i];
			if (!f.tab.synthetic[i] && *name && !strchr(name, '+') &&
			    !trace_is_loopback(name)) {
				only = name;
				n++;
			}
		}
		enum ir_field which = IR_IIF;
		const ir_rule *r = n > 1 ? trace_iface_rule(f.rs, &f.tab, hook, in, out, &which) : NULL;
		if (r) {
			fprintf(stderr, "fwlint trace: %s:%d:%d: this rule tests the %s interface, and the topology names none of host firewall %s; give %s\n",
				r->loc.file, r->loc.line, r->loc.col,
				which == IR_IIF ? "input" : "output", fw->name,
				which == IR_IIF ? "--in" : "--out");
			goto done;
		}
		if (n == 1 && hook == EVAL_INPUT)
			in = only;
		else if (n == 1)
			out = only;
	}
	trace_local_apply(local, &f);
	p->iif = in ? iftab_id(&f.tab, in) : 0;
	p->oif = out ? iftab_id(&f.tab, out) : 0;
	if (hook == EVAL_OUTPUT && out && trace_is_loopback(out)) {
		/* A packet the host sends over its loopback comes back to
		 * it: out through OUTPUT, then in through INPUT on the same
		 * interface (fwlint(1), "trace"). */
		hook = EVAL_LOCAL;
		p->iif = p->oif;
	}

	const ir_chain *chain = NULL;
	if (a->acl) {
		const ir_table *t = ir_table_find(f.rs, "filter");
		chain = t ? ir_chain_find(t, a->acl) : NULL;
		if (!chain) {
			fprintf(stderr, "fwlint trace: %s: no chain or ACL named '%s'\n", a->file, a->acl);
			goto done;
		}
	}
	if (fw)
		trace_route_print(tc.t, &tc.route, hook == EVAL_OUTPUT ? NULL : in,
				  hook == EVAL_INPUT ? NULL : out);
	status = a->connect ? trace_connect(&f, a->file, chain, hook, p)
			    : trace_packet(&f, a, chain, hook, p);
done:
	fwload_close(&f);
	trace_local_free(&tl);
	topo_free(tc.t);
	return status;
}

int trace_main(int argc, char **argv)
{
	trace_args a = { .hook = EVAL_FORWARD };
	packet p;
	int status = parse_options(argc, argv, &a);
	if (status < 0)
		status = parse_packet(argc, argv, &a, &p);
	if (status < 0)
		status = trace_file(&a, &p);
	trace_local_free(&a.local);
	return status;
}
