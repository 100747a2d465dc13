/* ipt_names.c - what iptables knows by name: tables and their built-in
 * chains, targets, match modules, and the options of each (iptables(8),
 * iptables-extensions(8)).  Only the lookups are visible (ipt_int.h). */
#include "ipt_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct table_def table_defs[] = {
	/* iptables(8), TABLES */
	{ "filter", TB_FILTER, { "INPUT", "FORWARD", "OUTPUT" } },
	{ "nat", TB_NAT, { "PREROUTING", "INPUT", "OUTPUT", "POSTROUTING" } },
	{ "mangle", TB_MANGLE, { "PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING" } },
	{ "raw", TB_RAW, { "PREROUTING", "OUTPUT" } },
	{ "security", TB_SECURITY, { "INPUT", "FORWARD", "OUTPUT" } },
};

const struct table_def *ipt_table_def_find(const char *name)
{
	for (size_t i = 0; i < sizeof table_defs / sizeof table_defs[0]; i++)
		if (strcmp(table_defs[i].name, name) == 0)
			return &table_defs[i];
	return NULL;
}

bool ipt_is_builtin(const struct table_def *td, const char *chain)
{
	for (size_t i = 0; td && i < 6 && td->builtin[i]; i++)
		if (strcmp(td->builtin[i], chain) == 0)
			return true;
	return false;
}

/* "'filter' or 'nat'": the tables of bits, for a message. */
void ipt_table_names(unsigned bits, char *out, size_t size)
{
	*out = '\0';
	for (size_t i = 0; i < sizeof table_defs / sizeof table_defs[0]; i++)
		if (bits & table_defs[i].bit)
			snprintf(out + strlen(out), size - strlen(out), "%s'%s'",
				 *out ? " or " : "", table_defs[i].name);
}

/* The targets fwlint knows (see struct target_def). */
static const struct target_def targets[] = {
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

const struct target_def *ipt_target_find(const char *name)
{
	for (size_t i = 0; i < sizeof targets / sizeof targets[0]; i++)
		if (targets[i].name[0] == name[0] && strcmp(targets[i].name, name) == 0)
			return &targets[i];
	return NULL;
}

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
	/* long options, sorted by strcmp() for bsearch() (ipt_names_check()) */
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
	/* iptables-extensions(8), conntrack: every option is its own */
	{ "--ctstate", M_CTSTATE, 1, 1, true }, { "--ctproto", M_CTPROTO, 1, 1, true },
	{ "--ctorigsrc", M_CTORIGSRC, 1, 1, true }, { "--ctorigdst", M_CTORIGDST, 1, 1, true },
	{ "--ctreplsrc", M_CTREPLSRC, 1, 1, true }, { "--ctrepldst", M_CTREPLDST, 1, 1, true },
	{ "--ctorigsrcport", M_CTORIGSRCPORT, 1, 1, true },
	{ "--ctorigdstport", M_CTORIGDSTPORT, 1, 1, true },
	{ "--ctreplsrcport", M_CTREPLSRCPORT, 1, 1, true },
	{ "--ctrepldstport", M_CTREPLDSTPORT, 1, 1, true },
	{ "--ctstatus", M_CTSTATUS, 1, 1, true }, { "--ctexpire", M_CTEXPIRE, 1, 1, true },
	{ "--ctdir", M_CTDIR, 1, 1, false }, { NULL, O_NONE, 0, 0, false },
};
static const struct opt_def mark_opts[] = {
	/* iptables-extensions(8), mark: [!] --mark value[/mask] */
	{ "--mark", M_MARK, 1, 1, true }, { NULL, O_NONE, 0, 0, false },
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

/* iptables-extensions(8), MARK (libxt_MARK.c, revision 2) */
static const struct opt_def mark_target_opts[] = {
	{ "--set-xmark", T_MARK, 1, 1, false }, { "--set-mark", T_MARK, 1, 1, false },
	{ "--and-mark", T_MARK, 1, 1, false }, { "--or-mark", T_MARK, 1, 1, false },
	{ "--xor-mark", T_MARK, 1, 1, false }, { NULL, O_NONE, 0, 0, false },
};

/* iptables-extensions(8): DNAT, SNAT, MASQUERADE, REDIRECT, NETMAP, CT */
static const struct opt_def dnat_opts[] = {
	{ "--to-destination", T_TODEST, 1, 1, false }, { "--random", T_NATFLAG, 0, 0, false },
	{ "--persistent", T_NATFLAG, 0, 0, false }, { NULL, O_NONE, 0, 0, false },
};
static const struct opt_def snat_opts[] = {
	{ "--to-source", T_TOSRC, 1, 1, false }, { "--random", T_NATFLAG, 0, 0, false },
	{ "--random-fully", T_NATFLAG, 0, 0, false }, { "--persistent", T_NATFLAG, 0, 0, false },
	{ NULL, O_NONE, 0, 0, false },
};
static const struct opt_def ports_opts[] = {
	{ "--to-ports", T_TOPORTS, 1, 1, false }, { "--random", T_NATFLAG, 0, 0, false },
	{ "--random-fully", T_NATFLAG, 0, 0, false }, { NULL, O_NONE, 0, 0, false },
};
static const struct opt_def netmap_opts[] = {
	{ "--to", T_TONET, 1, 1, false }, { NULL, O_NONE, 0, 0, false },
};
static const struct opt_def ct_opts[] = {
	{ "--notrack", T_NOTRACK, 0, 0, false }, { "--helper", T_CTOTHER, 1, 1, false },
	{ "--ctevents", T_CTOTHER, 1, 1, false }, { "--expevents", T_CTOTHER, 1, 1, false },
	{ "--zone", T_CTOTHER, 1, 1, false }, { "--zone-orig", T_CTOTHER, 1, 1, false },
	{ "--zone-reply", T_CTOTHER, 1, 1, false }, { "--timeout", T_CTOTHER, 1, 1, false },
	{ NULL, O_NONE, 0, 0, false },
};

/* iptables-extensions(8), CONNMARK: only --restore-mark changes the
 * packet's mark */
static const struct opt_def connmark_opts[] = {
	{ "--set-xmark", T_CTOTHER, 1, 1, false }, { "--save-mark", T_CTOTHER, 0, 0, false },
	{ "--restore-mark", T_RESTOREMARK, 0, 0, false }, { "--and-mark", T_CTOTHER, 1, 1, false },
	{ "--or-mark", T_CTOTHER, 1, 1, false }, { "--xor-mark", T_CTOTHER, 1, 1, false },
	{ "--set-mark", T_CTOTHER, 1, 1, false }, { "--nfmask", T_CTOTHER, 1, 1, false },
	{ "--ctmask", T_CTOTHER, 1, 1, false }, { "--mask", T_CTOTHER, 1, 1, false },
	{ NULL, O_NONE, 0, 0, false },
};

/* The options of the targets that fwlint reads; the others' options are
 * taken as written. */
const struct opt_def *ipt_target_opts(const char *target)
{
	if (!target)
		return NULL;
	if (strcmp(target, "REJECT") == 0)
		return reject_opts;
	if (strcmp(target, "LOG") == 0)
		return log_opts;
	if (strcmp(target, "MARK") == 0)
		return mark_target_opts;
	if (strcmp(target, "DNAT") == 0)
		return dnat_opts;
	if (strcmp(target, "SNAT") == 0)
		return snat_opts;
	if (strcmp(target, "MASQUERADE") == 0 || strcmp(target, "REDIRECT") == 0)
		return ports_opts;
	if (strcmp(target, "NETMAP") == 0)
		return netmap_opts;
	if (strcmp(target, "CT") == 0)
		return ct_opts;
	if (strcmp(target, "CONNMARK") == 0)
		return connmark_opts;
	return NULL;
}

/* The match modules fwlint knows (see struct module_def). */
static const struct module_def modules[] = {
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
	{ "mark", 0, 0, mark_opts }, { "mh", 0, 6, NULL }, { "nfacct", 0, 0, NULL },
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

const struct module_def *ipt_module_find(const char *name)
{
	for (size_t i = 0; i < sizeof modules / sizeof modules[0]; i++)
		if (modules[i].name[0] == name[0] && strcmp(modules[i].name, name) == 0)
			return &modules[i];
	return NULL;
}

/* The module iptables loads by itself for "-p NAME" when it meets an
 * option it does not know yet (iptables(8): "-p ... a match extension of
 * that name is loaded implicitly"). */
const struct module_def *ipt_implicit_module(int proto, int family)
{
	switch (proto) {
	case PROTO_TCP: return ipt_module_find("tcp");
	case PROTO_UDP: return ipt_module_find("udp");
	case PROTO_SCTP: return ipt_module_find("sctp");
	case PROTO_DCCP: return ipt_module_find("dccp");
	case PROTO_ICMP: return family != 6 ? ipt_module_find("icmp") : NULL;
	case PROTO_ICMPV6: return family != 4 ? ipt_module_find("icmp6") : NULL;
	case 50: return ipt_module_find("esp");
	case 51: return ipt_module_find("ah");
	}
	return NULL;
}

/* Core options are looked up once per option of every rule: the table is
 * sorted for bsearch. */
static int opt_cmp(const void *a, const void *b)
{
	return strcmp(((const struct opt_def *)a)->name, ((const struct opt_def *)b)->name);
}

const struct opt_def *ipt_core_find(const char *name)
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

const struct opt_def *ipt_opts_find(const struct opt_def *t, const char *name)
{
	for (; t && t->name; t++)
		if (t->name[2] == name[2] && strcmp(t->name, name) == 0)
			return t;
	return NULL;
}

void ipt_names_check(void)
{
	for (size_t i = 1; i < sizeof core_opts / sizeof core_opts[0]; i++)
		if (opt_cmp(&core_opts[i - 1], &core_opts[i]) >= 0)
			abort(); /* core_opts must stay sorted */
}
