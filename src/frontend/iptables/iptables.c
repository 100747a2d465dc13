/* iptables.c - the iptables-save / ip6tables-save front end (iptables.h).
 *
 * grammar/iptables.y hands over a line as a list of options with their
 * arguments; this file gives them the meaning iptables(8),
 * iptables-extensions(8) and iptables-restore(8) give them and builds the
 * IR.  What iptables-restore would refuse is a parse-error at the offending
 * word; what fwlint cannot know (an ipset, a rate limit, a host name) is
 * recorded on the rule as unresolved.
 *
 * Semantics worth knowing (all from iptables 1.8):
 *  - A table block starts by flushing the table (no --noflush is assumed),
 *    so a second "*filter" block replaces the first.
 *  - "-s a,b -d c,d" makes iptables add one rule per address pair; the IR
 *    keeps one rule whose conditions are the lists, which selects the same
 *    packets with the same action.  Rule numbers used by -I/-D/-R count the
 *    rules iptables made (see struct chain_ent).
 *  - "-m multiport --ports P" matches when the source OR the destination
 *    port is in P.  A rule is a conjunction, so such a rule becomes two IR
 *    rules with the same location and action: "sport in P", then
 *    "sport not in P and dport in P".  The two are disjoint, so even a
 *    non-terminating or jumping target runs at most once per packet, as in
 *    iptables.
 *  - "-6" on a line of an IPv4 dump (and "-4" in an IPv6 dump) makes
 *    iptables-restore skip the line silently (do_command4() returns
 *    success when it meets the other family's flag).
 */
#include "ipt_build.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "check.h"
#include "xalloc.h"

/* ------------------------------------------------------------------ */
/* Static knowledge                                                    */

enum { TB_FILTER = 1, TB_NAT = 2, TB_MANGLE = 4, TB_RAW = 8, TB_SECURITY = 16 };

static const struct table_def {
	const char *name;
	unsigned bit;
	const char *builtin[6];
} table_defs[] = {
	/* iptables(8), TABLES */
	{ "filter", TB_FILTER, { "INPUT", "FORWARD", "OUTPUT" } },
	{ "nat", TB_NAT, { "PREROUTING", "INPUT", "OUTPUT", "POSTROUTING" } },
	{ "mangle", TB_MANGLE, { "PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING" } },
	{ "raw", TB_RAW, { "PREROUTING", "OUTPUT" } },
	{ "security", TB_SECURITY, { "INPUT", "FORWARD", "OUTPUT" } },
};

static const struct table_def *table_def_find(const char *name)
{
	for (size_t i = 0; i < sizeof table_defs / sizeof table_defs[0]; i++)
		if (strcmp(table_defs[i].name, name) == 0)
			return &table_defs[i];
	return NULL;
}

static bool is_builtin(const struct table_def *td, const char *chain)
{
	for (size_t i = 0; td && i < 6 && td->builtin[i]; i++)
		if (strcmp(td->builtin[i], chain) == 0)
			return true;
	return false;
}

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

#define PROTO_SCTP 132
#define PROTO_DCCP 33
#define PROTO_UDPLITE 136

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

/* Targets: what a packet's fate is when the rule matches.  The nat
 * targets and TPROXY end the traversal of their table, as ACCEPT does.
 * tables: 0 = any table; otherwise the kernel module's .table restriction
 * (xt_*.c / ipt_*.c). */
static const struct target_def {
	const char *name;
	enum ir_action action;
	unsigned tables;
	const char *why; /* for IR_UNKNOWN: what fwlint cannot know */
} targets[] = {
	{ "ACCEPT", IR_ACCEPT, 0, NULL },
	{ "DROP", IR_DROP, 0, NULL },
	{ "RETURN", IR_RETURN, 0, NULL },
	{ "REJECT", IR_REJECT, TB_FILTER, NULL },
	{ "QUEUE", IR_UNKNOWN, 0, "the verdict is given by a userspace program" },
	{ "NFQUEUE", IR_UNKNOWN, 0, "the verdict is given by a userspace program" },
	{ "SYNPROXY", IR_UNKNOWN, 0, "SYNPROXY answers or drops depending on the handshake" },
	{ "CLUSTERIP", IR_UNKNOWN, 0, "CLUSTERIP drops the packets of other cluster nodes" },
	{ "TARPIT", IR_UNKNOWN, 0, "TARPIT holds or drops the connection" },
	{ "MIRROR", IR_UNKNOWN, 0, "MIRROR sends the packet back" },
	{ "LOG", IR_CONTINUE, 0, NULL },
	{ "NFLOG", IR_CONTINUE, 0, NULL },
	{ "ULOG", IR_CONTINUE, 0, NULL },
	{ "MARK", IR_CONTINUE, 0, NULL },
	{ "CONNMARK", IR_CONTINUE, 0, NULL },
	{ "CT", IR_CONTINUE, TB_RAW, NULL },
	{ "NOTRACK", IR_CONTINUE, TB_RAW, NULL },
	{ "TRACE", IR_CONTINUE, TB_RAW, NULL },
	{ "AUDIT", IR_CONTINUE, 0, NULL },
	{ "CLASSIFY", IR_CONTINUE, TB_MANGLE, NULL },
	{ "DSCP", IR_CONTINUE, TB_MANGLE, NULL },
	{ "TOS", IR_CONTINUE, TB_MANGLE, NULL },
	{ "ECN", IR_CONTINUE, TB_MANGLE, NULL },
	{ "TTL", IR_CONTINUE, TB_MANGLE, NULL },
	{ "HL", IR_CONTINUE, TB_MANGLE, NULL },
	{ "TCPMSS", IR_CONTINUE, 0, NULL },
	{ "TCPOPTSTRIP", IR_CONTINUE, TB_MANGLE, NULL },
	{ "SET", IR_CONTINUE, 0, NULL },
	{ "CHECKSUM", IR_CONTINUE, TB_MANGLE, NULL },
	{ "CONNSECMARK", IR_CONTINUE, TB_MANGLE | TB_SECURITY, NULL },
	{ "SECMARK", IR_CONTINUE, TB_MANGLE | TB_SECURITY, NULL },
	{ "IDLETIMER", IR_CONTINUE, 0, NULL },
	{ "LED", IR_CONTINUE, 0, NULL },
	{ "TEE", IR_CONTINUE, 0, NULL },
	{ "HMARK", IR_CONTINUE, 0, NULL },
	{ "RATEEST", IR_CONTINUE, 0, NULL },
	{ "DNPT", IR_CONTINUE, TB_MANGLE, NULL },
	{ "SNPT", IR_CONTINUE, TB_MANGLE, NULL },
	{ "DNAT", IR_ACCEPT, TB_NAT, NULL },
	{ "SNAT", IR_ACCEPT, TB_NAT, NULL },
	{ "MASQUERADE", IR_ACCEPT, TB_NAT, NULL },
	{ "REDIRECT", IR_ACCEPT, TB_NAT, NULL },
	{ "NETMAP", IR_ACCEPT, TB_NAT, NULL },
	{ "SAME", IR_ACCEPT, TB_NAT, NULL },
	{ "TPROXY", IR_ACCEPT, TB_MANGLE, NULL },
};

static const struct target_def *target_find(const char *name)
{
	for (size_t i = 0; i < sizeof targets / sizeof targets[0]; i++)
		if (targets[i].name[0] == name[0] && strcmp(targets[i].name, name) == 0)
			return &targets[i];
	return NULL;
}

/* Options.  Core options are those of iptables(8); module options those of
 * the match modules fwlint understands (iptables-extensions(8)). */
enum opt_id {
	O_NONE,
	/* commands */
	O_APPEND, O_INSERT, O_DELETE, O_REPLACE, O_CHECK, O_NEWCHAIN,
	O_DELCHAIN, O_FLUSH, O_ZERO, O_POLICY, O_RENAME, O_LIST,
	/* core parameters */
	O_PROTO, O_SRC, O_DST, O_IN, O_OUT, O_FRAG, O_JUMP, O_GOTO, O_MATCH,
	O_TABLE, O_IPV4, O_IPV6, O_SETCOUNTERS, O_QUIET,
	/* module options */
	M_SPORT, M_DPORT, M_TCPFLAGS, M_SYN, M_TCPOPT, M_SPORTS, M_DPORTS,
	M_PORTS, M_SRCRANGE, M_DSTRANGE, M_STATE, M_CTSTATE, M_CTOTHER,
	M_COMMENT, M_ICMPTYPE, M_ICMP6TYPE, M_OTHER,
	/* target options */
	T_REJECTWITH, T_LOGLEVEL, T_LOGPREFIX, T_LOGTCPSEQ, T_LOGTCPOPT, T_LOGIPOPT,
	T_LOGUID, T_LOGMAC,
};

#define OPT_CMD(id) ((id) >= O_APPEND && (id) <= O_LIST)

struct opt_def {
	const char *name;
	enum opt_id id;
	int amin, amax; /* number of arguments */
	bool negatable;
};

/* Short options, by their letter: one lookup per option of every rule. */
static const struct opt_def short_opts[128] = {
	['4'] = { "-4", O_IPV4, 0, 0, false },
	['6'] = { "-6", O_IPV6, 0, 0, false },
	['A'] = { "-A", O_APPEND, 1, 1, false },
	['C'] = { "-C", O_CHECK, 1, 1, false },
	['D'] = { "-D", O_DELETE, 1, 2, false },
	['E'] = { "-E", O_RENAME, 2, 2, false },
	['F'] = { "-F", O_FLUSH, 0, 1, false },
	['I'] = { "-I", O_INSERT, 1, 2, false },
	['L'] = { "-L", O_LIST, 0, 1, false },
	['N'] = { "-N", O_NEWCHAIN, 1, 1, false },
	['P'] = { "-P", O_POLICY, 2, 2, false },
	['R'] = { "-R", O_REPLACE, 2, 2, false },
	['S'] = { "-S", O_LIST, 0, 1, false },
	['V'] = { "-V", O_LIST, 0, 0, false },
	['X'] = { "-X", O_DELCHAIN, 0, 1, false },
	['Z'] = { "-Z", O_ZERO, 0, 2, false },
	['c'] = { "-c", O_SETCOUNTERS, 1, 2, false },
	['d'] = { "-d", O_DST, 1, 1, true },
	['f'] = { "-f", O_FRAG, 0, 0, true },
	['g'] = { "-g", O_GOTO, 1, 1, false },
	['h'] = { "-h", O_LIST, 0, 0, false },
	['i'] = { "-i", O_IN, 1, 1, true },
	['j'] = { "-j", O_JUMP, 1, 1, false },
	['m'] = { "-m", O_MATCH, 1, 1, false },
	['n'] = { "-n", O_QUIET, 0, 0, false },
	['o'] = { "-o", O_OUT, 1, 1, true },
	['p'] = { "-p", O_PROTO, 1, 1, true },
	['s'] = { "-s", O_SRC, 1, 1, true },
	['t'] = { "-t", O_TABLE, 1, 1, false },
	['v'] = { "-v", O_QUIET, 0, 0, false },
	['x'] = { "-x", O_QUIET, 0, 0, false },
};

static const struct opt_def core_opts[] = {
	/* long options, sorted by strcmp() for bsearch(); ipt_parse() checks it */
	{ "--append", O_APPEND, 1, 1, false },
	{ "--check", O_CHECK, 1, 1, false },
	{ "--delete", O_DELETE, 1, 2, false },
	{ "--delete-chain", O_DELCHAIN, 0, 1, false },
	{ "--destination", O_DST, 1, 1, true },
	{ "--dst", O_DST, 1, 1, true },
	{ "--exact", O_QUIET, 0, 0, false },
	{ "--flush", O_FLUSH, 0, 1, false },
	{ "--fragment", O_FRAG, 0, 0, true },
	{ "--goto", O_GOTO, 1, 1, false },
	{ "--help", O_LIST, 0, 0, false },
	{ "--in-interface", O_IN, 1, 1, true },
	{ "--insert", O_INSERT, 1, 2, false },
	{ "--ipv4", O_IPV4, 0, 0, false },
	{ "--ipv6", O_IPV6, 0, 0, false },
	{ "--jump", O_JUMP, 1, 1, false },
	{ "--list", O_LIST, 0, 1, false },
	{ "--list-rules", O_LIST, 0, 1, false },
	{ "--match", O_MATCH, 1, 1, false },
	{ "--new-chain", O_NEWCHAIN, 1, 1, false },
	{ "--numeric", O_QUIET, 0, 0, false },
	{ "--out-interface", O_OUT, 1, 1, true },
	{ "--policy", O_POLICY, 2, 2, false },
	{ "--protocol", O_PROTO, 1, 1, true },
	{ "--rename-chain", O_RENAME, 2, 2, false },
	{ "--replace", O_REPLACE, 2, 2, false },
	{ "--set-counters", O_SETCOUNTERS, 1, 2, false },
	{ "--source", O_SRC, 1, 1, true },
	{ "--src", O_SRC, 1, 1, true },
	{ "--table", O_TABLE, 1, 1, false },
	{ "--verbose", O_QUIET, 0, 0, false },
	{ "--version", O_LIST, 0, 0, false },
	{ "--zero", O_ZERO, 0, 2, false },
};

static const struct opt_def tcp_opts[] = {
	{ "--sport", M_SPORT, 1, 1, true }, { "--source-port", M_SPORT, 1, 1, true },
	{ "--dport", M_DPORT, 1, 1, true }, { "--destination-port", M_DPORT, 1, 1, true },
	{ "--tcp-flags", M_TCPFLAGS, 2, 2, true }, { "--syn", M_SYN, 0, 0, true },
	{ "--tcp-option", M_TCPOPT, 1, 1, true }, { NULL, O_NONE, 0, 0, false },
};
static const struct opt_def udp_opts[] = {
	{ "--sport", M_SPORT, 1, 1, true }, { "--source-port", M_SPORT, 1, 1, true },
	{ "--dport", M_DPORT, 1, 1, true }, { "--destination-port", M_DPORT, 1, 1, true },
	{ NULL, O_NONE, 0, 0, false },
};
static const struct opt_def sctp_opts[] = {
	{ "--sport", M_SPORT, 1, 1, true }, { "--source-port", M_SPORT, 1, 1, true },
	{ "--dport", M_DPORT, 1, 1, true }, { "--destination-port", M_DPORT, 1, 1, true },
	{ "--chunk-types", M_OTHER, 2, 2, true }, { NULL, O_NONE, 0, 0, false },
};
static const struct opt_def dccp_opts[] = {
	{ "--sport", M_SPORT, 1, 1, true }, { "--source-port", M_SPORT, 1, 1, true },
	{ "--dport", M_DPORT, 1, 1, true }, { "--destination-port", M_DPORT, 1, 1, true },
	{ "--dccp-types", M_OTHER, 1, 1, true }, { "--dccp-option", M_OTHER, 1, 1, true },
	{ NULL, O_NONE, 0, 0, false },
};
static const struct opt_def multiport_opts[] = {
	{ "--sports", M_SPORTS, 1, 1, true }, { "--source-ports", M_SPORTS, 1, 1, true },
	{ "--dports", M_DPORTS, 1, 1, true }, { "--destination-ports", M_DPORTS, 1, 1, true },
	{ "--ports", M_PORTS, 1, 1, true }, { NULL, O_NONE, 0, 0, false },
};
static const struct opt_def iprange_opts[] = {
	{ "--src-range", M_SRCRANGE, 1, 1, true }, { "--dst-range", M_DSTRANGE, 1, 1, true },
	{ NULL, O_NONE, 0, 0, false },
};
static const struct opt_def state_opts[] = {
	{ "--state", M_STATE, 1, 1, true }, { NULL, O_NONE, 0, 0, false },
};
static const struct opt_def conntrack_opts[] = {
	{ "--ctstate", M_CTSTATE, 1, 1, true }, { "--ctproto", M_CTOTHER, 1, 1, true },
	{ "--ctorigsrc", M_CTOTHER, 1, 1, true }, { "--ctorigdst", M_CTOTHER, 1, 1, true },
	{ "--ctreplsrc", M_CTOTHER, 1, 1, true }, { "--ctrepldst", M_CTOTHER, 1, 1, true },
	{ "--ctorigsrcport", M_CTOTHER, 1, 1, true }, { "--ctorigdstport", M_CTOTHER, 1, 1, true },
	{ "--ctreplsrcport", M_CTOTHER, 1, 1, true }, { "--ctrepldstport", M_CTOTHER, 1, 1, true },
	{ "--ctstatus", M_CTOTHER, 1, 1, true }, { "--ctexpire", M_CTOTHER, 1, 1, true },
	{ "--ctdir", M_CTOTHER, 1, 1, false }, { NULL, O_NONE, 0, 0, false },
};
static const struct opt_def comment_opts[] = {
	{ "--comment", M_COMMENT, 1, 1, false }, { NULL, O_NONE, 0, 0, false },
};
static const struct opt_def icmp_opts[] = {
	{ "--icmp-type", M_ICMPTYPE, 1, 1, true }, { NULL, O_NONE, 0, 0, false },
};
static const struct opt_def icmp6_opts[] = {
	{ "--icmpv6-type", M_ICMP6TYPE, 1, 1, true }, { NULL, O_NONE, 0, 0, false },
};
static const struct opt_def reject_opts[] = {
	{ "--reject-with", T_REJECTWITH, 1, 1, false }, { NULL, O_NONE, 0, 0, false },
};
/* libxt_LOG.c: what they log does not change the verdict, but
 * iptables-restore refuses a stray word, a bad level or a repeated option */
static const struct opt_def log_opts[] = {
	{ "--log-level", T_LOGLEVEL, 1, 1, false }, { "--log-prefix", T_LOGPREFIX, 1, 1, false },
	{ "--log-tcp-sequence", T_LOGTCPSEQ, 0, 0, false },
	{ "--log-tcp-options", T_LOGTCPOPT, 0, 0, false },
	{ "--log-ip-options", T_LOGIPOPT, 0, 0, false }, { "--log-uid", T_LOGUID, 0, 0, false },
	{ "--log-macdecode", T_LOGMAC, 0, 0, false }, { NULL, O_NONE, 0, 0, false },
};

/* The options of the targets that fwlint reads; the others' options are
 * taken as written. */
static const struct opt_def *target_opts(const char *target)
{
	if (!target)
		return NULL;
	if (strcmp(target, "REJECT") == 0)
		return reject_opts;
	if (strcmp(target, "LOG") == 0)
		return log_opts;
	return NULL;
}

/* Match modules.  proto: the protocol the module needs ("-p tcp"), 0 for
 * none, -1 for multiport's list.  opts NULL: a module fwlint does not
 * interpret; its options are taken as written and the rule is unresolved.
 * family: 0 both, 4 or 6 only that one (libipt_* / libip6t_*). */
static const struct module_def {
	const char *name;
	int proto;
	int family;
	const struct opt_def *opts;
} modules[] = {
	{ "tcp", PROTO_TCP, 0, tcp_opts },
	{ "udp", PROTO_UDP, 0, udp_opts },
	{ "sctp", PROTO_SCTP, 0, sctp_opts },
	{ "dccp", PROTO_DCCP, 0, dccp_opts },
	{ "multiport", -1, 0, multiport_opts },
	{ "iprange", 0, 0, iprange_opts },
	{ "state", 0, 0, state_opts },
	{ "conntrack", 0, 0, conntrack_opts },
	{ "comment", 0, 0, comment_opts },
	{ "icmp", PROTO_ICMP, 4, icmp_opts },
	{ "icmp6", PROTO_ICMPV6, 6, icmp6_opts },
	/* iptables-extensions(8) MATCH EXTENSIONS, and xtables-addons */
	{ "addrtype", 0, 0, NULL }, { "ah", 0, 0, NULL }, { "bpf", 0, 0, NULL },
	{ "cgroup", 0, 0, NULL }, { "cluster", 0, 0, NULL },
	{ "connbytes", 0, 0, NULL }, { "connlabel", 0, 0, NULL },
	{ "connlimit", 0, 0, NULL }, { "connmark", 0, 0, NULL },
	{ "cpu", 0, 0, NULL }, { "devgroup", 0, 0, NULL }, { "dscp", 0, 0, NULL },
	{ "dst", 0, 6, NULL }, { "ecn", 0, 0, NULL }, { "esp", 0, 0, NULL },
	{ "eui64", 0, 6, NULL }, { "frag", 0, 6, NULL }, { "hashlimit", 0, 0, NULL },
	{ "hbh", 0, 6, NULL }, { "helper", 0, 0, NULL }, { "hl", 0, 6, NULL },
	{ "ipcomp", 0, 0, NULL }, { "ipv6header", 0, 6, NULL }, { "ipvs", 0, 0, NULL },
	{ "length", 0, 0, NULL }, { "limit", 0, 0, NULL }, { "mac", 0, 0, NULL },
	{ "mark", 0, 0, NULL }, { "mh", 0, 6, NULL }, { "nfacct", 0, 0, NULL },
	{ "osf", 0, 0, NULL }, { "owner", 0, 0, NULL }, { "physdev", 0, 0, NULL },
	{ "pkttype", 0, 0, NULL }, { "policy", 0, 0, NULL }, { "quota", 0, 0, NULL },
	{ "rateest", 0, 0, NULL }, { "realm", 0, 4, NULL }, { "recent", 0, 0, NULL },
	{ "rpfilter", 0, 0, NULL }, { "rt", 0, 6, NULL }, { "set", 0, 0, NULL },
	{ "socket", 0, 0, NULL }, { "srh", 0, 6, NULL }, { "statistic", 0, 0, NULL },
	{ "string", 0, 0, NULL }, { "tcpmss", 0, 0, NULL }, { "time", 0, 0, NULL },
	{ "tos", 0, 0, NULL }, { "ttl", 0, 4, NULL }, { "u32", 0, 0, NULL },
	{ "condition", 0, 0, NULL }, { "dhcpmac", 0, 0, NULL }, { "fuzzy", 0, 0, NULL },
	{ "geoip", 0, 0, NULL }, { "gradm", 0, 0, NULL }, { "iface", 0, 0, NULL },
	{ "ipp2p", 0, 0, NULL }, { "ipv4options", 0, 4, NULL }, { "lscan", 0, 0, NULL },
	{ "pknock", 0, 0, NULL }, { "psd", 0, 0, NULL }, { "quota2", 0, 0, NULL },
};

static const struct module_def *module_find(const char *name)
{
	for (size_t i = 0; i < sizeof modules / sizeof modules[0]; i++)
		if (modules[i].name[0] == name[0] && strcmp(modules[i].name, name) == 0)
			return &modules[i];
	return NULL;
}

/* The module iptables loads by itself for "-p NAME" when it meets an
 * option it does not know yet (iptables(8): "-p ... a match extension of
 * that name is loaded implicitly"). */
static const struct module_def *implicit_module(int proto, int family)
{
	switch (proto) {
	case PROTO_TCP: return module_find("tcp");
	case PROTO_UDP: return module_find("udp");
	case PROTO_SCTP: return module_find("sctp");
	case PROTO_DCCP: return module_find("dccp");
	case PROTO_ICMP: return family != 6 ? module_find("icmp") : NULL;
	case PROTO_ICMPV6: return family != 4 ? module_find("icmp6") : NULL;
	case 50: return module_find("esp");
	case 51: return module_find("ah");
	}
	return NULL;
}

/* Core options are looked up once per option of every rule: the table is
 * sorted for bsearch. */
static int opt_cmp(const void *a, const void *b)
{
	return strcmp(((const struct opt_def *)a)->name, ((const struct opt_def *)b)->name);
}

static const struct opt_def *core_find(const char *name)
{
	if (name[1] != '-') {
		unsigned char c = (unsigned char)name[1];
		if (name[2] || c >= 128 || !short_opts[c].name)
			return NULL;
		return &short_opts[c];
	}
	struct opt_def key = { name, O_NONE, 0, 0, false };
	return bsearch(&key, core_opts, sizeof core_opts / sizeof core_opts[0],
		       sizeof core_opts[0], opt_cmp);
}

static const struct opt_def *opts_find(const struct opt_def *t, const char *name)
{
	for (; t && t->name; t++)
		if (t->name[2] == name[2] && strcmp(t->name, name) == 0)
			return t;
	return NULL;
}

/* ------------------------------------------------------------------ */
/* Parse context                                                       */

/* A chain as the parser sees it (its IR chain's builder record).
 * iptables numbers rules as it stores them; a line with address lists
 * became several iptables rules but one or two IR rules, so every line is
 * one group {kernel rules, IR rules}. */
typedef struct chain_ent {
	ir_chain *chain;
	/* -X: the chain stays in the IR, empty, so that a rule that jumped
	 * to it before still points at a chain */
	bool deleted;
	bool one_family; /* holds a rule of a line marked -4 or -6 */
	struct group { uint32_t k, m; } *g;
	size_t ng, capg;
} chain_ent;

/* One loaded match (or the target, which takes options the same way). */
typedef struct mod_inst {
	const struct module_def *def; /* NULL: the target */
	const char *name;
	srcloc loc;
	char *text;     /* "-m limit --limit 5/min" for unresolved notes */
	size_t textlen, textcap;
	uint64_t seen;  /* options given, by enum opt_id bit */
	bool unresolved;
} mod_inst;

/* A "--ports" list to split the rule on. */
typedef struct ports_alt {
	ir_range *r;
	size_t n;
	bool neg;
	srcloc loc;
} ports_alt;

typedef struct line_state {
	bool active, failed, skip;
	ir_rule *r;
	enum opt_id cmd;
	srcloc cmd_loc;
	const char *cmd_name;
	char *chain, *arg2;
	srcloc chain_loc, arg2_loc;
	long num;
	srcloc num_loc;
	uint64_t core_seen;
	int proto; /* -1: not given */
	bool proto_neg;
	srcloc proto_loc;
	size_t nsrc, ndst; /* address list lengths (for rule numbering) */
	bool src_neg, dst_neg; /* "! -s", "! -d" */
	mod_inst *mod;
	size_t nmod, capmod;
	char *target;
	srcloc target_loc;
	bool is_goto;
	const struct target_def *tdef;
	size_t target_mod; /* index in mod of the target's options */
	char *reject_with;
	srcloc reject_loc;
	ports_alt *alt;
	size_t nalt, capalt;
	bool nonspec; /* options that are not rule specs (for -N etc.) */
	srcloc nonspec_loc;
	const char *nonspec_name;
} line_state;

struct ipt_ctx {
	ir_ruleset *rs;
	diag_list *diags;
	const char *buf;
	size_t len;
	int family;
	int nerrors;
	bool gave_up;
	/* the open table block */
	bool in_table;
	ir_table *table; /* NULL while in a block whose header was bad */
	const struct table_def *tdef;
	srcloc table_loc;
	/* offset of the first byte of every line, from the scanner: the
	 * rule text is taken from the buffer when a rule starts */
	size_t *loff;
	size_t nloff, caploff;
	/* The strings and argument lists of the scanner and the parser:
	 * emptied when the scanner reads a word of the next line. */
	struct arena_block *arena;
	bool arena_stale; /* a new line has begun: empty it at next use */
	line_state L;
};

__attribute__((format(printf, 3, 0)))
static bool ctx_error(struct ipt_ctx *ctx, srcloc loc, const char *fmt, va_list ap)
{
	return diag_parse_errorv(ctx->diags, &ctx->nerrors, &ctx->gave_up, IPT_MAX_ERRORS, loc,
				 fmt, ap);
}

static void perr(struct ipt_ctx *ctx, srcloc loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void perr(struct ipt_ctx *ctx, srcloc loc, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	ctx_error(ctx, loc, fmt, ap);
	va_end(ap);
	ctx->L.failed = true;
}

void ipt_syntax_error(struct ipt_ctx *ctx, srcloc loc, const char *fmt, ...)
{
	va_list ap;
	if (ctx->L.failed)
		return; /* one error per line: the rest is a consequence */
	va_start(ap, fmt);
	ctx_error(ctx, loc, fmt, ap);
	va_end(ap);
	ctx->L.failed = true;
}

bool ipt_gave_up(const struct ipt_ctx *ctx)
{
	return ctx->gave_up;
}

/* A construct whose effect depends on state outside the file. */
static void pwarn(struct ipt_ctx *ctx, srcloc loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void pwarn(struct ipt_ctx *ctx, srcloc loc, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_addv(ctx->diags, DIAG_WARNING, CHECK_UNRESOLVED, loc, fmt, ap);
	va_end(ap);
}

/* Only the scanner empties the arena.  When it scans a word of a new
 * line, the line before has been reduced; the parser and the builder may
 * still be working on the current line after the scanner has read its NL
 * (the lookahead), so their allocations never empty it. */
char *ipt_strdup(struct ipt_ctx *ctx, const char *s, size_t n)
{
	if (ctx->arena_stale) {
		arena_reset(&ctx->arena);
		ctx->arena_stale = false;
	}
	return arena_strndup(&ctx->arena, s, n);
}

ipt_args *ipt_args_add(struct ipt_ctx *ctx, ipt_args *a, char *s, srcloc loc, bool bang)
{
	if (!a)
		a = arena_alloc(&ctx->arena, sizeof *a);
	if (a->n == a->cap) {
		size_t cap = a->cap ? 2 * a->cap : 4;
		ipt_arg *v = arena_alloc(&ctx->arena, cap * sizeof *v);
		if (a->n)
			memcpy(v, a->v, a->n * sizeof *v);
		a->v = v;
		a->cap = cap;
	}
	a->v[a->n].s = s;
	a->v[a->n].loc = loc;
	a->v[a->n].bang = bang;
	a->n++;
	return a;
}

/* ------------------------------------------------------------------ */
/* Chains */

/* The chain of that name in t, deleted (-X) or not, or NULL. */
static chain_ent *chain_lookup(const ir_table *t, const char *name)
{
	ir_chain *c = ir_chain_find(t, name);
	return c ? c->builder : NULL;
}

/* A new chain; callers have looked its name up first. */
static chain_ent *chain_add(ir_table *t, const char *name, bool builtin, srcloc loc)
{
	chain_ent *e = xcalloc(1, sizeof *e);
	e->chain = ir_chain_new(t, name, builtin, loc);
	e->chain->builder = e;
	return e;
}

/* Forget the builder records; the IR chains stay. */
static void chains_free(ir_ruleset *rs)
{
	for (size_t t = 0; t < rs->n; t++)
		for (size_t c = 0; c < rs->table[t]->n; c++) {
			ir_chain *ch = rs->table[t]->chain[c];
			chain_ent *e = ch->builder;
			free(e->g);
			free(e);
			ch->builder = NULL;
		}
}

/* A built-in chain of the open table, created when first named. */
static chain_ent *builtin_get(struct ipt_ctx *ctx, const char *name, srcloc loc)
{
	chain_ent *e = chain_lookup(ctx->table, name);
	if (!e)
		e = chain_add(ctx->table, name, true, loc);
	return e;
}

static void ent_flush(chain_ent *e)
{
	ir_chain_flush(e->chain);
	e->ng = 0;
}

/* ------------------------------------------------------------------ */
/* Line state                                                          */

/* Forget the line; the module array is kept for the next one (one
 * allocation less per rule). */
static void line_reset(line_state *L)
{
	ir_rule_free(L->r);
	free(L->chain);
	free(L->arg2);
	for (size_t i = 0; i < L->nmod; i++)
		free(L->mod[i].text);
	mod_inst *mod = L->mod;
	size_t capmod = L->capmod;
	free(L->target);
	free(L->reject_with);
	for (size_t i = 0; i < L->nalt; i++)
		free(L->alt[i].r);
	free(L->alt);
	memset(L, 0, sizeof *L);
	L->mod = mod;
	L->capmod = capmod;
	L->proto = -1;
}

static void line_free(line_state *L)
{
	line_reset(L);
	free(L->mod);
	L->mod = NULL;
	L->capmod = 0;
}

void ipt_line_offset(struct ipt_ctx *ctx, int line, size_t off)
{
	if (line < 1)
		return;
	ctx->arena_stale = true;
	ctx->loff = xgrow(ctx->loff, &ctx->caploff, (size_t)line, sizeof *ctx->loff);
	while (ctx->nloff < (size_t)line)
		ctx->loff[ctx->nloff++] = off;
	ctx->loff[line - 1] = off;
}

/* The text of line (from 1), without blanks around it. */
static const char *line_text(const struct ipt_ctx *ctx, int line, size_t *len)
{
	if (line < 1 || (size_t)line > ctx->nloff) {
		*len = 0;
		return "";
	}
	const char *s = ctx->buf + ctx->loff[line - 1];
	const char *end = ctx->buf + ctx->len;
	const char *nl = memchr(s, '\n', (size_t)(end - s));
	if (nl)
		end = nl;
	while (s < end && (*s == ' ' || *s == '\t'))
		s++;
	while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
		end--;
	*len = (size_t)(end - s);
	return s;
}

static void line_begin(struct ipt_ctx *ctx, srcloc loc)
{
	line_state *L = &ctx->L;
	if (L->active)
		return;
	bool failed = L->failed;
	line_reset(L);
	L->failed = failed;
	L->active = true;
	size_t tlen;
	const char *text = line_text(ctx, loc.line, &tlen);
	/* the rule runs to the end of its line */
	loc.end_line = loc.line;
	if (tlen)
		loc.end_col = (int)(text + tlen - (ctx->buf + ctx->loff[loc.line - 1]));
	L->r = ir_rule_new(loc, text, tlen);
}

void ipt_line_abort(struct ipt_ctx *ctx)
{
	line_reset(&ctx->L);
}

static void mod_text(mod_inst *m, const char *s)
{
	size_t n = strlen(s);
	m->text = xgrow(m->text, &m->textcap, m->textlen + n + 2, 1);
	if (m->textlen)
		m->text[m->textlen++] = ' ';
	memcpy(m->text + m->textlen, s, n + 1);
	m->textlen += n;
}

/* Words as iptables shows them: quoted when they hold blanks. */
static void mod_word(mod_inst *m, const char *s)
{
	if (*s && !strpbrk(s, " \t\"")) {
		mod_text(m, s);
		return;
	}
	char *q = xasprintf("\"%s\"", s);
	mod_text(m, q);
	free(q);
}

/* Start the unresolved note of m: "-m NAME". Only modules fwlint cannot
 * interpret (or options of them it cannot) need one; building it for
 * every -m comment would cost a string per rule. */
static void mod_note(mod_inst *m)
{
	if (m->textlen || !m->def)
		return;
	mod_text(m, "-m");
	mod_text(m, m->def->name);
}

static mod_inst *mod_add(line_state *L, const struct module_def *def,
			 const char *name, srcloc loc)
{
	L->mod = xgrow(L->mod, &L->capmod, L->nmod + 1, sizeof *L->mod);
	mod_inst *m = &L->mod[L->nmod++];
	memset(m, 0, sizeof *m);
	m->def = def;
	m->name = def ? def->name : name;
	m->loc = loc;
	return m;
}

/* ------------------------------------------------------------------ */
/* Values                                                              */

/* A number as xtables_strtoui() reads it (libxtables/xtables.c): strtoul
 * with base 0, so "025" is octal 21 and "0x19" is 25 -- ports, protocols,
 * prefix lengths, address parts, ICMP types and rule numbers alike
 * (checked against iptables-restore 1.8.9: "--dport 00025" loads as port
 * 21, "-s 010.1.1.1" as 8.1.1.1, "/08" is an invalid mask).  A sign is
 * refused, as there. */
static bool parse_uint(const char *s, unsigned long max, unsigned long *out)
{
	if (*s == '-' || isspace((unsigned char)*s) || !*s)
		return false;
	errno = 0;
	char *end;
	unsigned long v = strtoul(s, &end, 0);
	if (errno || end == s || *end || v > max)
		return false;
	*out = v;
	return true;
}

/* A counter of "-c PKTS BYTES": iptables reads it with sscanf("%llu"),
 * which saturates instead of failing, so a counter past 2^64-1 loads (as
 * the "[pkts:bytes]" prefix does).  Only digits are taken here. */
static bool parse_counter(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (!isdigit((unsigned char)*s))
			return false;
	return true;
}

static int proto_lookup(const char *s)
{
	unsigned long n;
	if (parse_uint(s, 255, &n))
		return (int)n;
	for (size_t i = 0; i < sizeof protos / sizeof protos[0]; i++)
		if (strcasecmp(protos[i].name, s) == 0)
			return protos[i].num;
	return -1;
}

static const char *proto_name(int p)
{
	for (size_t i = 0; i < sizeof protos / sizeof protos[0]; i++)
		if (protos[i].num == p && p != 0)
			return protos[i].name;
	return NULL;
}

static int port_lookup(const char *s)
{
	unsigned long n;
	if (parse_uint(s, 65535, &n))
		return (int)n;
	for (size_t i = 0; i < sizeof services / sizeof services[0]; i++)
		if (strcmp(services[i].name, s) == 0)
			return (int)services[i].port;
	return -1;
}

/* "80", "http", "a:b", ":b", "a:" (libxt_tcp.c parse_tcp_ports). */
static bool port_range(struct ipt_ctx *ctx, const char *s, srcloc loc, unsigned *lo, unsigned *hi)
{
	const char *colon = strchr(s, ':');
	if (!colon) {
		int p = port_lookup(s);
		if (p < 0) {
			perr(ctx, loc, "invalid port or service '%s'", s);
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
		perr(ctx, loc, "invalid port range '%s'", s);
	else if (l > h) {
		perr(ctx, loc, "invalid port range '%s': %d is above %d", s, l, h);
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
		char *end;
		if (!isdigit((unsigned char)*p))
			return false;
		errno = 0;
		b = strtoul(p, &end, 0); /* base 0, as xtables_strtoui() */
		if (errno || end == p || b > 255)
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

/* One address or network of -s/-d ("a", "a/len", "a/mask") added to c.
 * Returns false, with *why set, when the address cannot be known (a host
 * name, a netmask with too many holes); on a syntax error it reports it. */
static bool add_address(struct ipt_ctx *ctx, ir_cond *c, const char *s, srcloc loc,
			char **why)
{
	const char *slash = strchr(s, '/');
	char *a = xstrndup(s, slash ? (size_t)(slash - s) : strlen(s));
	const char *m = slash ? slash + 1 : NULL;
	/* a dump of no family holds no address literal (it would tell the
	 * family), but a host name */
	int family = ctx->family ? ctx->family : strchr(a, ':') ? 6 : 4;
	int width = family == 6 ? 128 : 32;
	u128 addr, mask, base = family == 6 ? 0 : PSET_V4_LO;
	unsigned long len;

	if (family == 4) {
		uint32_t v;
		if (!parse_v4(a, false, &v)) {
			if (strchr(a, ':'))
				perr(ctx, loc, "'%s' is an IPv6 address in an IPv4 (iptables) file", a);
			else if (looks_like_hostname(a))
				*why = xasprintf("host name '%s' (iptables resolves it when loading)", a);
			else
				perr(ctx, loc, "invalid IPv4 address '%s'", s);
			free(a);
			return false;
		}
		addr = v;
	} else {
		unsigned char b[16];
		if (inet_pton(AF_INET6, a, b) != 1) {
			if (looks_like_hostname(a))
				*why = xasprintf("host name '%s' (ip6tables resolves it when loading)", a);
			else if (!strchr(a, ':') && strchr(a, '.'))
				perr(ctx, loc, "'%s' is an IPv4 address in an IPv6 (ip6tables) file", a);
			else
				perr(ctx, loc, "invalid IPv6 address '%s'", s);
			free(a);
			return false;
		}
		addr = u128_from_bytes(b);
	}
	free(a);

	if (!m) {
		mask = width == 128 ? U128_MAX : 0xffffffffu;
	} else if (parse_uint(m, (unsigned long)width, &len)) {
		mask = len == 0 ? 0 : (width == 128 ? U128_MAX : (u128)0xffffffffu) << (width - len);
	} else if (family == 4) {
		uint32_t v;
		if (!parse_v4(m, true, &v)) {
			perr(ctx, loc, "invalid netmask '%s' in '%s'", m, s);
			return false;
		}
		mask = v;
	} else {
		unsigned char b[16];
		if (inet_pton(AF_INET6, m, b) != 1) {
			perr(ctx, loc, "invalid netmask '%s' in '%s'", m, s);
			return false;
		}
		mask = u128_from_bytes(b);
	}
	if (!add_masked(c, base, addr, mask, width)) {
		*why = xasprintf("non-contiguous netmask in '%s'", s);
		return false;
	}
	return true;
}

/* "a" or "a-b" of -m iprange. */
static void add_iprange(struct ipt_ctx *ctx, ir_cond *c, const char *s, srcloc loc)
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
			/* xt_iprange wants full dotted quads */
			if (!parse_v4(part[i], true, &a)) {
				perr(ctx, loc, "invalid IPv4 address '%s' in range '%s'", part[i], s);
				free(lo);
				return;
			}
			v[i] = addr_v4(a);
		} else {
			unsigned char b[16];
			if (inet_pton(AF_INET6, part[i], b) != 1) {
				perr(ctx, loc, "invalid IPv6 address '%s' in range '%s'", part[i], s);
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
static bool multiport_list(struct ipt_ctx *ctx, const char *s, srcloc loc,
			   ir_range **out, size_t *nout)
{
	size_t n = 0, cap = 0, slots = 0;
	ir_range *r = NULL;
	char *copy = xstrdup(s), *save = NULL;
	bool ok = true;

	if (!*s || s[strlen(s) - 1] == ',' || *s == ',' || strstr(s, ",,")) {
		perr(ctx, loc, "empty port in list '%s'", s);
		free(copy);
		return false;
	}
	for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		unsigned lo, hi;
		if (!port_range(ctx, tok, loc, &lo, &hi)) {
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
		perr(ctx, loc, "too many ports in '%s': at most 15, a range counts as two", s);
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

static bool tcp_flags(struct ipt_ctx *ctx, const char *s, srcloc loc, unsigned *out)
{
	char *copy = xstrdup(s), *save = NULL;
	unsigned v = 0;
	for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		size_t i;
		for (i = 0; i < sizeof tcp_flag_names / sizeof tcp_flag_names[0]; i++)
			if (strcasecmp(tok, tcp_flag_names[i].name) == 0)
				break;
		if (i == sizeof tcp_flag_names / sizeof tcp_flag_names[0]) {
			perr(ctx, loc, "unknown tcp flag '%s', expected FIN, SYN, RST, PSH, ACK, URG, ALL or NONE", tok);
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
static bool ct_state_list(struct ipt_ctx *ctx, const char *s, srcloc loc,
			  bool conntrack, unsigned *out, bool *virt)
{
	char *copy = xstrdup(s), *save = NULL;
	unsigned v = 0;
	*virt = false;
	if (!*s || strstr(s, ",,") || *s == ',' || s[strlen(s) - 1] == ',') {
		perr(ctx, loc, "bad state list '%s'", s);
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
			perr(ctx, loc, "bad state '%s', expected NEW, ESTABLISHED, RELATED, INVALID, UNTRACKED%s",
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
static bool icmp_type(struct ipt_ctx *ctx, const char *s, srcloc loc, bool v6,
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
	bool ok = parse_uint(ty, 255, &type) && (!cmin || parse_uint(cmin, 255, &c0));
	if (ok && cmin)
		ok = cmax ? parse_uint(cmax, 255, &c1) && c0 <= c1 : (c1 = c0, true);
	free(ty);
	free(cmin);
	if (!ok) {
		perr(ctx, loc, "invalid %s type '%s'", v6 ? "icmpv6" : "icmp", s);
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

static bool reject_with_ok(const char *s, int family)
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

/* ------------------------------------------------------------------ */
/* Table blocks                                                        */

static void create_missing_builtins(struct ipt_ctx *ctx)
{
	if (!ctx->table)
		return;
	for (size_t i = 0; i < 6 && ctx->tdef->builtin[i]; i++)
		builtin_get(ctx, ctx->tdef->builtin[i], ctx->table_loc);
}

void ipt_table_begin(struct ipt_ctx *ctx, const char *name, srcloc loc)
{
	loc.end_col = loc.col + (int)strlen(name);
	if (ctx->in_table) {
		perr(ctx, loc, "expected 'COMMIT' before '*%s'", name);
		ctx->L.failed = false;
		create_missing_builtins(ctx);
	}
	ctx->in_table = true;
	ctx->table = NULL;
	ctx->tdef = table_def_find(name);
	ctx->table_loc = loc;
	if (!*name) {
		perr(ctx, loc, "expected a table name after '*'");
		ctx->L.failed = false;
		return;
	}
	if (!ctx->tdef) {
		perr(ctx, loc, "unknown table '%s', expected filter, nat, mangle, raw or security", name);
		ctx->L.failed = false;
		return;
	}
	bool again = ir_table_find(ctx->rs, name) != NULL;
	ctx->table = ir_table_get(ctx->rs, name, loc);
	if (again) {
		/* iptables-restore flushes the table and deletes its user
		 * chains before it runs the block (unless --noflush). */
		for (size_t i = 0; i < ctx->table->n; i++) {
			chain_ent *e = ctx->table->chain[i]->builder;
			ent_flush(e);
			if (!e->chain->builtin)
				e->deleted = true;
		}
	}
}

void ipt_commit(struct ipt_ctx *ctx, srcloc loc)
{
	if (!ctx->in_table) {
		perr(ctx, loc, "'COMMIT' outside a table, expected '*filter' (or another table) before it");
		ctx->L.failed = false;
		return;
	}
	create_missing_builtins(ctx);
	ctx->in_table = false;
	ctx->table = NULL;
}

/* xtables: chain names are at most XT_EXTENSION_MAXNAMELEN - 1 = 28 bytes
 * and may not start with '-' or '!' (they would read as options). */
static bool chain_name_ok(struct ipt_ctx *ctx, const char *name, srcloc loc)
{
	if (!*name) {
		perr(ctx, loc, "expected a chain name");
		return false;
	}
	if (strlen(name) > 28) {
		perr(ctx, loc, "chain name '%s' is longer than 28 characters", name);
		return false;
	}
	if (*name == '-' || *name == '!') {
		perr(ctx, loc, "chain name '%s' may not start with '%c'", name, *name);
		return false;
	}
	if (target_find(name)) {
		perr(ctx, loc, "chain name '%s' is the name of a target", name);
		return false;
	}
	return true;
}

static bool need_table(struct ipt_ctx *ctx, srcloc loc)
{
	if (!ctx->in_table) {
		perr(ctx, loc, "expected '*filter' (or another table) before this line");
		return false;
	}
	return ctx->table != NULL; /* a bad table header has been reported */
}

void ipt_chain_decl(struct ipt_ctx *ctx, const char *name, srcloc loc,
		    const char *policy, srcloc ploc,
		    const char *counters, srcloc cloc)
{
	loc.end_col = loc.col + (int)strlen(name);
	if (!need_table(ctx, loc))
		goto out;
	if (!chain_name_ok(ctx, name, loc))
		goto out;
	if (is_builtin(ctx->tdef, name)) {
		chain_ent *e = chain_lookup(ctx->table, name);
		if (!policy) {
			perr(ctx, counters ? cloc : loc,
			     "expected a policy (ACCEPT or DROP) for built-in chain '%s'", name);
			goto out;
		}
		if (strcmp(policy, "-") == 0) {
			/* "-": keep the policy (iptables-restore skips it) */
			if (!e)
				builtin_get(ctx, name, loc);
			goto out;
		}
		enum ir_action a;
		if (strcmp(policy, "ACCEPT") == 0)
			a = IR_ACCEPT;
		else if (strcmp(policy, "DROP") == 0)
			a = IR_DROP;
		else {
			perr(ctx, ploc, "bad policy '%s' for built-in chain '%s', expected ACCEPT or DROP",
			     policy, name);
			goto out;
		}
		if (!e)
			e = builtin_get(ctx, name, loc);
		ir_chain_policy(e->chain, a, ploc);
	} else {
		chain_ent *e = chain_lookup(ctx->table, name);
		if (e && !e->deleted) {
			perr(ctx, loc, "chain '%s' is already declared in table '%s'", name,
			     ctx->table->name);
			goto out;
		}
		/* iptables-legacy-restore refuses a policy on a user chain
		 * ("Can't set policy"); "-" means none. */
		if (policy && strcmp(policy, "-") != 0) {
			perr(ctx, ploc, "user-defined chain '%s' cannot have a policy, expected '-'", name);
			goto out;
		}
		if (!policy) {
			perr(ctx, counters ? cloc : loc,
			     "expected '-' (no policy) for user-defined chain '%s'", name);
			goto out;
		}
		if (e)
			e->deleted = false;
		else
			chain_add(ctx->table, name, false, loc);
	}
out:
	(void)counters;
	ctx->L.failed = false;
}

/* ------------------------------------------------------------------ */
/* Options                                                             */

void ipt_rule_counters(struct ipt_ctx *ctx, const char *counters, srcloc loc)
{
	line_begin(ctx, loc);
}

/* Whether the target may have options fwlint does not interpret: not the
 * standard targets, not a chain. */
static bool target_takes_options(struct ipt_ctx *ctx)
{
	line_state *L = &ctx->L;
	if (L->tdef) {
		const char *n = L->tdef->name;
		return strcmp(n, "ACCEPT") && strcmp(n, "DROP") && strcmp(n, "RETURN") &&
		       !target_opts(n);
	}
	if (ctx->table) {
		chain_ent *e = chain_lookup(ctx->table, L->target);
		if (e && !e->deleted)
			return false;
	}
	return true;
}

/* The module that takes option name: a module fwlint interprets that
 * knows it (the last loaded first), then the protocol's implicit module,
 * then the target's options, then the last loaded module or target fwlint
 * does not interpret. */
static mod_inst *option_owner(struct ipt_ctx *ctx, const char *name,
			      const struct opt_def **od)
{
	line_state *L = &ctx->L;
	for (size_t i = L->nmod; i-- > 0;) {
		mod_inst *m = &L->mod[i];
		if (m->def && m->def->opts && (*od = opts_find(m->def->opts, name)))
			return m;
	}
	if (L->proto > 0 && !L->proto_neg) {
		const struct module_def *im = implicit_module(L->proto, ctx->family);
		if (im && im->opts && (*od = opts_find(im->opts, name))) {
			/* load it, as iptables does */
			return mod_add(L, im, NULL, L->proto_loc);
		}
		if (im && !im->opts) {
			bool loaded = false;
			for (size_t i = 0; i < L->nmod; i++)
				loaded |= L->mod[i].def == im;
			if (!loaded) {
				mod_inst *m = mod_add(L, im, NULL, L->proto_loc);
				mod_note(m);
				m->unresolved = true;
			}
		}
	}
	*od = NULL;
	for (size_t i = L->nmod; i-- > 0;) {
		mod_inst *m = &L->mod[i];
		if (!m->def && L->tdef && (*od = opts_find(target_opts(L->tdef->name), name)))
			return m;
	}
	for (size_t i = L->nmod; i-- > 0;) {
		mod_inst *m = &L->mod[i];
		if (m->def && !m->def->opts)
			return m;
		if (!m->def && target_takes_options(ctx))
			return m;
	}
	return NULL;
}

/* The message for an option that nothing loaded knows. */
static void unknown_option(struct ipt_ctx *ctx, const char *name, srcloc loc)
{
	static const struct { const char *opt, *need; } hint[] = {
		{ "--dport", "'-p tcp' or '-p udp'" }, { "--sport", "'-p tcp' or '-p udp'" },
		{ "--destination-port", "'-p tcp' or '-p udp'" },
		{ "--source-port", "'-p tcp' or '-p udp'" },
		{ "--tcp-flags", "'-p tcp'" }, { "--syn", "'-p tcp'" }, { "--tcp-option", "'-p tcp'" },
		{ "--icmp-type", "'-p icmp'" }, { "--icmpv6-type", "'-p icmpv6'" },
		{ "--dports", "'-m multiport'" }, { "--sports", "'-m multiport'" },
		{ "--ports", "'-m multiport'" }, { "--src-range", "'-m iprange'" },
		{ "--dst-range", "'-m iprange'" }, { "--state", "'-m state'" },
		{ "--ctstate", "'-m conntrack'" }, { "--comment", "'-m comment'" },
		{ "--match-set", "'-m set'" }, { "--limit", "'-m limit'" },
		{ "--reject-with", "'-j REJECT'" }, { "--log-prefix", "'-j LOG'" },
	};
	for (size_t i = 0; i < sizeof hint / sizeof hint[0]; i++)
		if (strcmp(hint[i].opt, name) == 0) {
			perr(ctx, loc, "'%s' needs %s", name, hint[i].need);
			return;
		}
	perr(ctx, loc, "unknown option '%s'", name);
}

static bool check_nargs(struct ipt_ctx *ctx, const struct opt_def *od, const char *name,
			srcloc loc, ipt_args *args)
{
	size_t n = args ? args->n : 0;
	for (size_t i = 0; i < n; i++)
		if (args->v[i].bang) {
			perr(ctx, args->v[i].loc, "'!' must come before the option it negates");
			return false;
		}
	if ((int)n < od->amin) {
		if (od->amin == 1)
			perr(ctx, loc, "'%s' needs an argument", name);
		else
			perr(ctx, loc, "'%s' needs %d arguments", name, od->amin);
		return false;
	}
	if ((int)n > od->amax) {
		perr(ctx, args->v[od->amax].loc, "unexpected argument '%s' after '%s'",
		     args->v[od->amax].s, name);
		return false;
	}
	return true;
}

static void set_proto(struct ipt_ctx *ctx, bool neg, srcloc loc, const ipt_arg *a)
{
	line_state *L = &ctx->L;
	int p = proto_lookup(a->s);
	if (p < 0) {
		perr(ctx, a->loc, "unknown protocol '%s'", a->s);
		return;
	}
	if (p == 0 && neg) {
		/* iptables: "rule would never match protocol" */
		perr(ctx, a->loc, "'! -p %s' would never match", a->s);
		return;
	}
	L->proto = p;
	L->proto_neg = neg;
	L->proto_loc = a->loc;
	if (p != 0) { /* "all" (0) is no condition */
		ir_cond *c = ir_rule_cond(L->r, IR_PROTO, neg, srcloc_span(loc, a->loc));
		ir_cond_range(c, (u128)p, (u128)p);
	}
}

/* -s / -d: a comma list is one condition (iptables adds one rule per
 * address, which selects the same packets).  When one address cannot be
 * known the whole condition is left out and the rule is unresolved: a
 * narrower condition would claim the rule matches less than it does. */
static void set_addresses(struct ipt_ctx *ctx, enum ir_field f, bool neg, srcloc loc,
			  const ipt_arg *a)
{
	line_state *L = &ctx->L;
	size_t n = 1;
	for (const char *p = a->s; *p; p++)
		n += *p == ',';
	if (neg && n > 1) {
		/* iptables: "! not allowed with multiple source or
		 * destination IP addresses" */
		perr(ctx, a->loc, "'!' cannot be used with a list of addresses");
		return;
	}
	/* nor with a list on the other side: iptables refuses any '!' on -s
	 * or -d once one of them is a list (xshared.c) */
	size_t other = f == IR_SRC ? L->ndst : L->nsrc;
	bool other_neg = f == IR_SRC ? L->dst_neg : L->src_neg;
	if ((neg && other > 1) || (n > 1 && other_neg)) {
		perr(ctx, a->loc, "'!' cannot be used with '-s' or '-d' when the other is a list of addresses");
		return;
	}
	if (f == IR_SRC)
		L->src_neg = neg;
	else
		L->dst_neg = neg;
	if (!*a->s || a->s[strlen(a->s) - 1] == ',' || *a->s == ',' || strstr(a->s, ",,")) {
		perr(ctx, a->loc, "empty address in list '%s'", a->s);
		return;
	}
	if (f == IR_SRC)
		L->nsrc = n;
	else
		L->ndst = n;
	ir_cond tmp;
	memset(&tmp, 0, sizeof tmp);
	char *copy = xstrdup(a->s), *save = NULL, *why = NULL;
	bool known = true;
	for (char *tok = strtok_r(copy, ",", &save); tok && !L->failed;
	     tok = strtok_r(NULL, ",", &save)) {
		char *w = NULL;
		if (!add_address(ctx, &tmp, tok, a->loc, &w) && w) {
			known = false;
			if (!why)
				why = w;
			else
				free(w);
		}
	}
	free(copy);
	if (!L->failed && known) {
		ir_cond *c = ir_rule_cond(L->r, f, neg, srcloc_span(loc, a->loc));
		for (size_t i = 0; i < tmp.n; i++)
			ir_cond_range(c, tmp.r[i].lo, tmp.r[i].hi);
	} else if (!L->failed) {
		char *w = xasprintf("%s%s %s: %s", neg ? "! " : "", f == IR_SRC ? "-s" : "-d",
				    a->s, why);
		ir_rule_unresolved(L->r, srcloc_span(loc, a->loc), w);
		free(w);
	}
	free(why);
	free(tmp.r);
}

static void set_iface(struct ipt_ctx *ctx, enum ir_field f, bool neg, srcloc loc,
		      const ipt_arg *a)
{
	/* xtables_parse_interface(): at most IFNAMSIZ - 1 bytes, '+' only
	 * at the end */
	size_t n = strlen(a->s);
	if (n == 0 || n > 15) {
		perr(ctx, a->loc, "interface name '%s' must be 1 to 15 characters", a->s);
		return;
	}
	const char *plus = strchr(a->s, '+');
	if (plus && plus[1]) {
		perr(ctx, a->loc, "'+' may only end an interface name, in '%s'", a->s);
		return;
	}
	ir_cond *c = ir_rule_cond(ctx->L.r, f, neg, srcloc_span(loc, a->loc));
	ir_cond_ifname(c, a->s);
}

static void command_option(struct ipt_ctx *ctx, const struct opt_def *od, const char *name,
			   srcloc loc, ipt_args *args)
{
	line_state *L = &ctx->L;
	if (L->cmd) {
		perr(ctx, loc, "'%s' cannot be used with '%s': one command per line", name, L->cmd_name);
		return;
	}
	if (od->id == O_LIST) {
		perr(ctx, loc, "'%s' cannot be used in an iptables-restore file", name);
		return;
	}
	L->cmd = od->id;
	L->cmd_name = od->name;
	L->cmd_loc = loc;
	size_t n = args ? args->n : 0;
	if (n >= 1) {
		L->chain = xstrdup(args->v[0].s);
		L->chain_loc = args->v[0].loc;
	}
	if (n >= 2) {
		const ipt_arg *a = &args->v[1];
		unsigned long num;
		if (od->id == O_POLICY || od->id == O_RENAME) {
			L->arg2 = xstrdup(a->s);
			L->arg2_loc = a->loc;
		} else if (!parse_uint(a->s, INT_MAX, &num) || num == 0) {
			perr(ctx, a->loc, "bad rule number '%s', expected a number from 1", a->s);
		} else {
			L->num = (long)num;
			L->num_loc = a->loc;
		}
	}
	if (od->id == O_REPLACE && n < 2)
		perr(ctx, loc, "'%s' needs a chain and a rule number", name);
}

static void module_option(struct ipt_ctx *ctx, mod_inst *m, const struct opt_def *od,
			  const char *name, srcloc loc, bool neg, srcloc negloc, ipt_args *args)
{
	line_state *L = &ctx->L;
	ir_rule *r = L->r;
	const ipt_arg *a = args && args->n ? &args->v[0] : NULL;
	srcloc span = srcloc_span(neg ? negloc : loc, a ? args->v[args->n - 1].loc : loc);

	if (neg && !od->negatable) {
		perr(ctx, negloc, "'!' cannot be used with '%s'", name);
		return;
	}
	if (od->id < 64 && (m->seen >> od->id) & 1) {
		perr(ctx, loc, "'%s' can be given only once per '%s %s'", name, m->def ? "-m" : "-j", m->name);
		return;
	}
	if (od->id < 64)
		m->seen |= (uint64_t)1 << od->id;
	if (!check_nargs(ctx, od, name, loc, args))
		return;

	switch (od->id) {
	case M_SPORT:
	case M_DPORT: {
		unsigned lo, hi;
		if (!port_range(ctx, a->s, a->loc, &lo, &hi))
			return;
		ir_cond *c = ir_rule_cond(r, od->id == M_SPORT ? IR_SPORT : IR_DPORT, neg, span);
		ir_cond_range(c, lo, hi);
		return;
	}
	case M_SPORTS:
	case M_DPORTS:
	case M_PORTS: {
		ir_range *rr;
		size_t n;
		if (!multiport_list(ctx, a->s, a->loc, &rr, &n))
			return;
		if (od->id == M_PORTS) {
			L->alt = xgrow(L->alt, &L->capalt, L->nalt + 1, sizeof *L->alt);
			L->alt[L->nalt++] = (ports_alt){ rr, n, neg, span };
			return;
		}
		ir_cond *c = ir_rule_cond(r, od->id == M_SPORTS ? IR_SPORT : IR_DPORT, neg, span);
		for (size_t i = 0; i < n; i++)
			ir_cond_range(c, rr[i].lo, rr[i].hi);
		free(rr);
		return;
	}
	case M_TCPFLAGS:
	case M_SYN: {
		unsigned mask, comp;
		if (od->id == M_SYN) {
			/* iptables-extensions(8): --syn is
			 * --tcp-flags SYN,RST,ACK,FIN SYN */
			mask = TCPF_FIN | TCPF_SYN | TCPF_RST | TCPF_ACK;
			comp = TCPF_SYN;
		} else if (!tcp_flags(ctx, args->v[0].s, args->v[0].loc, &mask) ||
			   !tcp_flags(ctx, args->v[1].s, args->v[1].loc, &comp)) {
			return;
		}
		ir_cond *c = ir_rule_cond(r, IR_TCPFLAGS, neg, span);
		ir_cond_bits(c, tcpflags_match(mask, comp));
		return;
	}
	case M_SRCRANGE:
	case M_DSTRANGE: {
		ir_cond *c = ir_rule_cond(r, od->id == M_SRCRANGE ? IR_SRC : IR_DST, neg, span);
		add_iprange(ctx, c, a->s, a->loc);
		return;
	}
	case M_STATE:
	case M_CTSTATE: {
		unsigned bits;
		bool virt;
		if (!ct_state_list(ctx, a->s, a->loc, od->id == M_CTSTATE, &bits, &virt))
			return;
		if (virt) {
			/* "--ctstate DNAT" asks how the connection was
			 * translated: not a state fwlint follows */
			m->unresolved = true;
			mod_note(m);
			mod_text(m, neg ? "! --ctstate" : "--ctstate");
			mod_word(m, a->s);
			return;
		}
		ir_cond *c = ir_rule_cond(r, IR_STATE, neg, span);
		ir_cond_bits(c, bits);
		return;
	}
	case M_ICMPTYPE:
	case M_ICMP6TYPE: {
		unsigned lo, hi;
		if (!icmp_type(ctx, a->s, a->loc, od->id == M_ICMP6TYPE, &lo, &hi))
			return;
		ir_cond *c = ir_rule_cond(r, IR_DPORT, neg, span);
		ir_cond_range(c, lo, hi);
		return;
	}
	case M_COMMENT:
		/* xt_comment.h: XT_MAX_COMMENT_LEN 256, with the NUL */
		if (strlen(a->s) > 255)
			perr(ctx, a->loc, "comment is longer than 255 characters");
		return;
	case T_REJECTWITH:
		if (!reject_with_ok(a->s, ctx->family)) {
			perr(ctx, a->loc, "unknown reject type '%s'", a->s);
			return;
		}
		free(L->reject_with);
		L->reject_with = xstrdup(a->s);
		L->reject_loc = a->loc;
		return;
	case T_LOGLEVEL: {
		/* libxt_LOG.c: 0-7 or a syslog name */
		static const char *const names[] = { "alert", "crit", "debug", "emerg", "error",
						     "info", "notice", "panic", "warning" };
		unsigned long v;
		bool ok = parse_uint(a->s, 7, &v);
		for (size_t i = 0; !ok && i < sizeof names / sizeof names[0]; i++)
			ok = strcmp(a->s, names[i]) == 0;
		if (!ok)
			perr(ctx, a->loc, "unknown log level '%s', expected 0-7, emerg, alert, crit, error, warning, notice, info, debug or panic",
			     a->s);
		return;
	}
	case T_LOGPREFIX:
		if (!*a->s)
			perr(ctx, a->loc, "'--log-prefix' needs a text of at least one character");
		return;
	case T_LOGTCPSEQ:
	case T_LOGTCPOPT:
	case T_LOGIPOPT:
	case T_LOGUID:
	case T_LOGMAC:
		return;
	case M_TCPOPT:
	case M_CTOTHER:
	case M_OTHER:
	default:
		m->unresolved = true;
		mod_note(m);
		if (neg)
			mod_text(m, "!");
		mod_text(m, name);
		for (size_t i = 0; args && i < args->n; i++)
			mod_word(m, args->v[i].s);
		return;
	}
}

void ipt_option(struct ipt_ctx *ctx, const char *name, srcloc loc,
		bool neg, srcloc negloc, ipt_args *args)
{
	char *eq = NULL, *nm = NULL;
	line_begin(ctx, neg ? negloc : loc);
	line_state *L = &ctx->L;
	if (L->failed || L->skip || ctx->gave_up)
		goto out;

	/* getopt_long() also takes "--opt=value" */
	if (name[0] == '-' && name[1] == '-' && (eq = strchr(name, '='))) {
		nm = xstrndup(name, (size_t)(eq - name));
		srcloc vl = loc;
		vl.col += (int)(eq - name) + 1;
		ipt_args *na = ipt_args_add(ctx, NULL, arena_strndup(&ctx->arena, eq + 1, strlen(eq + 1)), vl, false);
		for (size_t i = 0; args && i < args->n; i++)
			ipt_args_add(ctx, na, args->v[i].s, args->v[i].loc, args->v[i].bang);
		args = na;
		name = nm;
	}
	loc.end_col = loc.col + (int)strlen(name) - 1;

	for (size_t i = 0; args && i < args->n; i++)
		if (args->v[i].bang && i == 0 && args->n > 1) {
			/* "-s ! addr": iptables 1.4 intrapositioned negation */
			if (neg) {
				perr(ctx, args->v[i].loc, "'!' given twice");
				goto out;
			}
			neg = true;
			negloc = args->v[i].loc;
			memmove(&args->v[0], &args->v[1], (args->n - 1) * sizeof args->v[0]);
			args->n--;
			break;
		}

	/* getopt: "-ptcp" is "-p tcp" */
	if (name[0] == '-' && name[1] != '-' && name[1] && name[2]) {
		char shortname[3] = { '-', name[1], '\0' };
		const struct opt_def *sd = core_find(shortname);
		if (sd && sd->amax > 0) {
			srcloc vl = loc;
			vl.col += 2;
			ipt_args *na = ipt_args_add(ctx, NULL, arena_strndup(&ctx->arena, name + 2, strlen(name + 2)),
						    vl, false);
			for (size_t i = 0; args && i < args->n; i++)
				ipt_args_add(ctx, na, args->v[i].s, args->v[i].loc, args->v[i].bang);
			args = na;
			free(nm);
			nm = xstrdup(shortname);
			name = nm;
			loc.end_col = loc.col + 1;
		}
	}

	const struct opt_def *od = core_find(name);
	if (od) {
		if (neg && !od->negatable) {
			perr(ctx, negloc, "'!' cannot be used with '%s'", name);
			goto out;
		}
		if (!check_nargs(ctx, od, name, loc, args))
			goto out;
		if (OPT_CMD(od->id)) {
			command_option(ctx, od, name, loc, args);
			goto out;
		}
		unsigned bit = (unsigned)od->id;
		if (od->id != O_MATCH && od->id != O_QUIET && ((L->core_seen >> bit) & 1)) {
			perr(ctx, loc, "'%s' can be given only once", name);
			goto out;
		}
		L->core_seen |= (uint64_t)1 << bit;
		if (od->id != O_IPV4 && od->id != O_IPV6 && od->id != O_QUIET &&
		    od->id != O_SETCOUNTERS && od->id != O_TABLE && !L->nonspec) {
			L->nonspec = true;
			L->nonspec_loc = loc;
			L->nonspec_name = od->name;
		}
		const ipt_arg *a = args && args->n ? &args->v[0] : NULL;
		switch (od->id) {
		case O_PROTO:
			set_proto(ctx, neg, neg ? negloc : loc, a);
			break;
		case O_SRC:
		case O_DST:
			set_addresses(ctx, od->id == O_SRC ? IR_SRC : IR_DST, neg,
				      neg ? negloc : loc, a);
			break;
		case O_IN:
		case O_OUT:
			set_iface(ctx, od->id == O_IN ? IR_IIF : IR_OIF, neg, neg ? negloc : loc, a);
			break;
		case O_FRAG:
			if (ctx->family == 6) {
				perr(ctx, loc, "unknown option '%s' (ip6tables has no '-f', use '-m frag')", name);
				break;
			}
			ir_rule_unresolved(L->r, neg ? negloc : loc,
					   neg ? "! -f (not a later fragment)" : "-f (later fragments)");
			break;
		case O_JUMP:
		case O_GOTO: {
			if (L->target) {
				perr(ctx, loc, "a rule has one target: '-j' or '-g' given twice");
				break;
			}
			L->target = xstrdup(a->s);
			L->target_loc = a->loc;
			L->is_goto = od->id == O_GOTO;
			L->tdef = target_find(a->s);
			mod_add(L, NULL, L->target, loc);
			L->target_mod = L->nmod - 1;
			break;
		}
		case O_MATCH: {
			const struct module_def *md = module_find(a->s);
			if (!md) {
				perr(ctx, a->loc, "unknown match module '%s'", a->s);
				break;
			}
			if (md->family && ctx->family && md->family != ctx->family) {
				perr(ctx, a->loc, "'-m %s' is not available in %s", a->s,
				     ctx->family == 6 ? "ip6tables" : "iptables (IPv4)");
				break;
			}
			mod_inst *m = mod_add(L, md, NULL, a->loc);
			m->unresolved = md->opts == NULL;
			if (m->unresolved)
				mod_note(m);
			break;
		}
		case O_TABLE:
			/* iptables-restore: "The -t option cannot be used" */
			perr(ctx, loc, "'%s' cannot be used in an iptables-restore file: the table is given by '*table'",
			     name);
			break;
		case O_IPV4:
		case O_IPV6:
			if (!ctx->family)
				L->r->family = od->id == O_IPV4 ? 4 : 6;
			else if ((od->id == O_IPV4) != (ctx->family == 4))
				L->skip = true; /* the other family's line */
			break;
		case O_SETCOUNTERS: {
			/* "-c PKTS BYTES" or "-c PKTS,BYTES" */
			bool ok = true;
			if (args->n == 1) {
				const char *comma = strchr(a->s, ',');
				char *p0 = comma ? xstrndup(a->s, (size_t)(comma - a->s)) : NULL;
				ok = p0 && parse_counter(p0) && parse_counter(comma + 1);
				free(p0);
			} else {
				ok = parse_counter(args->v[0].s) && parse_counter(args->v[1].s);
			}
			if (!ok)
				perr(ctx, a->loc, "bad counters after '%s', expected PACKETS BYTES", name);
			break;
		}
		default:
			break;
		}
		goto out;
	}

	mod_inst *m = option_owner(ctx, name, &od);
	if (!m) {
		unknown_option(ctx, name, loc);
		goto out;
	}
	if (!L->nonspec) {
		L->nonspec = true;
		L->nonspec_loc = loc;
		L->nonspec_name = name;
	}
	if (od) {
		module_option(ctx, m, od, name, loc, neg, negloc, args);
	} else {
		/* a module or target fwlint does not interpret: keep the
		 * words for the unresolved note */
		for (size_t i = 0; args && i < args->n; i++)
			if (args->v[i].bang) {
				perr(ctx, args->v[i].loc, "'!' must come before the option it negates");
				goto out;
			}
		if (m->def) { /* a target's options do not change its verdict */
			if (neg)
				mod_text(m, "!");
			mod_text(m, name);
			for (size_t i = 0; args && i < args->n; i++)
				mod_word(m, args->v[i].s);
		}
	}
out:
	free(nm);
}

/* ------------------------------------------------------------------ */
/* End of a rule line                                                  */

/* A copy of r made through the builder, with its location and text. */
static ir_rule *rule_clone(const ir_rule *r, srcloc loc, const char *text, size_t tlen)
{
	ir_rule *c = ir_rule_new(loc, text, tlen);
	for (size_t i = 0; i < r->ncond; i++) {
		const ir_cond *s = &r->cond[i];
		ir_cond *d = ir_rule_cond(c, s->field, s->neg, s->loc);
		for (size_t j = 0; j < s->n; j++)
			ir_cond_range(d, s->r[j].lo, s->r[j].hi);
		if (s->ifname)
			ir_cond_ifname(d, s->ifname);
		ir_cond_bits(d, s->bits);
	}
	for (size_t i = 0; i < r->nunres; i++)
		ir_rule_unresolved(c, r->unres[i].loc, r->unres[i].what);
	ir_rule_action(c, r->action, r->target, r->target_loc);
	c->jump = r->jump;
	c->family = r->family;
	return c;
}

/* The IR rules of one line: 2^k of them for k "--ports" lists.
 * Alternative bit j set: sport not in P_j and dport in P_j; clear: sport
 * in P_j.  Negated: one rule with both ports outside P_j. */
static size_t expand_rules(line_state *L, srcloc loc, const char *text, size_t tlen,
			   ir_rule ***out)
{
	size_t npos = 0;
	for (size_t j = 0; j < L->nalt; j++)
		npos += !L->alt[j].neg;
	size_t n = (size_t)1 << npos;
	ir_rule **v = xcalloc(n, sizeof *v);
	for (size_t k = 0; k < n; k++) {
		ir_rule *r = k + 1 == n ? L->r : rule_clone(L->r, loc, text, tlen);
		size_t bit = 0;
		for (size_t j = 0; j < L->nalt; j++) {
			ports_alt *a = &L->alt[j];
			ir_cond *c;
			if (a->neg) {
				c = ir_rule_cond(r, IR_SPORT, true, a->loc);
				for (size_t i = 0; i < a->n; i++)
					ir_cond_range(c, a->r[i].lo, a->r[i].hi);
				c = ir_rule_cond(r, IR_DPORT, true, a->loc);
				for (size_t i = 0; i < a->n; i++)
					ir_cond_range(c, a->r[i].lo, a->r[i].hi);
				continue;
			}
			bool second = (k >> bit++) & 1;
			c = ir_rule_cond(r, IR_SPORT, second, a->loc);
			for (size_t i = 0; i < a->n; i++)
				ir_cond_range(c, a->r[i].lo, a->r[i].hi);
			if (second) {
				c = ir_rule_cond(r, IR_DPORT, false, a->loc);
				for (size_t i = 0; i < a->n; i++)
					ir_cond_range(c, a->r[i].lo, a->r[i].hi);
			}
		}
		v[k] = r;
	}
	L->r = NULL;
	*out = v;
	return n;
}

/* The words of a rule spec, for -D/-C by specification: the line without
 * its counters, its command and chain, "-c N N", "-4"/"-6", with quotes
 * removed and blanks collapsed.  iptables compares the compiled rules; two
 * spellings of one rule ("--dport 80" and "--dport http") are not seen as
 * equal here, which only makes a -D find nothing (a warning). */
static char *spec_key(const char *s, size_t len)
{
	char *out = xmalloc(len + 2), *o = out;
	size_t i = 0;
	int skip = 0;
	bool first = true, skipnum = false;
	while (i < len) {
		while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r'))
			i++;
		if (i >= len)
			break;
		char *w = o;
		bool q = false;
		while (i < len && (q || (s[i] != ' ' && s[i] != '\t' && s[i] != '\r'))) {
			if (s[i] == '"')
				q = !q;
			else if (q && s[i] == '\\' && i + 1 < len && (s[i + 1] == '"' || s[i + 1] == '\\'))
				*o++ = s[++i];
			else
				*o++ = s[i];
			i++;
		}
		*o = '\0';
		if (first && w[0] == '[') {
			o = w;
			first = false;
			continue;
		}
		first = false;
		if (skip) {
			skip--;
			o = w;
			continue;
		}
		if (!strcmp(w, "-A") || !strcmp(w, "--append") || !strcmp(w, "-D") ||
		    !strcmp(w, "--delete") || !strcmp(w, "-C") || !strcmp(w, "--check")) {
			skip = 1;
			o = w;
			continue;
		}
		if (!strcmp(w, "-I") || !strcmp(w, "--insert") || !strcmp(w, "-R") ||
		    !strcmp(w, "--replace")) {
			skip = 1;
			skipnum = true; /* the rule number after the chain */
			o = w;
			continue;
		}
		if (skipnum) {
			skipnum = false;
			if (strspn(w, "0123456789") == strlen(w)) {
				o = w;
				continue;
			}
		}
		if (!strcmp(w, "-c") || !strcmp(w, "--set-counters")) {
			skip = 2;
			o = w;
			continue;
		}
		if (!strcmp(w, "-4") || !strcmp(w, "-6") || !strcmp(w, "--ipv4") || !strcmp(w, "--ipv6")) {
			o = w;
			continue;
		}
		*o++ = '\x1f';
	}
	*o = '\0';
	return out;
}

/* The IR position of iptables rule number num (from 1) of e, and the
 * group it starts.  Returns false when num falls inside a group (a rule
 * that iptables expanded from address lists). */
static bool group_at(const chain_ent *e, long num, size_t *gi, size_t *pos, bool *past)
{
	uint64_t k = 0, m = 0;
	*past = false;
	for (size_t i = 0; i < e->ng; i++) {
		if ((uint64_t)num - 1 == k) {
			*gi = i;
			*pos = (size_t)m;
			return true;
		}
		if ((uint64_t)num - 1 < k + e->g[i].k) {
			*gi = i;
			*pos = (size_t)m;
			return false;
		}
		k += e->g[i].k;
		m += e->g[i].m;
	}
	*gi = e->ng;
	*pos = (size_t)m;
	*past = (uint64_t)num - 1 > k;
	return (uint64_t)num - 1 == k;
}

static size_t group_pos(const chain_ent *e, size_t gi)
{
	size_t m = 0;
	for (size_t i = 0; i < gi; i++)
		m += e->g[i].m;
	return m;
}

static void group_insert(chain_ent *e, size_t gi, uint32_t k, uint32_t m)
{
	e->g = xgrow(e->g, &e->capg, e->ng + 1, sizeof *e->g);
	memmove(&e->g[gi + 1], &e->g[gi], (e->ng - gi) * sizeof *e->g);
	e->g[gi].k = k;
	e->g[gi].m = m;
	e->ng++;
}

static void group_delete(chain_ent *e, size_t gi)
{
	size_t pos = group_pos(e, gi);
	ir_chain_remove(e->chain, pos, e->g[gi].m);
	memmove(&e->g[gi], &e->g[gi + 1], (e->ng - gi - 1) * sizeof *e->g);
	e->ng--;
}

/* The group whose rule spec equals key, or e->ng. */
static size_t group_find_spec(const chain_ent *e, const char *key)
{
	size_t pos = 0;
	for (size_t i = 0; i < e->ng; i++) {
		const char *t = e->chain->rule[pos]->text;
		char *k = spec_key(t, strlen(t));
		bool eq = strcmp(k, key) == 0;
		free(k);
		if (eq)
			return i;
		pos += e->g[i].m;
	}
	return e->ng;
}

/* Decide the rule's action from its target (iptables resolves -j first
 * as a chain of the table, then as a target extension). */
static bool set_action(struct ipt_ctx *ctx, ir_rule *r)
{
	line_state *L = &ctx->L;
	if (!L->target)
		return true; /* no target: counts and goes on */
	chain_ent *e = chain_lookup(ctx->table, L->target);
	if (e && !e->deleted) {
		ir_rule_action(r, L->is_goto ? IR_GOTO : IR_JUMP, L->target, L->target_loc);
		r->jump = e->chain;
		return true;
	}
	const struct target_def *t = L->tdef;
	if (L->is_goto && t) {
		perr(ctx, L->target_loc, "'-g' needs a user-defined chain, '%s' is a target", L->target);
		return false;
	}
	if (t) {
		if (t->tables && !(t->tables & ctx->tdef->bit)) {
			char list[80] = "";
			for (size_t i = 0; i < sizeof table_defs / sizeof table_defs[0]; i++)
				if (t->tables & table_defs[i].bit)
					snprintf(list + strlen(list), sizeof list - strlen(list), "%s'%s'",
						 *list ? " or " : "", table_defs[i].name);
			perr(ctx, L->target_loc, "target '%s' is only valid in table %s, not '%s'",
			     t->name, list, ctx->table->name);
			return false;
		}
		ir_rule_action(r, t->action, t->name, L->target_loc);
		if (t->action == IR_UNKNOWN) {
			char *w = xasprintf("-j %s (%s)", t->name, t->why);
			ir_rule_unresolved(r, L->target_loc, w);
			free(w);
		}
		if (strcmp(t->name, "REJECT") == 0 && L->reject_with &&
		    (!strcmp(L->reject_with, "tcp-reset") || !strcmp(L->reject_with, "tcp-rst")) &&
		    (L->proto != PROTO_TCP || L->proto_neg)) {
			/* ipt_REJECT checkentry: "TCP_RESET invalid for non-tcp" */
			perr(ctx, L->reject_loc, "'--reject-with tcp-reset' needs '-p tcp'");
			return false;
		}
		return true;
	}
	/* Neither a chain here nor a target fwlint knows: an extension
	 * target (upper case by convention) or a chain that another file
	 * creates (ufw's before.rules jumps to chains of ufw-init). */
	ir_rule_action(r, IR_UNKNOWN, L->target, L->target_loc);
	bool upper = !L->is_goto;
	for (const char *p = L->target; *p; p++)
		upper &= !islower((unsigned char)*p);
	char *w = upper ? xasprintf("unknown target '%s'", L->target)
			: xasprintf("chain '%s' is not declared in table '%s' of this file",
				    L->target, ctx->table->name);
	ir_rule_unresolved(r, L->target_loc, w);
	free(w);
	return true;
}

/* Module checks that need the whole line (the kernel's xt_check_match():
 * "only valid for protocol N"). */
static bool check_modules(struct ipt_ctx *ctx)
{
	line_state *L = &ctx->L;
	for (size_t i = 0; i < L->nmod; i++) {
		const mod_inst *m = &L->mod[i];
		if (!m->def)
			continue;
		if (m->def->proto == 0)
			continue;
		bool multiport = m->def->proto < 0; /* mod_defs: -1 */
		bool proto_ok = !L->proto_neg;
		if (!multiport)
			proto_ok &= L->proto == m->def->proto;
		else
			proto_ok &= L->proto == PROTO_TCP || L->proto == PROTO_UDP ||
				    L->proto == PROTO_UDPLITE || L->proto == PROTO_SCTP ||
				    L->proto == PROTO_DCCP;
		if (!proto_ok) {
			if (multiport)
				perr(ctx, m->loc, "'-m multiport' needs '-p tcp', '-p udp', '-p udplite', '-p sctp' or '-p dccp'");
			else
				perr(ctx, m->loc, "'-m %s' needs '-p %s'", m->name,
				     proto_name(m->def->proto));
			return false;
		}
	}
	return true;
}

/* Modules that refuse to load without one of their options
 * (libxt_comment.c, libxt_state.c, libxt_conntrack.c, libxt_iprange.c,
 * libxt_multiport.c final_check). */
static bool check_required(struct ipt_ctx *ctx)
{
	line_state *L = &ctx->L;
	for (size_t i = 0; i < L->nmod; i++) {
		const mod_inst *m = &L->mod[i];
		const char *need = NULL;
		if (!m->def || m->seen)
			continue;
		if (!strcmp(m->name, "comment"))
			need = "'--comment'";
		else if (!strcmp(m->name, "state"))
			need = "'--state'";
		else if (!strcmp(m->name, "conntrack"))
			need = "at least one option";
		else if (!strcmp(m->name, "iprange"))
			need = "'--src-range' or '--dst-range'";
		else if (!strcmp(m->name, "multiport"))
			need = "'--sports', '--dports' or '--ports'";
		if (need && !m->unresolved) {
			perr(ctx, m->loc, "'-m %s' needs %s", m->name, need);
			return false;
		}
	}
	return true;
}

static void add_unresolved_modules(line_state *L, ir_rule *r)
{
	for (size_t i = 0; i < L->nmod; i++)
		if (L->mod[i].def && L->mod[i].unresolved)
			ir_rule_unresolved(r, L->mod[i].loc, L->mod[i].text);
}

/* iptables(8): -i is not allowed in OUTPUT and POSTROUTING, -o not in
 * INPUT and PREROUTING (the packet has no such interface there). */
static bool check_iface_chain(struct ipt_ctx *ctx, const char *chain)
{
	line_state *L = &ctx->L;
	for (size_t i = 0; i < L->r->ncond; i++) {
		const ir_cond *c = &L->r->cond[i];
		if (c->field == IR_IIF && (!strcmp(chain, "OUTPUT") || !strcmp(chain, "POSTROUTING"))) {
			perr(ctx, c->loc, "'-i' cannot be used in chain '%s'", chain);
			return false;
		}
		if (c->field == IR_OIF && (!strcmp(chain, "INPUT") || !strcmp(chain, "PREROUTING"))) {
			perr(ctx, c->loc, "'-o' cannot be used in chain '%s'", chain);
			return false;
		}
	}
	return true;
}

/* The chain a command works on.  A user chain the file never declares
 * must exist already when iptables-restore runs the line: the file is
 * meant for --noflush next to other rules (firewalld, ufw, the netfilter
 * restore tests do this).  fwlint cannot see those rules, so it says so
 * once per chain and goes on with what the file adds. */
static chain_ent *need_chain(struct ipt_ctx *ctx, const char *name, srcloc loc)
{
	chain_ent *e = chain_lookup(ctx->table, name);
	if (e && !e->deleted)
		return e;
	if (is_builtin(ctx->tdef, name))
		return builtin_get(ctx, name, ctx->table_loc);
	if (!chain_name_ok(ctx, name, loc))
		return NULL;
	pwarn(ctx, loc, "chain '%s' is not declared in table '%s' of this file; its other rules are not known (is the file loaded with --noflush?)",
	      name, ctx->table->name);
	if (e) {
		e->deleted = false;
		return e;
	}
	return chain_add(ctx->table, name, false, loc);
}

static void rule_command(struct ipt_ctx *ctx, srcloc loc, ipt_span span)
{
	line_state *L = &ctx->L;
	chain_ent *e = need_chain(ctx, L->chain, L->chain_loc);
	if (!e)
		return;
	if (!check_modules(ctx) || !check_required(ctx) || !check_iface_chain(ctx, L->chain))
		return;
	const char *text = ctx->buf + span.off;
	size_t tlen = span.len;
	while (tlen && (text[tlen - 1] == ' ' || text[tlen - 1] == '\t' || text[tlen - 1] == '\r'))
		tlen--;
	while (tlen && (*text == ' ' || *text == '\t')) {
		text++;
		tlen--;
	}

	if (!ctx->family && L->r->family && L->cmd != O_APPEND && L->cmd != O_INSERT) {
		pwarn(ctx, loc, "'%s' marked -%d changes the rules of one family only, in a file that names no family; fwlint applies it to both",
		      L->cmd_name, L->r->family);
	} else if (!ctx->family && L->num && e->one_family) {
		pwarn(ctx, L->num_loc, "'%s %s %ld': the rule numbers of chain '%s' differ between iptables and ip6tables (lines marked -4 or -6); fwlint counts every line",
		      L->cmd_name, L->chain, L->num, L->chain);
	}
	if (L->cmd == O_DELETE || L->cmd == O_CHECK) {
		size_t gi, pos;
		bool past, exact = true;
		if (L->num) {
			if (L->nonspec) {
				perr(ctx, L->nonspec_loc, "'%s' cannot be used with '%s CHAIN NUMBER'",
				     L->nonspec_name, L->cmd_name);
				return;
			}
			exact = group_at(e, L->num, &gi, &pos, &past);
			if (gi == e->ng) {
				pwarn(ctx, L->num_loc,
				      "'%s %s %ld': chain '%s' has no rule %ld in this file (is the file loaded with --noflush?)",
				      L->cmd_name, L->chain, L->num, L->chain, L->num);
				return;
			}
		} else {
			char *key = spec_key(text, tlen);
			gi = group_find_spec(e, key);
			free(key);
			if (gi == e->ng) {
				pwarn(ctx, loc,
				      "'%s': no such rule in chain '%s' in this file (is the file loaded with --noflush?)",
				      L->cmd_name, L->chain);
				return;
			}
		}
		if (!exact || e->g[gi].k != 1) {
			pwarn(ctx, loc, "'%s' removes one of the rules that iptables made from an address list; fwlint keeps them all",
			      L->cmd_name);
			return;
		}
		if (L->cmd == O_DELETE)
			group_delete(e, gi);
		return;
	}

	ir_rule *base = L->r;
	if (!set_action(ctx, base))
		return;
	add_unresolved_modules(L, base);

	ir_rule **v;
	size_t n = expand_rules(L, loc, text, tlen, &v);
	uint32_t k = (uint32_t)((L->nsrc ? L->nsrc : 1) * (L->ndst ? L->ndst : 1));
	size_t gi = e->ng, pos = e->chain->n;
	if (L->cmd == O_INSERT || L->cmd == O_REPLACE) {
		long num = L->num ? L->num : 1;
		bool past, exact = group_at(e, num, &gi, &pos, &past);
		if (L->cmd == O_REPLACE) {
			if (gi == e->ng) {
				pwarn(ctx, L->num_loc,
				      "'-R %s %ld': chain '%s' has no rule %ld in this file; the rule is appended",
				      L->chain, num, L->chain, num);
			} else if (!exact || e->g[gi].k != 1) {
				pwarn(ctx, L->num_loc, "'-R' replaces one of the rules that iptables made from an address list; fwlint inserts the new rule before them");
			} else {
				group_delete(e, gi);
			}
		} else if (past) {
			pwarn(ctx, L->num_loc,
			      "'-I %s %ld': chain '%s' has fewer rules in this file; the rule is appended (is the file loaded with --noflush?)",
			      L->chain, num, L->chain);
		} else if (!exact) {
			pwarn(ctx, L->num_loc, "'-I' inserts between the rules that iptables made from an address list; fwlint inserts before them");
		}
	}
	for (size_t i = 0; i < n; i++)
		ir_chain_insert(e->chain, pos + i, v[i]);
	free(v);
	group_insert(e, gi, k, (uint32_t)n);
	e->one_family |= base->family != 0;
}

static void chain_command(struct ipt_ctx *ctx, srcloc loc)
{
	line_state *L = &ctx->L;
	if (L->nonspec) {
		perr(ctx, L->nonspec_loc, "'%s' cannot be used with '%s'", L->nonspec_name, L->cmd_name);
		return;
	}
	if (L->num && L->cmd != O_ZERO) {
		perr(ctx, L->num_loc, "unexpected rule number after '%s'", L->cmd_name);
		return;
	}
	if (!ctx->family && L->r && L->r->family)
		pwarn(ctx, loc, "'%s' marked -%d changes the chains of one family only, in a file that names no family; fwlint applies it to both",
		      L->cmd_name, L->r->family);
	switch (L->cmd) {
	case O_NEWCHAIN: {
		if (!chain_name_ok(ctx, L->chain, L->chain_loc))
			return;
		if (is_builtin(ctx->tdef, L->chain)) {
			perr(ctx, L->chain_loc, "chain '%s' is a built-in chain of table '%s'",
			     L->chain, ctx->table->name);
			return;
		}
		chain_ent *e = chain_lookup(ctx->table, L->chain);
		if (e && !e->deleted) {
			perr(ctx, L->chain_loc, "chain '%s' already exists in table '%s'", L->chain,
			     ctx->table->name);
			return;
		}
		if (e)
			e->deleted = false;
		else
			chain_add(ctx->table, L->chain, false, loc);
		return;
	}
	case O_FLUSH:
	case O_ZERO:
	case O_DELCHAIN: {
		if (L->chain) {
			chain_ent *e = need_chain(ctx, L->chain, L->chain_loc);
			if (!e)
				return;
			if (L->cmd == O_ZERO)
				return;
			if (L->cmd == O_DELCHAIN && e->chain->builtin) {
				perr(ctx, L->chain_loc, "built-in chain '%s' cannot be deleted", L->chain);
				return;
			}
			ent_flush(e);
			if (L->cmd == O_DELCHAIN)
				e->deleted = true;
			return;
		}
		if (L->cmd == O_ZERO)
			return;
		for (size_t i = 0; i < ctx->table->n; i++) {
			chain_ent *e = ctx->table->chain[i]->builder;
			if (e->deleted)
				continue;
			if (L->cmd == O_FLUSH)
				ent_flush(e);
			else if (!e->chain->builtin) {
				/* -X with no name deletes every user chain */
				ent_flush(e);
				e->deleted = true;
			}
		}
		return;
	}
	case O_POLICY: {
		if (!is_builtin(ctx->tdef, L->chain)) {
			chain_ent *e = chain_lookup(ctx->table, L->chain);
			if (e && !e->deleted)
				perr(ctx, L->chain_loc, "only built-in chains have a policy, '%s' is a user-defined chain",
				     L->chain);
			else
				perr(ctx, L->chain_loc, "chain '%s' is not declared in table '%s'",
				     L->chain, ctx->table->name);
			return;
		}
		enum ir_action a;
		if (!strcmp(L->arg2, "ACCEPT"))
			a = IR_ACCEPT;
		else if (!strcmp(L->arg2, "DROP"))
			a = IR_DROP;
		else {
			perr(ctx, L->arg2_loc, "bad policy '%s', expected ACCEPT or DROP", L->arg2);
			return;
		}
		ir_chain_policy(builtin_get(ctx, L->chain, ctx->table_loc)->chain, a,
				srcloc_span(loc, L->arg2_loc));
		return;
	}
	case O_RENAME: {
		chain_ent *e = need_chain(ctx, L->chain, L->chain_loc);
		if (!e)
			return;
		if (e->chain->builtin) {
			perr(ctx, L->chain_loc, "built-in chain '%s' cannot be renamed", L->chain);
			return;
		}
		if (!chain_name_ok(ctx, L->arg2, L->arg2_loc))
			return;
		chain_ent *t = chain_lookup(ctx->table, L->arg2);
		if ((t && !t->deleted) || is_builtin(ctx->tdef, L->arg2)) {
			perr(ctx, L->arg2_loc, "chain '%s' already exists in table '%s'", L->arg2,
			     ctx->table->name);
			return;
		}
		if (t) {
			pwarn(ctx, L->arg2_loc, "'-E' onto the name of deleted chain '%s' is not followed by fwlint",
			      L->arg2);
			return;
		}
		/* rules that jump here keep pointing at the same chain, as in
		 * the kernel; the new name is free (looked up above) */
		ir_chain_rename(e->chain, L->arg2);
		return;
	}
	default:
		return;
	}
}

void ipt_rule_end(struct ipt_ctx *ctx, srcloc loc, ipt_span span)
{
	line_state *L = &ctx->L;
	line_begin(ctx, loc);
	if (L->failed || L->skip || ctx->gave_up)
		goto out;
	if (!need_table(ctx, loc))
		goto out;
	if (!L->cmd) {
		perr(ctx, loc, "no command, expected '-A CHAIN' (or -I, -D, -R, -N, -X, -F, -Z, -P, -E) on this line");
		goto out;
	}
	if (L->chain && L->cmd != O_NEWCHAIN && L->cmd != O_RENAME &&
	    strlen(L->chain) > 28) {
		perr(ctx, L->chain_loc, "chain name '%s' is longer than 28 characters", L->chain);
		goto out;
	}
	switch (L->cmd) {
	case O_APPEND:
	case O_INSERT:
	case O_REPLACE:
	case O_DELETE:
	case O_CHECK:
		rule_command(ctx, loc, span);
		break;
	default:
		chain_command(ctx, loc);
		break;
	}
out:
	line_reset(L);
}

void ipt_end_of_input(struct ipt_ctx *ctx, srcloc loc)
{
	line_reset(&ctx->L);
	if (ctx->in_table && !ctx->gave_up) {
		/* iptables-restore: "COMMIT expected at line N" */
		perr(ctx, loc, "expected 'COMMIT' before end of file");
		create_missing_builtins(ctx);
	}
	ctx->in_table = false;
}

/* ------------------------------------------------------------------ */
/* Entry points                                                        */

/* The next word of a rule line as iptables-restore splits it (double
 * quotes group, a backslash escapes a quote inside them), copied to w;
 * returns the position after it, or NULL at the end of the line. */
static const char *next_word(const char *p, const char *end, char *w, size_t wsize)
{
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\r'))
		p++;
	if (p >= end)
		return NULL;
	size_t n = 0;
	bool quoted = false;
	for (; p < end && (quoted || (*p != ' ' && *p != '\t' && *p != '\r')); p++) {
		char c = *p;
		if (c == '"') {
			quoted = !quoted;
			continue;
		}
		if (quoted && c == '\\' && p + 1 < end && (p[1] == '"' || p[1] == '\\'))
			c = *++p;
		if (n + 1 < wsize)
			w[n++] = c;
	}
	w[n] = '\0';
	return p;
}

/* What an address argument of -s/-d or -m iprange says of the family:
 * 6 for an IPv6 literal, 4 for an IPv4 one, 0 for a host name. */
static int address_family(const char *arg)
{
	if (strchr(arg, ':'))
		return 6;
	return isdigit((unsigned char)arg[0]) ? 4 : 0;
}

/* What an option and its argument say of the family of the dump they are
 * in: 4 or 6 when only iptables or only ip6tables takes them, else 0. */
static int option_family(const char *opt, const char *arg)
{
	static const char *const addropts[] = { "-s", "-d", "--source", "--destination",
						"--src", "--dst", "--src-range", "--dst-range" };
	for (size_t i = 0; i < sizeof addropts / sizeof addropts[0]; i++)
		if (strcmp(opt, addropts[i]) == 0)
			return address_family(arg);
	if (!strcmp(opt, "-p") || !strcmp(opt, "--protocol"))
		return !strcasecmp(arg, "icmpv6") || !strcasecmp(arg, "ipv6-icmp") ? 6 : 0;
	if (!strcmp(opt, "-m") || !strcmp(opt, "--match")) {
		const struct module_def *md = module_find(arg);
		return md ? md->family : 0;
	}
	if (!strcmp(opt, "--icmpv6-type"))
		return 6;
	if (!strcmp(opt, "--icmp-type") || !strcmp(opt, "-f") || !strcmp(opt, "--fragment"))
		return 4;
	if (!strcmp(opt, "--reject-with")) {
		bool v4 = reject_with_ok(arg, 4), v6 = reject_with_ok(arg, 6);
		return v4 == v6 ? 0 : v4 ? 4 : 6;
	}
	return 0;
}

/* Family of a dump when the caller does not know it: ip6tables-save and
 * iptables-save write their name in the header; otherwise the first rule
 * word that only one of them takes tells: an address, an ICMP or ICMPv6
 * match, a module or a --reject-with of one family.  The arguments of
 * other options (a --comment, a --log-prefix) are text and tell nothing,
 * nor does a line marked -4 or -6, which is there for one family only.
 * Returns 0 when nothing tells: such a dump means the same to
 * iptables-restore and ip6tables-restore. */
static int detect_family(const char *buf, size_t len)
{
	size_t i = 0;
	while (i < len) {
		const char *line = buf + i;
		const char *nl = memchr(line, '\n', len - i);
		size_t n = nl ? (size_t)(nl - line) : len - i;
		i += n + 1;
		/* an empty line (nl == line); cppcheck 2.10 thinks n > 0 */
		/* cppcheck-suppress knownConditionTrueFalse */
		if (n == 0)
			continue;
		if (line[0] == '#') {
			char tmp[512];
			size_t m = n < sizeof tmp - 1 ? n : sizeof tmp - 1;
			memcpy(tmp, line, m);
			tmp[m] = '\0';
			if (strstr(tmp, "Generated by ip6tables-save"))
				return 6;
			if (strstr(tmp, "Generated by iptables-save"))
				return 4;
			continue;
		}
		if (line[0] != '-' && line[0] != '[')
			continue;
		const char *p = line, *end = line + n;
		char w[256], prev[256] = "";
		int fam = 0;
		while ((p = next_word(p, end, w, sizeof w))) {
			if (!strcmp(w, "-4") || !strcmp(w, "-6") || !strcmp(w, "--ipv4") ||
			    !strcmp(w, "--ipv6")) {
				fam = 0;
				break;
			}
			if (!fam && prev[0] == '-')
				fam = option_family(prev, w);
			if (!fam && (!strcmp(w, "-f") || !strcmp(w, "--fragment") ||
				     !strcmp(w, "--icmpv6-type") || !strcmp(w, "--icmp-type")))
				fam = option_family(w, "");
			if (strcmp(w, "!") != 0)
				memcpy(prev, w, sizeof prev);
		}
		if (fam)
			return fam;
	}
	return 0;
}

ir_ruleset *ipt_parse(const char *path, const char *buf, size_t len,
		      int family, diag_list *diags)
{
	for (size_t i = 1; i < sizeof core_opts / sizeof core_opts[0]; i++)
		if (opt_cmp(&core_opts[i - 1], &core_opts[i]) >= 0)
			abort(); /* core_opts must stay sorted */
	/* A UTF-8 byte order mark is not part of the first line. */
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {
		buf += 3;
		len -= 3;
	}
	if (family != 4 && family != 6)
		family = detect_family(buf, len);
	/* family 0: a dump that names no family filters packets of both, as
	 * it would once loaded by iptables-restore and by ip6tables-restore;
	 * its lines marked -4 or -6 become rules of that family. */

	struct ipt_ctx ctx;
	memset(&ctx, 0, sizeof ctx);
	ctx.rs = ir_ruleset_new(path, IR_FMT_IPTABLES, family);
	ctx.diags = diags;
	ctx.buf = buf;
	ctx.len = len;
	ctx.family = family;
	ctx.L.proto = -1;
	ipt_line_offset(&ctx, 1, 0);

	if (len > INT_MAX) {
		srcloc l = { ctx.rs->path, 1, 1, 1, 1 };
		diag_add(diags, DIAG_ERROR, CHECK_PARSE_ERROR, l,
			 "file is too large (more than %d bytes)", INT_MAX);
		return ctx.rs;
	}
	ipt_scan_and_parse(&ctx, ctx.rs->path, buf, len);

	line_free(&ctx.L);
	chains_free(ctx.rs);
	free(ctx.loff);
	arena_release(&ctx.arena);
	ir_ruleset_finish(ctx.rs);
	return ctx.rs;
}

ir_ruleset *ipt_parse_file(const char *path, int family, diag_list *diags)
{
	FILE *f = fopen(path, "rb");
	srcloc l = { path, 1, 1, 1, 1 };
	if (!f) {
		diag_add(diags, DIAG_ERROR, CHECK_PARSE_ERROR, l, "cannot open file: %s", strerror(errno));
		return NULL;
	}
	char *buf = NULL;
	size_t len = 0, cap = 0;
	for (;;) {
		buf = xgrow(buf, &cap, len + 65536, 1);
		size_t n = fread(buf + len, 1, cap - len, f);
		len += n;
		if (n == 0)
			break;
	}
	if (ferror(f)) {
		int e = errno;
		fclose(f);
		free(buf);
		diag_add(diags, DIAG_ERROR, CHECK_PARSE_ERROR, l, "cannot read file: %s", strerror(e));
		return NULL;
	}
	fclose(f);
	ir_ruleset *rs = ipt_parse(path, buf, len, family, diags);
	free(buf);
	return rs;
}
