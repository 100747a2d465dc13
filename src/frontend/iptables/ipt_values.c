/* ipt_values.c - the values of options as iptables reads them: numbers,
 * protocols, ports and services, addresses and masks, TCP flags,
 * conntrack states, ICMP types, reject types and log levels.  A bad value
 * is a parse-error at its word (ipt_error()). */
#include "ipt_int.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xalloc.h"

/* Protocol names iptables knows without /etc/protocols (xtables.c
 * xtables_chain_protos) plus the common /etc/protocols names (netbase,
 * from the IANA protocol numbers registry). */
static const struct { const char *name; int num; } protos[] = {
	{ "tcp", 6 },      { "udp", 17 },      { "icmp", 1 },      { "all", 0 },
	{ "ip", 0 },       { "igmp", 2 },
	{ "ipencap", 4 },  { "ipip", 4 },      { "egp", 8 },
	{ "igp", 9 },      { "pup", 12 },      { "idp", 22 },
	{ "rdp", 27 },     { "dccp", 33 },     { "ipv6", 41 },     { "ipv6-route", 43 },
	{ "ipv6-frag", 44 }, { "rsvp", 46 },   { "gre", 47 },      { "esp", 50 },
	{ "ah", 51 },      { "icmpv6", 58 },   { "ipv6-icmp", 58 }, { "ipv6-nonxt", 59 },
	{ "ipv6-opts", 60 }, { "eigrp", 88 },  { "ospf", 89 },     { "ax.25", 93 },
	{ "ipip4", 94 },   { "etherip", 97 },  { "encap", 98 },    { "pim", 103 },
	{ "ipcomp", 108 }, { "vrrp", 112 },    { "l2tp", 115 },    { "isis", 124 },
	{ "sctp", 132 },   { "fc", 133 },      { "mh", 135 },      { "ipv6-mh", 135 }, { "mobility-header", 135 },
	{ "udplite", 136 }, { "mpls-in-ip", 137 }, { "hip", 139 }, { "shim6", 140 },
	{ "wesp", 141 },   { "rohc", 142 },
};

/* Service names accepted in port arguments.  iptables asks getservbyname();
 * a linter must not depend on the host, so this is the subset of the
 * Debian netbase /etc/services (itself from the IANA Service Name and
 * Transport Protocol Port Number Registry) that firewall rules use.  Names
 * are taken for both TCP and UDP. */
static const struct { const char *name; unsigned port; } services[] = {
	{ "tcpmux", 1 }, { "echo", 7 }, { "discard", 9 }, { "daytime", 13 },
	{ "ftp-data", 20 }, { "ftp", 21 }, { "ssh", 22 }, { "telnet", 23 },
	{ "smtp", 25 }, { "time", 37 }, { "whois", 43 }, { "tacacs", 49 },
	{ "domain", 53 }, { "bootps", 67 }, { "bootpc", 68 }, { "tftp", 69 },
	{ "gopher", 70 }, { "finger", 79 }, { "http", 80 }, { "www", 80 },
	{ "kerberos", 88 }, { "pop3", 110 }, { "sunrpc", 111 }, { "auth", 113 },
	{ "ident", 113 }, { "nntp", 119 }, { "ntp", 123 }, { "epmap", 135 },
	{ "loc-srv", 135 }, { "netbios-ns", 137 }, { "netbios-dgm", 138 },
	{ "netbios-ssn", 139 }, { "imap", 143 }, { "imap2", 143 }, { "snmp", 161 },
	{ "snmp-trap", 162 }, { "bgp", 179 }, { "irc", 194 }, { "ldap", 389 },
	{ "https", 443 }, { "microsoft-ds", 445 }, { "kpasswd", 464 },
	{ "submissions", 465 }, { "urd", 465 }, { "isakmp", 500 },
	{ "exec", 512 }, { "biff", 512 }, { "login", 513 }, { "who", 513 },
	{ "shell", 514 }, { "syslog", 514 }, { "printer", 515 }, { "talk", 517 },
	{ "ntalk", 518 }, { "route", 520 }, { "uucp", 540 }, { "nntps", 563 },
	{ "submission", 587 }, { "ldaps", 636 }, { "rsync", 873 },
	{ "domain-s", 853 }, { "ftps-data", 989 }, { "ftps", 990 },
	{ "telnets", 992 }, { "imaps", 993 }, { "pop3s", 995 }, { "socks", 1080 },
	{ "openvpn", 1194 }, { "ms-sql-s", 1433 }, { "ms-sql-m", 1434 },
	{ "l2tp", 1701 }, { "pptp", 1723 }, { "radius", 1812 },
	{ "radius-acct", 1813 }, { "nfs", 2049 }, { "mysql", 3306 },
	{ "ms-wbt-server", 3389 }, { "svn", 3690 }, { "sip", 5060 },
	{ "sip-tls", 5061 }, { "xmpp-client", 5222 }, { "xmpp-server", 5269 },
	{ "postgresql", 5432 }, { "x11", 6000 }, { "http-alt", 8080 },
	{ "webcache", 8080 }, { "tproxy", 8081 },
};

/* libipt_icmp.c icmp_codes: type, first and last code. */
static const struct icmp_name {
	const char *name;
	unsigned type, cmin, cmax;
} icmp4_names[] = {
	{ "any", 0xFF, 0, 0xFF },
	{ "echo-reply", 0, 0, 0xFF }, { "pong", 0, 0, 0xFF },
	{ "destination-unreachable", 3, 0, 0xFF },
	{ "network-unreachable", 3, 0, 0 }, { "host-unreachable", 3, 1, 1 },
	{ "protocol-unreachable", 3, 2, 2 }, { "port-unreachable", 3, 3, 3 },
	{ "fragmentation-needed", 3, 4, 4 }, { "source-route-failed", 3, 5, 5 },
	{ "network-unknown", 3, 6, 6 }, { "host-unknown", 3, 7, 7 },
	{ "network-prohibited", 3, 9, 9 }, { "host-prohibited", 3, 10, 10 },
	{ "TOS-network-unreachable", 3, 11, 11 }, { "TOS-host-unreachable", 3, 12, 12 },
	{ "communication-prohibited", 3, 13, 13 },
	{ "host-precedence-violation", 3, 14, 14 }, { "precedence-cutoff", 3, 15, 15 },
	{ "source-quench", 4, 0, 0xFF },
	{ "redirect", 5, 0, 0xFF }, { "network-redirect", 5, 0, 0 },
	{ "host-redirect", 5, 1, 1 }, { "TOS-network-redirect", 5, 2, 2 },
	{ "TOS-host-redirect", 5, 3, 3 },
	{ "echo-request", 8, 0, 0xFF }, { "ping", 8, 0, 0xFF },
	{ "router-advertisement", 9, 0, 0xFF }, { "router-solicitation", 10, 0, 0xFF },
	{ "time-exceeded", 11, 0, 0xFF }, { "ttl-exceeded", 11, 0, 0xFF },
	{ "ttl-zero-during-transit", 11, 0, 0 }, { "ttl-zero-during-reassembly", 11, 1, 1 },
	{ "parameter-problem", 12, 0, 0xFF }, { "ip-header-bad", 12, 0, 0 },
	{ "required-option-missing", 12, 1, 1 },
	{ "timestamp-request", 13, 0, 0xFF }, { "timestamp-reply", 14, 0, 0xFF },
	{ "address-mask-request", 17, 0, 0xFF }, { "address-mask-reply", 18, 0, 0xFF },
};

/* libip6t_icmp6.c icmpv6_codes. */
static const struct icmp_name icmp6_names[] = {
	{ "destination-unreachable", 1, 0, 0xFF },
	{ "no-route", 1, 0, 0 }, { "communication-prohibited", 1, 1, 1 },
	{ "beyond-scope", 1, 2, 2 }, { "address-unreachable", 1, 3, 3 },
	{ "port-unreachable", 1, 4, 4 }, { "failed-policy", 1, 5, 5 },
	{ "reject-route", 1, 6, 6 },
	{ "packet-too-big", 2, 0, 0xFF },
	{ "time-exceeded", 3, 0, 0xFF }, { "ttl-exceeded", 3, 0, 0xFF },
	{ "ttl-zero-during-transit", 3, 0, 0 }, { "ttl-zero-during-reassembly", 3, 1, 1 },
	{ "parameter-problem", 4, 0, 0xFF }, { "bad-header", 4, 0, 0 },
	{ "unknown-header-type", 4, 1, 1 }, { "unknown-option", 4, 2, 2 },
	{ "echo-request", 128, 0, 0xFF }, { "ping", 128, 0, 0xFF },
	{ "echo-reply", 129, 0, 0xFF }, { "pong", 129, 0, 0xFF },
	{ "mld-listener-query", 130, 0, 0xFF }, { "mld-listener-report", 131, 0, 0xFF },
	{ "mld-listener-done", 132, 0, 0xFF }, { "mld-listener-reduction", 132, 0, 0xFF },
	{ "router-solicitation", 133, 0, 0xFF }, { "router-advertisement", 134, 0, 0xFF },
	{ "neighbour-solicitation", 135, 0, 0xFF }, { "neighbor-solicitation", 135, 0, 0xFF },
	{ "neighbour-advertisement", 136, 0, 0xFF }, { "neighbor-advertisement", 136, 0, 0xFF },
	{ "redirect", 137, 0, 0xFF },
};

/* A number as xtables_strtoui() reads it (libxtables/xtables.c): strtoul
 * with base 0, so "025" is octal 21 and "0x19" is 25 -- ports, protocols,
 * prefix lengths, address parts, ICMP types and rule numbers alike
 * (checked against iptables-restore 1.8.9: "--dport 00025" loads as port
 * 21, "-s 010.1.1.1" as 8.1.1.1, "/08" is an invalid mask).  A sign is
 * refused, as there. */
bool ipt_parse_uint(const char *s, unsigned long max, unsigned long *out)
{
	if (*s == '-' || isspace((unsigned char)*s) || !*s)
		return false;
	const char *end;
	bool range;
	unsigned long v = ipt_strtoul0(s, &end, &range);
	if (range || end == s || *end || v > max)
		return false;
	*out = v;
	return true;
}

static int digit_value(char c)
{
	return c >= '0' && c <= '9' ? c - '0'
	       : c >= 'a' && c <= 'f' ? c - 'a' + 10
	       : c >= 'A' && c <= 'F' ? c - 'A' + 10 : 99;
}

/* strtoul(s, &end, 0) without a leading blank or '-' (callers refuse
 * them), and without errno or the locale: "0x" then hex, "0" then octal,
 * else decimal; an optional '+'; *range when the value passes ULONG_MAX
 * (it is then ULONG_MAX).  Every address, port and number of a dump goes
 * through it. */
unsigned long ipt_strtoul0(const char *s, const char **end, bool *range)
{
	const char *p = s;
	*range = false;
	if (*p == '+')
		p++;
	unsigned base = 10;
	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X') && digit_value(p[2]) < 16) {
		base = 16;
		p += 2;
	} else if (p[0] == '0') {
		base = 8;
	}
	const char *digits = p;
	unsigned long v = 0;
	for (; digit_value(*p) < (int)base; p++) {
		unsigned d = (unsigned)digit_value(*p);
		if (v > (ULONG_MAX - d) / base)
			*range = true;
		else
			v = v * base + d;
	}
	if (*range)
		v = ULONG_MAX;
	*end = p == digits ? s : p;
	return v;
}

/* A counter of "-c PKTS BYTES": iptables reads it with sscanf("%llu"),
 * which saturates instead of failing, so a counter past 2^64-1 loads (as
 * the "[pkts:bytes]" prefix does).  Only digits are taken here. */
bool ipt_parse_counter(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (!isdigit((unsigned char)*s))
			return false;
	return true;
}

int ipt_proto_lookup(const char *s)
{
	unsigned long n;
	if (ipt_parse_uint(s, 255, &n))
		return (int)n;
	for (size_t i = 0; i < sizeof protos / sizeof protos[0]; i++)
		if (strcasecmp(protos[i].name, s) == 0)
			return protos[i].num;
	return -1;
}

const char *ipt_proto_name(int p)
{
	for (size_t i = 0; i < sizeof protos / sizeof protos[0]; i++)
		if (protos[i].num == p && p != 0)
			return protos[i].name;
	return NULL;
}

static int port_lookup(const char *s)
{
	unsigned long n;
	if (ipt_parse_uint(s, 65535, &n))
		return (int)n;
	for (size_t i = 0; i < sizeof services / sizeof services[0]; i++)
		if (strcmp(services[i].name, s) == 0)
			return (int)services[i].port;
	return -1;
}

/* "80", "http", "a:b", ":b", "a:" (libxt_tcp.c parse_tcp_ports). */
bool ipt_port_range(struct ipt_ctx *ctx, const char *s, srcloc loc, unsigned *lo, unsigned *hi)
{
	const char *colon = strchr(s, ':');
	if (!colon) {
		int p = port_lookup(s);
		if (p < 0) {
			ipt_error(ctx, loc, "invalid port/service `%s' specified", s);
			return false;
		}
		*lo = *hi = (unsigned)p;
		return true;
	}
	char *a = xstrndup(s, (size_t)(colon - s));
	int l = *a ? port_lookup(a) : 0;
	int h = colon[1] ? port_lookup(colon + 1) : 65535;
	bool ok = l >= 0 && h >= 0;
	if (!ok)
		ipt_error(ctx, loc, "invalid port range '%s'", s);
	else if (l > h) {
		/* libxt_tcp.c, libxt_udp.c */
		ipt_error(ctx, loc, "invalid portrange (min > max): '%s', %d is above %d", s, l, h);
		ok = false;
	}
	free(a);
	*lo = (unsigned)l;
	*hi = (unsigned)h;
	return ok;
}

/* An IPv4 address as xtables_numeric_to_ipaddr() reads it: up to four
 * dotted numbers, a missing tail filled with zeros ("10/8"), except in a
 * mask. */
static bool parse_v4(const char *s, bool is_mask, uint32_t *out)
{
	uint32_t a = 0;
	int i = 0;
	const char *p = s;
	for (;;) {
		unsigned long b;
		const char *end;
		if (!isdigit((unsigned char)*p))
			return false;
		bool range;
		b = ipt_strtoul0(p, &end, &range); /* base 0, as xtables_strtoui() */
		if (range || end == p || b > 255)
			return false;
		a = (a << 8) | (uint32_t)b;
		i++;
		p = end;
		if (*p == '\0')
			break;
		if (*p != '.' || i == 4)
			return false;
		p++;
	}
	if (i < 4 && is_mask)
		return false;
	*out = a << (8 * (4 - i));
	return true;
}

static bool looks_like_hostname(const char *s)
{
	bool alpha = false;
	for (const char *p = s; *p; p++) {
		if (isalpha((unsigned char)*p))
			alpha = true;
		else if (!isdigit((unsigned char)*p) && *p != '-' && *p != '.' && *p != '_')
			return false;
	}
	return alpha;
}

static u128 u128_from_bytes(const unsigned char b[16])
{
	u128 v = 0;
	for (int i = 0; i < 16; i++)
		v = (v << 8) | b[i];
	return v;
}

/* Add to c the addresses a with (a & mask) == (addr & mask), width bits.
 * A non-contiguous mask (iptables accepts any dotted mask) is a union of
 * 2^holes intervals; past 2^12 the condition is left out as unresolved. */
#define MAX_MASK_HOLES 12

static bool add_masked(ir_cond *c, u128 base, u128 addr, u128 mask, int width)
{
	u128 full = width == 128 ? U128_MAX : (((u128)1 << width) - 1);
	mask &= full;
	addr &= mask;
	int tz = 0; /* trailing zero bits: the contiguous host part */
	while (tz < width && !((mask >> tz) & 1))
		tz++;
	u128 hostpart = tz == 128 ? U128_MAX : (((u128)1 << tz) - 1);
	int holes[128], nh = 0;
	for (int b = tz; b < width; b++)
		if (!((mask >> b) & 1))
			holes[nh++] = b;
	if (nh > MAX_MASK_HOLES)
		return false;
	for (unsigned long k = 0; k < (1ul << nh); k++) {
		u128 a = addr;
		for (int j = 0; j < nh; j++)
			if ((k >> j) & 1)
				a |= (u128)1 << holes[j];
		ir_cond_range(c, base | a, base | a | hostpart);
	}
	return true;
}

/* The address a (of s, for messages) in family.  False, with *why set,
 * for a host name; false after ipt_error() when it is bad. */
static bool parse_address(struct ipt_ctx *ctx, const char *a, const char *s, int family,
			  srcloc loc, u128 *addr, char **why)
{
	if (family == 4) {
		uint32_t v;
		if (!parse_v4(a, false, &v)) {
			if (strchr(a, ':'))
				ipt_error(ctx, loc, "'%s' is an IPv6 address in an IPv4 (iptables) file", a);
			else if (looks_like_hostname(a))
				*why = xasprintf("host name '%s' (iptables resolves it when loading)", a);
			else
				ipt_error(ctx, loc, "invalid IPv4 address '%s'", s);
			return false;
		}
		*addr = v;
		return true;
	}
	unsigned char b[16];
	if (inet_pton(AF_INET6, a, b) != 1) {
		if (looks_like_hostname(a))
			*why = xasprintf("host name '%s' (ip6tables resolves it when loading)", a);
		else if (!strchr(a, ':') && strchr(a, '.'))
			ipt_error(ctx, loc, "'%s' is an IPv4 address in an IPv6 (ip6tables) file", a);
		else
			ipt_error(ctx, loc, "invalid IPv6 address '%s'", s);
		return false;
	}
	*addr = u128_from_bytes(b);
	return true;
}

/* What follows the '/' of an address: a prefix length or a mask (NULL:
 * none, the host). */
static bool parse_netmask(const char *m, int family, u128 *mask)
{
	int width = family == 6 ? 128 : 32;
	u128 full = width == 128 ? U128_MAX : 0xffffffffu;
	unsigned long len;
	if (!m) {
		*mask = full;
		return true;
	}
	if (ipt_parse_uint(m, (unsigned long)width, &len)) {
		*mask = len == 0 ? 0 : full << (width - len);
		return true;
	}
	if (family == 4) {
		uint32_t v;
		if (!parse_v4(m, true, &v))
			return false;
		*mask = v;
		return true;
	}
	unsigned char b[16];
	if (inet_pton(AF_INET6, m, b) != 1)
		return false;
	*mask = u128_from_bytes(b);
	return true;
}

/* One address or network of -s/-d ("a", "a/len", "a/mask") added to c.
 * Returns false, with *why set, when the address cannot be known (a host
 * name, a netmask with too many holes); on a syntax error it reports it. */
bool ipt_add_address(struct ipt_ctx *ctx, ir_cond *c, const char *s, srcloc loc, char **why)
{
	const char *slash = strchr(s, '/');
	char *a = xstrndup(s, slash ? (size_t)(slash - s) : strlen(s));
	/* a dump of no family holds no address literal (it would tell the
	 * family), but a host name */
	int family = ctx->family ? ctx->family : strchr(a, ':') ? 6 : 4;
	u128 addr, mask;
	bool ok = parse_address(ctx, a, s, family, loc, &addr, why);
	free(a);
	if (!ok)
		return false;
	if (!parse_netmask(slash ? slash + 1 : NULL, family, &mask)) {
		ipt_error(ctx, loc, "invalid netmask '%s' in '%s'", slash + 1, s);
		return false;
	}
	if (!add_masked(c, family == 6 ? 0 : PSET_V4_LO, addr, mask, family == 6 ? 128 : 32)) {
		*why = xasprintf("non-contiguous netmask in '%s'", s);
		return false;
	}
	return true;
}

/* "a" or "a-b" of -m iprange.  libxt_iprange.c reads each address with
 * xtables_numeric_to_ipaddr(), as -s does: one to four dotted numbers of
 * at most 255, the missing ones zero ("10.1" is 10.1.0.0, "10.1.2" is
 * 10.1.2.0; not inet_aton(), where the last number fills the rest, so
 * "10.65535" is refused). */
void ipt_add_iprange(struct ipt_ctx *ctx, ir_cond *c, const char *opt, const char *s,
		     srcloc loc)
{
	const char *dash = strchr(s, '-');
	char *lo = xstrndup(s, dash ? (size_t)(dash - s) : strlen(s));
	const char *hi = dash ? dash + 1 : lo;
	u128 v[2];
	const char *part[2] = { lo, hi };
	int family = ctx->family ? ctx->family : strchr(s, ':') ? 6 : 4;
	for (int i = 0; i < 2; i++) {
		if (family == 4) {
			uint32_t a;
			if (!parse_v4(part[i], false, &a)) {
				ipt_error(ctx, loc, "iprange: Bad value for \"%s\" option: \"%s\"",
					  opt, part[i]);
				free(lo);
				return;
			}
			v[i] = addr_v4(a);
		} else {
			unsigned char b[16];
			if (inet_pton(AF_INET6, part[i], b) != 1) {
				ipt_error(ctx, loc, "iprange: Bad value for \"%s\" option: \"%s\"",
					  opt, part[i]);
				free(lo);
				return;
			}
			v[i] = u128_from_bytes(b);
		}
	}
	free(lo);
/* lo > hi selects nothing in xt_iprange: an empty condition says so. */
	if (v[0] <= v[1])
		ir_cond_range(c, v[0], v[1]);
}

/* A comma list of ports and a:b ranges of -m multiport; at most 15 ports,
 * a range counting as two (XT_MULTI_PORTS, libxt_multiport.c). */
bool ipt_multiport_list(struct ipt_ctx *ctx, const char *s, srcloc loc,
			ir_range **out, size_t *nout)
{
	size_t n = 0, cap = 0, slots = 0;
	ir_range *r = NULL;
	char *copy = xstrdup(s), *save = NULL;
	bool ok = true;

	if (!*s || s[strlen(s) - 1] == ',' || *s == ',' || strstr(s, ",,")) {
		ipt_error(ctx, loc, "empty port in list '%s'", s);
		free(copy);
		return false;
	}
	for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		unsigned lo, hi;
		const char *colon = strchr(tok, ':');
		/* parse_multi_ports_v1(): both ends of a range are ports, and
		 * the first is below the second */
		if (colon) {
			char *a = xstrndup(tok, (size_t)(colon - tok));
			int l = port_lookup(a), h = port_lookup(colon + 1);
			if (l < 0 || h < 0)
				ipt_error(ctx, loc, "invalid port/service `%s' specified in '%s'",
					  l < 0 ? a : colon + 1, s);
			free(a);
			if (l < 0 || h < 0) {
				ok = false;
				break;
			}
			lo = (unsigned)l;
			hi = (unsigned)h;
		} else if (!ipt_port_range(ctx, tok, loc, &lo, &hi)) {
			ok = false;
			break;
		}
		if (colon && lo >= hi) {
			ipt_error(ctx, loc, "invalid portrange specified: '%s'%s", tok,
				  lo == hi ? ", write the port alone" : "");
			ok = false;
			break;
		}
		slots += strchr(tok, ':') ? 2 : 1;
		r = xgrow(r, &cap, n + 1, sizeof *r);
		r[n].lo = lo;
		r[n].hi = hi;
		n++;
	}
	free(copy);
	if (ok && slots > 15) {
		ipt_error(ctx, loc, "too many ports specified in '%s': at most 15, a range counts as two", s);
		ok = false;
	}
	if (!ok) {
		free(r);
		return false;
	}
	*out = r;
	*nout = n;
	return true;
}

static const struct { const char *name; unsigned bit; } tcp_flag_names[] = {
	{ "FIN", TCPF_FIN }, { "SYN", TCPF_SYN }, { "RST", TCPF_RST },
	{ "PSH", TCPF_PSH }, { "ACK", TCPF_ACK }, { "URG", TCPF_URG },
	{ "ALL", 0x3f }, { "NONE", 0 },
};

bool ipt_tcp_flags(struct ipt_ctx *ctx, const char *s, srcloc loc, unsigned *out)
{
	char *copy = xstrdup(s), *save = NULL;
	unsigned v = 0;
	for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		size_t i;
		for (i = 0; i < sizeof tcp_flag_names / sizeof tcp_flag_names[0]; i++)
			if (strcasecmp(tok, tcp_flag_names[i].name) == 0)
				break;
		if (i == sizeof tcp_flag_names / sizeof tcp_flag_names[0]) {
			ipt_error(ctx, loc, "unknown tcp flag '%s', expected FIN, SYN, RST, PSH, ACK, URG, ALL or NONE", tok);
			free(copy);
			return false;
		}
		v |= tcp_flag_names[i].bit;
	}
	free(copy);
	*out = v;
	return true;
}

static const struct { const char *name; unsigned bit; } ct_states[] = {
	{ "NEW", CT_NEW }, { "ESTABLISHED", CT_ESTABLISHED }, { "RELATED", CT_RELATED },
	{ "INVALID", CT_INVALID }, { "UNTRACKED", CT_UNTRACKED },
};

/* --state / --ctstate: a comma list (libxt_state.c, libxt_conntrack.c).
 * SNAT and DNAT (conntrack only) are not connection states fwlint models. */
bool ipt_ct_states(struct ipt_ctx *ctx, const char *s, srcloc loc,
		   bool conntrack, unsigned *out, bool *virt)
{
	char *copy = xstrdup(s), *save = NULL;
	unsigned v = 0;
	*virt = false;
	if (!*s || strstr(s, ",,") || *s == ',' || s[strlen(s) - 1] == ',') {
		ipt_error(ctx, loc, "bad state list '%s'", s);
		free(copy);
		return false;
	}
	for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		size_t i;
		for (i = 0; i < sizeof ct_states / sizeof ct_states[0]; i++)
			if (strcasecmp(tok, ct_states[i].name) == 0)
				break;
		if (i < sizeof ct_states / sizeof ct_states[0]) {
			v |= ct_states[i].bit;
		} else if (conntrack && (strcasecmp(tok, "SNAT") == 0 || strcasecmp(tok, "DNAT") == 0)) {
			*virt = true;
		} else {
			ipt_error(ctx, loc, "bad state '%s', expected NEW, ESTABLISHED, RELATED, INVALID, UNTRACKED%s",
				  tok, conntrack ? ", SNAT or DNAT" : "");
			free(copy);
			return false;
		}
	}
	free(copy);
	*out = v;
	return true;
}

/* --icmp-type / --icmpv6-type: a name, "type" or "type/code". */
bool ipt_icmp_type(struct ipt_ctx *ctx, const char *s, srcloc loc, bool v6,
		   unsigned *lo, unsigned *hi)
{
	const struct icmp_name *t = v6 ? icmp6_names : icmp4_names;
	size_t n = v6 ? sizeof icmp6_names / sizeof icmp6_names[0]
		      : sizeof icmp4_names / sizeof icmp4_names[0];
	for (size_t i = 0; i < n; i++)
		if (strcasecmp(t[i].name, s) == 0) {
			if (t[i].type == 0xFF) { /* "any" */
				*lo = 0;
				*hi = 0xFFFF;
			} else {
				*lo = t[i].type * 256 + t[i].cmin;
				*hi = t[i].type * 256 + t[i].cmax;
			}
			return true;
		}
	/* "type", "type/code" or "type/min:max" */
	const char *slash = strchr(s, '/');
	char *ty = xstrndup(s, slash ? (size_t)(slash - s) : strlen(s));
	char *cmin = slash ? xstrdup(slash + 1) : NULL, *cmax = NULL;
	if (cmin && (cmax = strchr(cmin, ':')))
		*cmax++ = '\0';
	unsigned long type, c0 = 0, c1 = 255;
	bool ok = ipt_parse_uint(ty, 255, &type) && (!cmin || ipt_parse_uint(cmin, 255, &c0));
	if (ok && cmin)
		ok = cmax ? ipt_parse_uint(cmax, 255, &c1) && c0 <= c1 : (c1 = c0, true);
	free(ty);
	free(cmin);
	if (!ok) {
		ipt_error(ctx, loc, "invalid %s type '%s'", v6 ? "icmpv6" : "icmp", s);
		return false;
	}
	if (!v6 && type == 0xFF) {
		/* xt_icmp: type 255 matches every type (what "any" is) */
		*lo = 0;
		*hi = 0xFFFF;
		return true;
	}
	*lo = (unsigned)(type * 256 + c0);
	*hi = (unsigned)(type * 256 + c1);
	return true;
}

bool ipt_reject_with_ok(const char *s, int family)
{
	/* libipt_REJECT.c / libip6t_REJECT.c reject_table */
	static const char *const v4[] = {
		"icmp-net-unreachable", "net-unreach", "icmp-host-unreachable",
		"host-unreach", "icmp-proto-unreachable", "proto-unreach",
		"icmp-port-unreachable", "port-unreach", "icmp-net-prohibited",
		"net-prohib", "icmp-host-prohibited", "host-prohib", "tcp-reset",
		"tcp-rst", "icmp-admin-prohibited", "admin-prohib", NULL,
	};
	static const char *const v6[] = {
		"icmp6-no-route", "no-route", "icmp6-adm-prohibited", "adm-prohibited",
		"icmp6-addr-unreachable", "addr-unreach", "icmp6-port-unreachable",
		"port-unreach", "icmp6-policy-fail", "policy-fail",
		"icmp6-reject-route", "reject-route", "tcp-reset", NULL,
	};
	bool in4 = false, in6 = false;
	for (const char *const *p = v4; *p; p++)
		in4 |= strcmp(*p, s) == 0;
	for (const char *const *p = v6; *p; p++)
		in6 |= strcmp(*p, s) == 0;
	/* a dump of no family: both tools must take it */
	return family == 4 ? in4 : family == 6 ? in6 : in4 && in6;
}

ir_cond *ipt_cond_ranges(ir_rule *r, enum ir_field f, bool neg, srcloc loc, const ir_range *v,
			 size_t n)
{
	ir_cond *c = ir_rule_cond(r, f, neg, loc);
	for (size_t i = 0; i < n; i++)
		ir_cond_range(c, v[i].lo, v[i].hi);
	return c;
}

/* --log-level: 0-7 or a syslog name (libxt_LOG.c). */
bool ipt_log_level_ok(const char *s)
{
	static const char *const names[] = { "alert", "crit", "debug", "emerg", "error",
					     "info", "notice", "panic", "warning" };
	unsigned long v;
	bool ok = ipt_parse_uint(s, 7, &v);
	for (size_t i = 0; !ok && i < sizeof names / sizeof names[0]; i++)
		ok = strcmp(s, names[i]) == 0;
	return ok;
}

/* "VALUE[/MASK]" of -m mark --mark and MARK --set-xmark / --set-mark: 32-bit
 * numbers as strtoul reads them (base 0); the mask is all ones when absent
 * (xtables.c, XTTYPE_MARKMASK32). */
bool ipt_mark_mask(struct ipt_ctx *ctx, const char *opt, const char *s, srcloc loc,
		   bool with_mask, uint32_t *v, uint32_t *m)
{
	char buf[64];
	const char *slash = with_mask ? strchr(s, '/') : NULL;
	size_t n = slash ? (size_t)(slash - s) : strlen(s);
	unsigned long a, b = 0xffffffffUL;
	if (n >= sizeof buf)
		n = sizeof buf - 1;
	memcpy(buf, s, n);
	buf[n] = '\0';
	if (!ipt_parse_uint(buf, 0xffffffffUL, &a) ||
	    (slash && !ipt_parse_uint(slash + 1, 0xffffffffUL, &b))) {
		ipt_error(ctx, loc, "bad integer value for option \"%s\", or out of range: '%s' (%s, 32-bit numbers)",
			  opt, s, with_mask ? "VALUE or VALUE/MASK" : "VALUE");
		return false;
	}
	*v = (uint32_t)a;
	*m = (uint32_t)b;
	return true;
}
