/* pf_addr.c - hosts, ports, protocols and ICMP names of pf.conf(5).
 *
 * The values of one option, checked as pfctl checks them when it parses
 * (pfctl/parse.y host(), getservice(), pfctl_parser.c host_v4/host_v6):
 *   - "10.0.0.0.1", "256.0.0.1", ":80": "could not parse host specification"
 *     (pfctl first prints "no IP address found for X");
 *   - /161: "netmask is too large: /161"; /64 on IPv4: "netmask 64 invalid
 *     for IPv4 address";
 *   - ports 0..65535: "illegal port value 65536".
 * Names the host would resolve (interface addresses, host names) are kept
 * as names: fwlint reads a file, not the firewall, so they are unresolved
 * later (pf.c).  Service, protocol and ICMP names come from built-in tables
 * below, never from the host running fwlint.
 */
#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "pf_build.h"

/* ------------------------------------------------------------ names */

struct name_num { const char *name; int num; };

/* Service names: the IANA Service Name and Transport Protocol Port Number
 * Registry as OpenBSD ships it in /etc/services (src/etc/services), the
 * names people write in pf.conf.  pfctl resolves them with getservbyname(3)
 * on the host; fwlint must not depend on the host, so here they are. */
static const struct name_num services[] = {
	{ "auth", 113 }, { "bgp", 179 }, { "bootpc", 68 }, { "bootps", 67 },
	{ "chargen", 19 }, { "compressnet", 2 }, { "cvspserver", 2401 },
	{ "daytime", 13 }, { "dhcpv6-client", 546 }, { "dhcpv6-server", 547 },
	{ "discard", 9 }, { "domain", 53 }, { "domain-s", 853 }, { "echo", 7 },
	{ "finger", 79 }, { "ftp", 21 }, { "ftp-data", 20 }, { "ftps", 990 },
	{ "ftps-data", 989 }, { "git", 9418 }, { "gopher", 70 }, { "hkp", 11371 },
	{ "http", 80 }, { "http-alt", 8080 }, { "https", 443 }, { "ident", 113 },
	{ "imap", 143 }, { "imap2", 143 }, { "imap3", 220 }, { "imaps", 993 },
	{ "ipp", 631 }, { "irc", 194 }, { "ircd", 6667 }, { "isakmp", 500 },
	{ "ipsec-nat-t", 4500 }, { "kerberos", 88 }, { "kerberos-adm", 749 },
	{ "kpasswd", 464 }, { "l2tp", 1701 }, { "ldap", 389 }, { "ldaps", 636 },
	{ "login", 513 }, { "mdns", 5353 }, { "microsoft-ds", 445 },
	{ "ms-sql-s", 1433 }, { "ms-wbt-server", 3389 }, { "mysql", 3306 },
	{ "nameserver", 42 }, { "netbios-dgm", 138 }, { "netbios-ns", 137 },
	{ "netbios-ssn", 139 }, { "nfsd", 2049 }, { "nntp", 119 }, { "ntalk", 518 },
	{ "ntp", 123 }, { "openvpn", 1194 }, { "pip", 1321 }, { "pop2", 109 },
	{ "pop3", 110 }, { "pop3s", 995 }, { "postgresql", 5432 }, { "printer", 515 },
	{ "qotd", 17 }, { "radius", 1812 }, { "radius-acct", 1813 }, { "rje", 5 },
	{ "route", 520 }, { "rsync", 873 }, { "rtsp", 554 }, { "shell", 514 },
	{ "sip", 5060 }, { "smtp", 25 }, { "snmp", 161 }, { "snmp-trap", 162 },
	{ "snmptrap", 162 }, { "socks", 1080 }, { "spamd", 8025 },
	{ "spamd-cfg", 8026 }, { "spamlogd", 8027 }, { "ssdp", 1900 }, { "ssh", 22 },
	{ "submission", 587 }, { "sunrpc", 111 }, { "syslog", 514 }, { "systat", 11 },
	{ "talk", 517 }, { "tcpmux", 1 }, { "telnet", 23 }, { "tftp", 69 },
	{ "time", 37 }, { "uucp", 540 }, { "whois", 43 }, { "www", 80 },
	{ "x11", 6000 }, { "xmpp-client", 5222 }, { "xmpp-server", 5269 },
};

/* Protocol names: /etc/protocols (IANA Assigned Internet Protocol Numbers),
 * with the aliases OpenBSD's file gives. */
static const struct name_num protocols[] = {
	{ "ah", 51 }, { "carp", 112 }, { "egp", 8 }, { "eigrp", 88 }, { "encap", 98 },
	{ "esp", 50 }, { "etherip", 97 }, { "gre", 47 }, { "hopopt", 0 },
	{ "icmp", 1 }, { "icmp6", 58 }, { "igmp", 2 }, { "ip", 0 }, { "ipcomp", 108 },
	{ "ipencap", 4 }, { "ipip", 94 }, { "ipv4", 4 }, { "ipv6", 41 },
	{ "ipv6-frag", 44 }, { "ipv6-icmp", 58 }, { "ipv6-nonxt", 59 },
	{ "ipv6-opts", 60 }, { "ipv6-route", 43 }, { "l2tp", 115 },
	{ "mobileip", 55 }, { "mpls-in-ip", 137 }, { "ospf", 89 }, { "pfsync", 240 },
	{ "pim", 103 }, { "rsvp", 46 }, { "sctp", 132 }, { "skip", 57 },
	{ "tcp", 6 }, { "udp", 17 }, { "udplite", 136 }, { "vrrp", 112 },
	{ "wesp", 141 },
};

/* ICMP type and code names of pfctl (pfctl_parser.c icmp_type[], icmp_code[]). */
static const struct name_num icmp4_types[] = {
	{ "althost", 6 }, { "dataconv", 31 }, { "echorep", 0 }, { "echoreq", 8 },
	{ "inforep", 16 }, { "inforeq", 15 }, { "ipv6-here", 34 }, { "ipv6-where", 33 },
	{ "maskrep", 18 }, { "maskreq", 17 }, { "mobredir", 32 }, { "mobregrep", 36 },
	{ "mobregreq", 35 }, { "paramprob", 12 }, { "photuris", 40 }, { "redir", 5 },
	{ "routeradv", 9 }, { "routersol", 10 }, { "skip", 39 }, { "squench", 4 },
	{ "timerep", 14 }, { "timereq", 13 }, { "timex", 11 }, { "trace", 30 },
	{ "unreach", 3 },
};
static const struct name_num icmp6_types[] = {
	{ "echorep", 129 }, { "echoreq", 128 }, { "fqdnrep", 140 }, { "fqdnreq", 139 },
	{ "groupqry", 130 }, { "grouprep", 131 }, { "groupterm", 132 },
	{ "listendone", 132 }, { "listenrep", 131 }, { "listqry", 130 },
	{ "mtrace", 201 }, { "mtraceresp", 200 }, { "neighbradv", 136 },
	{ "neighbrsol", 135 }, { "niqry", 139 }, { "nirep", 140 }, { "paramprob", 4 },
	{ "redir", 137 }, { "routeradv", 134 }, { "routersol", 133 },
	{ "routrrenum", 138 }, { "timex", 3 }, { "toobig", 2 }, { "unreach", 1 },
	{ "wrurep", 140 }, { "wrureq", 139 },
};
static const struct name_num icmp4_codes[] = {
	{ "auth-fail", 2 }, { "badhead", 0 }, { "badlen", 2 }, { "common-adv", 16 },
	{ "cutoff-preced", 15 }, { "decrypt-fail", 3 }, { "filter-prohib", 13 },
	{ "host-preced", 14 }, { "host-prohib", 10 }, { "host-tos", 12 },
	{ "host-unk", 7 }, { "host-unr", 1 }, { "isolate", 8 }, { "needfrag", 4 },
	{ "net-prohib", 9 }, { "net-tos", 11 }, { "net-unk", 6 }, { "net-unr", 0 },
	{ "normal-adv", 0 }, { "optmiss", 1 }, { "port-unr", 3 }, { "proto-unr", 2 },
	{ "reassemb", 1 }, { "redir-host", 1 }, { "redir-net", 0 },
	{ "redir-tos-host", 3 }, { "redir-tos-net", 2 }, { "srcfail", 5 },
	{ "transit", 0 }, { "unknown-ind", 1 },
};
static const struct name_num icmp6_codes[] = {
	{ "addr-unr", 3 }, { "admin-unr", 1 }, { "badhead", 0 }, { "beyond-unr", 2 },
	{ "noroute-unr", 0 }, { "notnbr-unr", 2 }, { "nxthdr", 1 }, { "port-unr", 4 },
	{ "reassemb", 1 }, { "redironlink", 0 }, { "redirrouter", 1 }, { "transit", 0 },
	{ "unknown", 2 },
};

#define LOOKUP(tab, s) lookup(tab, sizeof tab / sizeof tab[0], s)

static int lookup(const struct name_num *t, size_t n, const char *s)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(t[i].name, s) == 0)
			return t[i].num;
	return -1;
}

int pf_service_lookup(const char *s)
{
	return LOOKUP(services, s);
}

int pf_proto_lookup(const char *s)
{
	return LOOKUP(protocols, s);
}

int pf_icmp_type_lookup(int af, const char *s)
{
	return af == 6 ? LOOKUP(icmp6_types, s) : LOOKUP(icmp4_types, s);
}

int pf_icmp_code_lookup(int af, const char *s)
{
	return af == 6 ? LOOKUP(icmp6_codes, s) : LOOKUP(icmp4_codes, s);
}

/* ------------------------------------------------------------ addresses */

static pf_hnode *hnew(struct pf_ctx *ctx, enum pf_addr_kind k, srcloc loc)
{
	pf_hnode *h = pf_alloc(ctx, sizeof *h);
	h->a.kind = k;
	h->a.prefix = -1;
	h->a.loc = loc;
	return h;
}

static pf_hnode *bad_host(struct pf_ctx *ctx, const char *s, srcloc loc)
{
	pf_hnode *h = hnew(ctx, PF_ADDR_ANY, loc);
	pf_error(ctx, loc, "could not parse host specification '%s'", s);
	h->bad = true;
	return h;
}

/* Dotted IPv4 of 1 to 4 parts (inet_net_pton(3) style: "10" is 10.0.0.0)
 * when shortok, else exactly four. */
static bool parse_v4(const char *s, bool shortok, uint32_t *out, int *nparts)
{
	uint32_t a = 0;
	int parts = 0;
	const char *p = s;
	while (*p) {
		if (!isdigit((unsigned char)*p))
			return false;
		unsigned long v = 0;
		int nd = 0;
		while (isdigit((unsigned char)*p)) {
			v = v * 10 + (unsigned long)(*p - '0');
			if (++nd > 3 || v > 255)
				return false;
			p++;
		}
		a = (a << 8) | (uint32_t)v;
		if (++parts > 4)
			return false;
		if (*p == '.') {
			p++;
			if (!*p)
				return false;
		} else if (*p) {
			return false;
		}
	}
	if (parts == 0 || (!shortok && parts != 4))
		return false;
	a <<= 8 * (4 - parts);
	*out = a;
	*nparts = parts;
	return true;
}

static bool parse_v6(const char *s, u128 *out)
{
	char buf[64];
	unsigned char b[16];
	size_t n = strcspn(s, "%"); /* a scope: fe80::1%em0 */
	if (n >= sizeof buf)
		return false;
	memcpy(buf, s, n);
	buf[n] = '\0';
	if (inet_pton(AF_INET6, buf, b) != 1)
		return false;
	u128 v = 0;
	for (int i = 0; i < 16; i++)
		v = (v << 8) | b[i];
	*out = v;
	return true;
}

static bool is_ifname(const char *s)
{
	if (!isalpha((unsigned char)s[0]))
		return false;
	for (const char *p = s; *p; p++)
		if (!isalnum((unsigned char)*p) && *p != '_' && *p != '-' && *p != '.')
			return false;
	return true;
}

/* Parse an address without a mask into h; false when it is not one. */
static bool parse_addr(const char *s, bool shortok, pf_hnode *h)
{
	uint32_t v4;
	int parts;
	u128 v6;
	if (parse_v4(s, shortok, &v4, &parts)) {
		h->a.kind = PF_ADDR_NET;
		h->a.af = 4;
		h->a.lo = h->a.hi = addr_v4(v4);
		return true;
	}
	if (strchr(s, ':') && parse_v6(s, &v6)) {
		h->a.kind = PF_ADDR_NET;
		h->a.af = 6;
		h->a.lo = h->a.hi = v6;
		return true;
	}
	return false;
}

pf_hnode *pf_host_str(struct pf_ctx *ctx, const char *s, srcloc loc)
{
	pf_hnode *h = hnew(ctx, PF_ADDR_ANY, loc);
	if (parse_addr(s, false, h))
		return h;
	if (strcmp(s, "self") == 0) {
		h->a.kind = PF_ADDR_SELF;
		return h;
	}
	const char *colon = strchr(s, ':');
	if (colon && colon != s && is_ifname(pf_strdup(ctx, s, (size_t)(colon - s)))) {
		const char *m = colon + 1;
		if (strcmp(m, "network") && strcmp(m, "broadcast") && strcmp(m, "peer") &&
		    strcmp(m, "0"))
			return bad_host(ctx, s, loc);
		h->a.kind = PF_ADDR_IFACE;
		h->a.name = pf_strdup(ctx, s, (size_t)(colon - s));
		h->a.modifier = pf_strdup(ctx, m, strlen(m));
		return h;
	}
	if (!colon && is_ifname(s)) {
		/* pfctl asks the host: an interface or group if one has the
		 * name, else DNS.  A dotted name or "localhost" is a host name;
		 * any other name an interface or interface group. */
		h->a.kind = (strchr(s, '.') || strcmp(s, "localhost") == 0) ? PF_ADDR_HOSTNAME
									     : PF_ADDR_IFACE;
		h->a.name = pf_strdup(ctx, s, strlen(s));
		return h;
	}
	return bad_host(ctx, s, loc);
}

static u128 mask_of(int bits, int af)
{
	if (bits <= 0)
		return af == 4 ? U128_MAX << 32 : 0;
	u128 m = bits >= 128 ? U128_MAX : ~(U128_MAX >> bits);
	if (af == 4) /* the v4 mask in the low 32 bits, the ::ffff prefix kept */
		m = (m >> 96) | (U128_MAX << 32);
	return m;
}

static void apply_mask(pf_addr *a, int bits)
{
	u128 m = mask_of(bits, a->af);
	a->prefix = bits;
	a->lo = a->lo & m;
	a->hi = a->lo | ~m;
}

pf_hnode *pf_host_mask(struct pf_ctx *ctx, const char *s, long long bits, srcloc loc)
{
	pf_hnode *h = hnew(ctx, PF_ADDR_ANY, loc);
	if (bits < 0 || bits > 128) {
		/* pfctl: strtonum(3)'s reason, "too small" or "too large" */
		pf_error(ctx, loc, "netmask is too %s: /%lld", bits < 0 ? "small" : "large", bits);
		h->bad = true;
		return h;
	}
	if (!parse_addr(s, true, h)) {
		const char *colon = strchr(s, ':');
		if (is_ifname(colon ? pf_strdup(ctx, s, (size_t)(colon - s)) : s)) {
			pf_hnode *i = pf_host_str(ctx, s, loc);
			i->a.prefix = (int)bits;
			return i;
		}
		return bad_host(ctx, s, loc);
	}
	if (h->a.af == 4 && bits > 32) {
		pf_error(ctx, loc, "netmask %lld invalid for IPv4 address", bits);
		h->bad = true;
		return h;
	}
	apply_mask(&h->a, (int)bits);
	return h;
}

pf_hnode *pf_host_range(struct pf_ctx *ctx, const char *a, const char *b, srcloc loc)
{
	pf_hnode *x = hnew(ctx, PF_ADDR_ANY, loc), *y = hnew(ctx, PF_ADDR_ANY, loc);
	if (!parse_addr(a, false, x))
		return bad_host(ctx, a, loc);
	if (!parse_addr(b, false, y))
		return bad_host(ctx, b, loc);
	if (x->a.af != y->a.af) {
		pf_error(ctx, loc, "invalid address range: '%s - %s' mixes address families", a, b);
		x->bad = true;
		return x;
	}
	if (y->a.lo < x->a.lo) {
		pf_error(ctx, loc, "address range '%s - %s' is empty", a, b);
		x->bad = true;
		return x;
	}
	x->a.kind = PF_ADDR_RANGE;
	x->a.hi = y->a.hi;
	return x;
}

pf_hnode *pf_host_table(struct pf_ctx *ctx, const char *name, srcloc loc)
{
	pf_hnode *h = hnew(ctx, PF_ADDR_TABLE, loc);
	if (strlen(name) >= 32) {
		pf_error(ctx, loc, "table name '%s' too long", name);
		h->bad = true;
	}
	h->a.name = pf_strdup(ctx, name, strlen(name));
	return h;
}

pf_hnode *pf_host_dyn(struct pf_ctx *ctx, const char *name, long long bits, srcloc loc)
{
	pf_hnode *h = hnew(ctx, PF_ADDR_DYNIF, loc);
	const char *colon = strchr(name, ':');
	size_t n = colon ? (size_t)(colon - name) : strlen(name);
	h->a.name = pf_strdup(ctx, name, n);
	/* pfctl: interface names start with a letter, which catches
	 * ($ext_ip) written for ($ext_if) */
	if (!is_ifname(h->a.name)) {
		pf_error(ctx, loc, "invalid interface name '%s'", name);
		h->bad = true;
		return h;
	}
	if (colon) {
		/* modifiers, possibly two: (em0:network:0).  pfctl parse.y
		 * dynaddr takes them off from the right and names what is
		 * left when one is unknown; two of network, broadcast and
		 * peer are an illegal combination. */
		const char *m = colon + 1;
		char *left = pf_strdup(ctx, name, strlen(name));
		unsigned flags = 0;
		char *p;
		while ((p = strrchr(left, ':')) != NULL) {
			if (strcmp(p + 1, "network") == 0)
				flags |= 1;
			else if (strcmp(p + 1, "broadcast") == 0)
				flags |= 2;
			else if (strcmp(p + 1, "peer") == 0)
				flags |= 4;
			else if (strcmp(p + 1, "0") == 0)
				flags |= 8;
			else {
				pf_error(ctx, loc, "interface %s has bad modifier", left);
				h->bad = true;
				return h;
			}
			*p = '\0';
		}
		if (flags & (flags - 1) & 7) {
			pf_error(ctx, loc, "illegal combination of interface modifiers");
			h->bad = true;
			return h;
		}
		h->a.modifier = pf_strdup(ctx, m, strlen(m));
	}
	if (bits > 128 || bits < -1) {
		/* pfctl parse.y host: dynaddr '/' NUMBER */
		pf_error(ctx, loc, "bit number too big");
		h->bad = true;
	}
	h->a.prefix = (int)bits;
	return h;
}

pf_hnode *pf_host_route(struct pf_ctx *ctx, const char *ifname, pf_hnode *h, srcloc loc)
{
	(void)ctx;
	h->routehost = true;
	h->a.loc = loc;
	if (!h->a.name)
		h->a.name = (char *)ifname;
	return h;
}

pf_hnode *pf_host_kind(struct pf_ctx *ctx, enum pf_addr_kind k, srcloc loc)
{
	return hnew(ctx, k, loc);
}

pf_hnode *pf_host_weight(struct pf_ctx *ctx, pf_hnode *list, long long n, srcloc loc)
{
	pf_hnode *h = list;
	while (h->next)
		h = h->next;
	/* pfctl parse.y optweight: 1 - USHRT_MAX */
	if (n < 1 || n > 65535) {
		pf_error(ctx, loc, "weight out of range");
		h->bad = true;
	}
	h->weighted = true;
	return list;
}

pf_hnode *pf_host_neg(pf_hnode *h, srcloc loc)
{
	h->a.neg = !h->a.neg;
	h->a.loc.line = loc.line;
	h->a.loc.col = loc.col;
	return h;
}

/* ------------------------------------------------------------ ports */

/* A port as written: a number, "0x10", or a service name. */
static bool port_value(struct pf_ctx *ctx, const pf_item *w, const char *s, unsigned *out,
		       srcloc loc)
{
	long long v;
	if (!s) {
		v = w->n;
	} else {
		char *end;
		errno = 0;
		unsigned long long u = strtoull(s, &end, 0);
		if (isdigit((unsigned char)s[0]) && *end == '\0' && errno == 0) {
			v = u > 1000000 ? 1000000 : (long long)u;
		} else {
			int p = pf_service_lookup(s);
			if (p < 0) {
				pf_error(ctx, loc, "unknown port %s", s);
				return false;
			}
			v = p;
		}
	}
	if (v < 0 || v > 65535) {
		pf_error(ctx, loc, "illegal port value %lld", v);
		return false;
	}
	*out = (unsigned)v;
	return true;
}

pf_pnode *pf_port_item(struct pf_ctx *ctx, int op, const pf_item *a, const pf_item *b,
		       srcloc loc)
{
	pf_pnode *p = pf_alloc(ctx, sizeof *p);
	p->p.loc = loc;
	p->p.op = op == PF_OP_NONE ? PF_OP_EQ : (enum pf_port_op)op;
	if (op != PF_OP_NONE && ((a->s && strchr(a->s, ':')) || (b && b->s && strchr(b->s, ':')))) {
		/* pfctl parse.y port_item: "> 1000:2000", "1:2 >< 3" */
		pf_error(ctx, loc, "':' cannot be used with an other port operator");
		p->bad = true;
		return p;
	}
	if (op == PF_OP_NONE && a->s && strchr(a->s, ':')) {
		/* "1024:65535", "ssh:www": an inclusive range */
		const char *c = strchr(a->s, ':');
		char *lo = pf_strdup(ctx, a->s, (size_t)(c - a->s));
		const char *hi = c + 1;
		p->p.op = PF_OP_RANGE;
		if (!port_value(ctx, a, lo, &p->p.a, loc))
			p->bad = true;
		if (strcmp(hi, "*") == 0) {
			p->p.b = 65535;
			p->star = true;
		}
		else if (!port_value(ctx, a, hi, &p->p.b, loc))
			p->bad = true;
		if (!p->bad && p->p.a == p->p.b)
			/* pfctl parseport(): "80:80" is port 80 */
			p->p.op = PF_OP_EQ;
		return p;
	}
	if (!port_value(ctx, a, a->s, &p->p.a, loc))
		p->bad = true;
	if (b && !port_value(ctx, b, b->s, &p->p.b, loc))
		p->bad = true;
	return p;
}

pf_pnode *pf_id_item(struct pf_ctx *ctx, int op, const pf_item *a, const pf_item *b,
		     srcloc loc)
{
	pf_pnode *p = pf_alloc(ctx, sizeof *p);
	p->p.loc = loc;
	p->p.op = op == PF_OP_NONE ? PF_OP_EQ : (enum pf_port_op)op;
	p->unknown = (a->s && strcmp(a->s, "unknown") == 0) ||
		     (b && b->s && strcmp(b->s, "unknown") == 0);
	/* user and group names are the host's: only numbers are checked */
	if (!a->s && (a->n < 0 || a->n > 0xffffffffLL)) {
		pf_error(ctx, loc, "illegal uid value %lld", a->n);
		p->bad = true;
	}
	(void)b;
	return p;
}
