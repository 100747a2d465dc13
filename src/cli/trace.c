/* trace.c - fwlint trace: one packet through one firewall file, as ASA's
 * packet-tracer does (fwlint(1), "fwlint trace"). */
#include "trace.h"

#include <arpa/inet.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lint.h"
#include "report.h"
#include "xalloc.h"

static int usage_error(const char *msg, const char *arg)
{
	fprintf(stderr, "fwlint trace: %s%s%s\n", msg, arg ? ": " : "", arg ? arg : "");
	fprintf(stderr, "usage: fwlint trace [-I FMT] FILE [--in IFACE] [--out IFACE] [--host in|out]\n"
			"                    [--acl NAME] [--state new|established] PROTO SRC[:SPORT] DST[:DPORT]\n");
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


/* The conntrack direction and the mark of p on box b: a packet traced
 * alone is one of the original direction (--state established included)
 * unless p says it is a reply; its mark is the one the file does not know
 * unless p states one. */
static void box_set_conn(pbox *b, const packet *p)
{
	b->dir = p->reply ? CTDIR_REPLY : CTDIR_ORIGINAL;
	if (p->mark_known)
		b->mark_lo = b->mark_hi = p->mark;
}

int trace_main(int argc, char **argv)
{
	enum { OPT_IN = 256, OPT_OUT, OPT_HOST, OPT_ACL, OPT_STATE, OPT_ALLOW_INCLUDE,
	       OPT_NOFLUSH };
	static const struct option longopts[] = {
		{ "input-format", required_argument, NULL, 'I' },
		{ "in", required_argument, NULL, OPT_IN },
		{ "out", required_argument, NULL, OPT_OUT },
		{ "host", required_argument, NULL, OPT_HOST },
		{ "acl", required_argument, NULL, OPT_ACL },
		{ "state", required_argument, NULL, OPT_STATE },
		{ "allow-include-outside", no_argument, NULL, OPT_ALLOW_INCLUDE },
		{ "noflush", no_argument, NULL, OPT_NOFLUSH },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *format = NULL, *in = NULL, *out = NULL, *acl = NULL;
	enum eval_hook hook = EVAL_FORWARD;
	bool established = false, allow_outside = false, noflush = false;
	int c;
	optind = 1;
	/* "+": stop at the first operand?  No: options may follow FILE as in
	 * fwlint(1), so permute, but PROTO SRC DST never start with '-'. */
	while ((c = getopt_long(argc, argv, "I:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'I': format = optarg; break;
		case OPT_IN: in = optarg; break;
		case OPT_OUT: out = optarg; break;
		case OPT_ACL: acl = optarg; break;
		case OPT_ALLOW_INCLUDE: allow_outside = true; break;
		case OPT_NOFLUSH: noflush = true; break;
		case OPT_HOST:
			if (strcmp(optarg, "in") == 0)
				hook = EVAL_INPUT;
			else if (strcmp(optarg, "out") == 0)
				hook = EVAL_OUTPUT;
			else
				return usage_error("--host takes 'in' or 'out'", optarg);
			break;
		case OPT_STATE:
			if (strcmp(optarg, "new") == 0)
				established = false;
			else if (strcmp(optarg, "established") == 0)
				established = true;
			else
				return usage_error("--state takes 'new' or 'established'", optarg);
			break;
		case 'h':
			printf("usage: fwlint trace [-I FMT] FILE [--in IFACE] [--out IFACE] [--host in|out]\n"
			       "                    [--acl NAME] [--state new|established] PROTO SRC[:SPORT] DST[:DPORT]\n"
			       "Follow one packet through one firewall file and print the verdict and the\n"
			       "rule or policy that decides it.  Exit status: 0 ACCEPT, 1 DROP or REJECT\n"
			       "(or a possible drop), 2 error.  For icmp, DST:TYPE (default 8).\n"
			       "--allow-include-outside: as for fwlint (pf include and table files).\n"
			       "--noflush: as for fwlint (iptables tables read as fragments).\n");
			return 0;
		default:
			return usage_error("bad option", NULL);
		}
	}
	if (argc - optind != 4)
		return usage_error("expected FILE PROTO SRC[:SPORT] DST[:DPORT]", NULL);
	const char *file = argv[optind];
	int proto;
	if (!parse_proto(argv[optind + 1], &proto))
		return usage_error("unknown protocol", argv[optind + 1]);
	packet p;
	memset(&p, 0, sizeof p);
	int sport, dport;
	if (!parse_endpoint(argv[optind + 2], &p.src, &sport))
		return usage_error("bad source address", argv[optind + 2]);
	if (!parse_endpoint(argv[optind + 3], &p.dst, &dport))
		return usage_error("bad destination address", argv[optind + 3]);
	if (addr_is_v4(p.src) != addr_is_v4(p.dst))
		return usage_error("source and destination are of different address families", NULL);
	bool ports = proto == PROTO_TCP || proto == PROTO_UDP || proto == 132 || proto == 136 || proto == 33;
	if (ports && dport < 0)
		return usage_error("a destination port is needed for this protocol", argv[optind + 3]);
	p.proto = (uint8_t)proto;
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
	p.sport = (uint16_t)(sport >= 0 ? sport : ports ? 32768 : 0);
	p.dport = (uint16_t)(dport >= 0 ? dport : 0);
	p.state = established ? CT_ESTABLISHED : CT_NEW;
	p.flags = established ? TCPF_ACK : TCPF_SYN;

	const char *names[2];
	size_t nnames = 0;
	if (in)
		names[nnames++] = in;
	if (out)
		names[nnames++] = out;
	diag_list dl;
	diag_list_init(&dl);
	fwload f;
	fwload_opts fo = { .format = format, .ifnames = names, .nifnames = nnames,
			   .allow_include_outside = allow_outside, .noflush = noflush };
	bool ok = fwload_open(&f, file, &fo, &dl);
	int status = 2;
	bool parse_errors = dl.nerror > 0;
	if (dl.n) {
		report rep;
		report_init(&rep);
		rep.diags = dl;
		report_write_text(&rep, stderr, true);
		report_free(&rep);
	} else {
		diag_list_free(&dl);
	}
	if (!ok || parse_errors) {
		fwload_close(&f);
		return 2;
	}
	p.iif = in ? iftab_id(&f.tab, in) : 0;
	p.oif = out ? iftab_id(&f.tab, out) : 0;

	pbox b = pbox_full();
	b.proto_lo = b.proto_hi = p.proto;
	b.src_lo = b.src_hi = p.src;
	b.dst_lo = b.dst_hi = p.dst;
	b.sport_lo = b.sport_hi = p.sport;
	b.dport_lo = b.dport_hi = p.dport;
	b.iif_lo = b.iif_hi = p.iif;
	b.oif_lo = b.oif_hi = p.oif;
	b.state = p.state;
	if (proto == PROTO_TCP)
		b.flags = (uint64_t)1 << p.flags;
	box_set_conn(&b, &p);
	pset s = pset_from_box(&b);
	outcome_list res = { 0 };
	const ir_chain *chain = NULL;
	if (acl) {
		const ir_table *t = ir_table_find(f.rs, "filter");
		chain = t ? ir_chain_find(t, acl) : NULL;
		if (!chain) {
			fprintf(stderr, "fwlint trace: %s: no chain or ACL named '%s'\n", file, acl);
			pset_free(&s);
			fwload_close(&f);
			return 2;
		}
		eval_run_chain(f.ev, chain, &s, &res);
	} else {
		eval_run(f.ev, hook, &s, &res);
	}

	/* One packet meets one rule, unless an unresolved rule makes more than
	 * one outcome possible: print them all; the status is DROP's when a
	 * drop is possible. */
	if (outcome_list_inexact(&res))
		fprintf(stderr, "fwlint trace: %s: the evaluation was cut short (%s); the verdict may be wrong\n",
			file, res.too_deep ? "jumps nested too deep"
			      : res.too_complex ? "too many jumps to the same chains" : "too complex");
	bool drop = false, accept = false;
	for (size_t i = 0; i < res.n; i++) {
		print_outcome(&res.v[i], &f, file);
		if (res.v[i].verdict == IR_ACCEPT)
			accept = true;
		else
			drop = true;
	}
	status = drop ? 1 : accept ? 0 : 2;
	outcome_list_free(&res);
	pset_free(&s);
	fwload_close(&f);
	return status;
}
