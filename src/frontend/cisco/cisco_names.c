/* cisco_names.c - the names Cisco IOS and ASA accept for ports, protocols
 * and ICMP messages (cisco_names.h).
 *
 * These are Cisco's tables, not /etc/services or IANA's: the devices have
 * their own spellings ("www", "imap4", "pop3"), their own numbers where
 * they disagree with IANA ("kerberos" 750, "radius" 1645, "sqlnet" 1521 on
 * ASA), and some names exist only for TCP, only for UDP, or only on one of
 * IOS and ASA.  A name the device does not know is refused, so that the
 * front end can report the line as the device would.
 *
 * Sources, one per column of the tables below:
 *
 *   IOS  Cisco IOS Security Command Reference, "permit (IP)" /
 *        "access-list (IP extended)", Usage Guidelines: the TCP and UDP port
 *        names that "eq/neq/lt/gt/range" take, and the "icmp-message"
 *        names with the type and code each stands for; the same lists are
 *        the CLI's "?" help in "ip access-list extended" mode (IOS 12.4,
 *        15.x, IOS-XE), whose numbers are given in parentheses there
 *        ("www  World Wide Web (HTTP, 80)").  Seen in the Cisco IOS 12.1 IP
 *        Services command summary ("access-list (IP extended)"),
 *        cc/td/doc/product/software/ios121/121sup/121csum1/121csnp1/1sdip.htm.
 *   ASA  Cisco ASA Series General Operations CLI Configuration Guide,
 *        chapter "Addresses, Protocols, and Ports" (9.x:
 *        cisco.com/c/en/us/td/docs/security/asa/asa922/configuration/
 *        general/asa-922-general-config/ref-ports.html), sections
 *        "Protocols and Applications" (protocol literals and numbers),
 *        "TCP and UDP Ports" (literal, TCP or UDP, value) and "ICMP Types";
 *        its ancestor, the FWSM 2.3 command reference appendix "Port and
 *        Protocol Values" (cisco.com/en/US/docs/security/fwsm/fwsm23/
 *        command/reference/pvalues.html), lists the same TCP and UDP
 *        literal names and notes the non-IANA numbers (sqlnet 1521, radius
 *        1645/1646).
 *   Cross-check: Batfish, batfish/batfish,
 *        projects/batfish-common-protocol/.../datamodel/NamedPort.java (the
 *        numbers: KERBEROS 750, CIFS 3020, SECUREID_UDP 5510, CTIQBE 2748,
 *        LOTUSNOTES 1352, PCANYWHERE_DATA 5631 ...) and the ASA grammar's
 *        "port", "protocol" and "icmp_object_type" rules
 *        (grammar/cisco_asa/Asa_common.g4).  Batfish's grammar is the union
 *        of all Cisco dialects, so it says which names exist, not on which
 *        device or for which protocol.
 *
 * Where the two devices differ (from the tables above): "www" is TCP only
 * on IOS but TCP and UDP on ASA; "time" is TCP and UDP on IOS, UDP only on
 * ASA; "netbios-ss" (IOS, UDP 139) is "netbios-ssn" (ASA, TCP 139); IOS has
 * "non500-isakmp", "drip", "msrpc" and ASA does not.
 *
 * ASA's application names ("https", "ssh", "ldap", "ldaps", "imap4",
 * "sqlnet", "h323", "sip", "rtsp", ...) are not in IOS's classic list, but
 * issue 4 expects "ldap", "ldaps" and "imap4" in IOS ACLs and IOS-XE
 * releases have been adding names, so IOS accepts them too, for the
 * protocols and with the numbers ASA gives them (marked XIOS_*): a config
 * the device would refuse is accepted, rather than a valid one refused.
 * Where IOS has a name of its own, its own protocols and number win.
 */
#include "cisco_names.h"

#include <stddef.h>
#include <strings.h>

/* Which device accepts a port name for which protocol. */
enum {
	IOS_TCP = 1 << 0,
	IOS_UDP = 1 << 1,
	ASA_TCP = 1 << 2,
	ASA_UDP = 1 << 3,
	IOS_BOTH = IOS_TCP | IOS_UDP,
	ASA_BOTH = ASA_TCP | ASA_UDP,
	/* not in IOS's list: ASA's name, accepted on IOS (see above) */
	XIOS_TCP = IOS_TCP,
	XIOS_UDP = IOS_UDP,
	XIOS_BOTH = IOS_BOTH,
};

static const struct port_name {
	const char *name;
	unsigned short port;
	unsigned char where;
} port_names[] = {
	{ "aol", 5190, ASA_TCP | XIOS_TCP },
	{ "bgp", 179, IOS_TCP | ASA_TCP },
	{ "biff", 512, IOS_UDP | ASA_UDP },
	{ "bootpc", 68, IOS_UDP | ASA_UDP },
	{ "bootps", 67, IOS_UDP | ASA_UDP },
	{ "chargen", 19, IOS_TCP | ASA_TCP },
	{ "cifs", 3020, ASA_BOTH | XIOS_BOTH },
	{ "citrix-ica", 1494, ASA_TCP | XIOS_TCP },
	{ "cmd", 514, IOS_TCP | ASA_TCP }, /* rcmd; UDP 514 is syslog */
	{ "ctiqbe", 2748, ASA_TCP | XIOS_TCP },
	{ "daytime", 13, IOS_TCP | ASA_TCP },
	{ "diameter", 3868, ASA_TCP | XIOS_TCP }, /* ASA 9.5 and later */
	{ "discard", 9, IOS_BOTH | ASA_BOTH },
	{ "dnsix", 195, IOS_UDP | ASA_UDP },
	{ "domain", 53, IOS_BOTH | ASA_BOTH },
	{ "drip", 3949, IOS_TCP },
	{ "echo", 7, IOS_BOTH | ASA_BOTH },
	{ "exec", 512, IOS_TCP | ASA_TCP }, /* rexec; UDP 512 is biff */
	{ "finger", 79, IOS_TCP | ASA_TCP },
	{ "ftp", 21, IOS_TCP | ASA_TCP },
	{ "ftp-data", 20, IOS_TCP | ASA_TCP },
	{ "gopher", 70, IOS_TCP | ASA_TCP },
	{ "h323", 1720, ASA_TCP | XIOS_TCP },
	{ "hostname", 101, IOS_TCP | ASA_TCP },
	{ "http", 80, ASA_BOTH | XIOS_BOTH },
	{ "https", 443, ASA_TCP | XIOS_TCP },
	{ "ident", 113, IOS_TCP | ASA_TCP },
	{ "imap4", 143, ASA_TCP | XIOS_TCP },
	{ "irc", 194, IOS_TCP | ASA_TCP },
	{ "isakmp", 500, IOS_UDP | ASA_UDP },
	{ "kerberos", 750, ASA_BOTH | XIOS_BOTH }, /* not IANA's 88 */
	{ "klogin", 543, IOS_TCP | ASA_TCP },
	{ "kshell", 544, IOS_TCP | ASA_TCP },
	{ "ldap", 389, ASA_TCP | XIOS_TCP },
	{ "ldaps", 636, ASA_TCP | XIOS_TCP },
	{ "login", 513, IOS_TCP | ASA_TCP }, /* rlogin; UDP 513 is who */
	{ "lotusnotes", 1352, ASA_TCP | XIOS_TCP },
	{ "lpd", 515, IOS_TCP | ASA_TCP },
	{ "mobile-ip", 434, IOS_UDP | ASA_UDP },
	{ "msrpc", 135, IOS_TCP },
	{ "nameserver", 42, IOS_UDP | ASA_UDP },
	{ "netbios-dgm", 138, IOS_UDP | ASA_UDP },
	{ "netbios-ns", 137, IOS_UDP | ASA_UDP },
	{ "netbios-ss", 139, IOS_UDP },
	{ "netbios-ssn", 139, ASA_TCP | XIOS_TCP },
	{ "nfs", 2049, ASA_BOTH | XIOS_BOTH },
	{ "nntp", 119, IOS_TCP | ASA_TCP },
	{ "non500-isakmp", 4500, IOS_UDP },
	{ "ntp", 123, IOS_UDP | ASA_UDP },
	{ "pcanywhere-data", 5631, ASA_TCP | XIOS_TCP },
	{ "pcanywhere-status", 5632, ASA_UDP | XIOS_UDP },
	{ "pim-auto-rp", 496, IOS_BOTH | ASA_BOTH },
	{ "pop2", 109, IOS_TCP | ASA_TCP },
	{ "pop3", 110, IOS_TCP | ASA_TCP },
	{ "pptp", 1723, ASA_TCP | XIOS_TCP },
	{ "radius", 1645, ASA_UDP | XIOS_UDP }, /* not IANA's 1812 */
	{ "radius-acct", 1646, ASA_UDP | XIOS_UDP }, /* not IANA's 1813 */
	{ "rip", 520, IOS_UDP | ASA_UDP },
	{ "rsh", 514, ASA_TCP | XIOS_TCP },
	{ "rtsp", 554, ASA_TCP | XIOS_TCP },
	{ "secureid-udp", 5510, ASA_UDP | XIOS_UDP },
	{ "sip", 5060, ASA_BOTH | XIOS_BOTH },
	{ "smtp", 25, IOS_TCP | ASA_TCP },
	{ "snmp", 161, IOS_UDP | ASA_UDP },
	{ "snmptrap", 162, IOS_UDP | ASA_UDP },
	{ "sqlnet", 1521, ASA_TCP | XIOS_TCP }, /* Oracle's, not IANA's 66 */
	{ "ssh", 22, ASA_TCP | XIOS_TCP },
	{ "sunrpc", 111, IOS_BOTH | ASA_BOTH },
	{ "syslog", 514, IOS_UDP | ASA_UDP },
	{ "tacacs", 49, IOS_BOTH | ASA_BOTH },
	{ "talk", 517, IOS_BOTH | ASA_BOTH },
	{ "telnet", 23, IOS_TCP | ASA_TCP },
	{ "tftp", 69, IOS_UDP | ASA_UDP },
	{ "time", 37, IOS_BOTH | ASA_UDP },
	{ "uucp", 540, IOS_TCP | ASA_TCP },
	{ "vxlan", 4789, ASA_UDP | XIOS_UDP },
	{ "who", 513, IOS_UDP | ASA_UDP },
	{ "whois", 43, IOS_TCP | ASA_TCP },
	{ "www", 80, IOS_TCP | ASA_BOTH },
	{ "xdmcp", 177, IOS_UDP | ASA_UDP },
};

bool cisco_port_name(const char *name, int proto, bool asa, unsigned *port)
{
	unsigned tcp = asa ? ASA_TCP : IOS_TCP, udp = asa ? ASA_UDP : IOS_UDP;
	unsigned need;
	switch (proto) {
	case 6:
		need = tcp;
		break;
	case 17:
		need = udp;
		break;
	case 0: /* tcp-udp: the same number for both */
		need = tcp | udp;
		break;
	default:
		return false;
	}
	if (!name)
		return false;
	for (size_t i = 0; i < sizeof port_names / sizeof port_names[0]; i++)
		if (strcasecmp(port_names[i].name, name) == 0) {
			if ((port_names[i].where & need) != need)
				return false;
			if (port)
				*port = port_names[i].port;
			return true;
		}
	return false;
}

/* Protocol keywords.  IOS: "permit ?" in an extended ACL (ahp, eigrp,
 * esp, gre, icmp, igmp, ip, ipinip, nos, ospf, pcp, pim, tcp, udp; sctp
 * on releases with SCTP ACLs).  ASA: "Protocols and Applications" (ah,
 * eigrp, esp, gre, icmp, icmp6, igmp, igrp, ip, ipinip, ipsec = esp, nos,
 * ospf, pcp, pim, pptp = gre, snp, tcp, udp; sctp from 9.5). */
enum { ON_IOS = 1, ON_ASA = 2, ON_BOTH = 3 };

static const struct proto_name {
	const char *name;
	short proto; /* -1: every protocol */
	unsigned char where;
} proto_names[] = {
	{ "ah", 51, ON_ASA },
	{ "ahp", 51, ON_IOS },
	{ "eigrp", 88, ON_BOTH },
	{ "esp", 50, ON_BOTH },
	{ "gre", 47, ON_BOTH },
	{ "icmp", 1, ON_BOTH },
	{ "icmp6", 58, ON_BOTH },
	{ "igmp", 2, ON_BOTH },
	{ "igrp", 9, ON_ASA },
	{ "ip", -1, ON_BOTH },
	{ "ipinip", 4, ON_BOTH },
	{ "ipsec", 50, ON_ASA },
	{ "ipv6-icmp", 58, ON_BOTH },
	{ "nos", 94, ON_BOTH },
	{ "ospf", 89, ON_BOTH },
	{ "pcp", 108, ON_BOTH },
	{ "pim", 103, ON_BOTH },
	{ "pptp", 47, ON_ASA },
	{ "sctp", 132, ON_BOTH },
	{ "snp", 109, ON_ASA },
	{ "tcp", 6, ON_BOTH },
	{ "udp", 17, ON_BOTH },
};

bool cisco_proto_name(const char *name, bool asa, int *proto)
{
	if (!name || !*name)
		return false;
	if (name[0] >= '0' && name[0] <= '9') {
		unsigned v = 0;
		for (const char *p = name; *p; p++) {
			if (*p < '0' || *p > '9')
				return false;
			v = v * 10 + (unsigned)(*p - '0');
			if (v > 255)
				return false;
		}
		if (proto)
			*proto = (int)v;
		return true;
	}
	unsigned need = asa ? ON_ASA : ON_IOS;
	for (size_t i = 0; i < sizeof proto_names / sizeof proto_names[0]; i++)
		if (strcasecmp(proto_names[i].name, name) == 0) {
			if (!(proto_names[i].where & need))
				return false;
			if (proto)
				*proto = proto_names[i].proto;
			return true;
		}
	return false;
}

/* ICMP messages.  IOS names a type (every code) or a type and code
 * ("icmp-message" in "permit (IP)"); ASA names types only ("ICMP Types":
 * 0, 3-6, 8-18, 30-32).  Codes are RFC 792's, RFC 1812's (3/13-3/15) and
 * RFC 1122's (3/6-3/12). */
static const struct icmp_name {
	const char *name;
	short type, code;
	unsigned char where;
} icmp_names[] = {
	{ "administratively-prohibited", 3, 13, ON_IOS },
	{ "alternate-address", 6, -1, ON_BOTH },
	{ "conversion-error", 31, -1, ON_BOTH },
	{ "dod-host-prohibited", 3, 10, ON_IOS },
	{ "dod-net-prohibited", 3, 9, ON_IOS },
	{ "echo", 8, -1, ON_BOTH },
	{ "echo-reply", 0, -1, ON_BOTH },
	{ "general-parameter-problem", 12, 0, ON_IOS },
	{ "host-isolated", 3, 8, ON_IOS },
	{ "host-precedence-unreachable", 3, 14, ON_IOS },
	{ "host-redirect", 5, 1, ON_IOS },
	{ "host-tos-redirect", 5, 3, ON_IOS },
	{ "host-tos-unreachable", 3, 12, ON_IOS },
	{ "host-unknown", 3, 7, ON_IOS },
	{ "host-unreachable", 3, 1, ON_IOS },
	{ "information-reply", 16, -1, ON_BOTH },
	{ "information-request", 15, -1, ON_BOTH },
	{ "mask-reply", 18, -1, ON_BOTH },
	{ "mask-request", 17, -1, ON_BOTH },
	{ "mobile-redirect", 32, -1, ON_BOTH },
	{ "net-redirect", 5, 0, ON_IOS },
	{ "net-tos-redirect", 5, 2, ON_IOS },
	{ "net-tos-unreachable", 3, 11, ON_IOS },
	{ "net-unreachable", 3, 0, ON_IOS },
	{ "network-unknown", 3, 6, ON_IOS },
	{ "no-room-for-option", 12, 2, ON_IOS },
	{ "option-missing", 12, 1, ON_IOS },
	{ "packet-too-big", 3, 4, ON_IOS }, /* fragmentation needed and DF set */
	{ "parameter-problem", 12, -1, ON_BOTH },
	{ "port-unreachable", 3, 3, ON_IOS },
	{ "precedence-unreachable", 3, 15, ON_IOS },
	{ "protocol-unreachable", 3, 2, ON_IOS },
	{ "reassembly-timeout", 11, 1, ON_IOS },
	{ "redirect", 5, -1, ON_BOTH },
	{ "router-advertisement", 9, -1, ON_BOTH },
	{ "router-solicitation", 10, -1, ON_BOTH },
	{ "source-quench", 4, -1, ON_BOTH },
	{ "source-route-failed", 3, 5, ON_IOS },
	{ "time-exceeded", 11, -1, ON_BOTH },
	{ "timestamp-reply", 14, -1, ON_BOTH },
	{ "timestamp-request", 13, -1, ON_BOTH },
	{ "traceroute", 30, -1, ON_BOTH },
	{ "ttl-exceeded", 11, 0, ON_IOS },
	{ "unreachable", 3, -1, ON_BOTH },
};

/* The entry of table t (n entries) named name, if the platform `need`
 * knows it: its type and code. */
static bool icmp_lookup(const struct icmp_name *t, size_t n, const char *name, unsigned need,
			int *type, int *code)
{
	if (!name)
		return false;
	for (size_t i = 0; i < n; i++)
		if (strcasecmp(t[i].name, name) == 0) {
			if (!(t[i].where & need))
				return false;
			if (type)
				*type = t[i].type;
			if (code)
				*code = t[i].code;
			return true;
		}
	return false;
}

bool cisco_icmp_name(const char *name, bool asa, int *type, int *code)
{
	return icmp_lookup(icmp_names, sizeof icmp_names / sizeof icmp_names[0], name,
			   asa ? ON_ASA : ON_IOS, type, code);
}

/* ICMPv6 messages in an IOS IPv6 access list ("permit icmp ... ICMP-MESSAGE",
 * IOS IPv6 Command Reference "permit (IPv6)"): types and codes of RFC 4443
 * (1-4, 128-129), RFC 4861 (133-137), RFC 2710 (130-132), RFC 2894 (138).
 * A code of -1: every code. */
static const struct icmp_name icmp6_names[] = {
	{ "beyond-scope", 1, 2, ON_IOS },
	{ "destination-unreachable", 1, -1, ON_IOS },
	{ "echo-reply", 129, -1, ON_IOS },
	{ "echo-request", 128, -1, ON_IOS },
	{ "header", 4, -1, ON_IOS },
	{ "hop-limit", 3, 0, ON_IOS },
	{ "mld-query", 130, -1, ON_IOS },
	{ "mld-reduction", 132, -1, ON_IOS },
	{ "mld-report", 131, -1, ON_IOS },
	{ "nd-na", 136, -1, ON_IOS },
	{ "nd-ns", 135, -1, ON_IOS },
	{ "next-header", 4, 1, ON_IOS },
	{ "no-admin", 1, 1, ON_IOS },
	{ "no-route", 1, 0, ON_IOS },
	{ "packet-too-big", 2, -1, ON_IOS },
	{ "parameter-option", 4, 2, ON_IOS },
	{ "parameter-problem", 4, -1, ON_IOS },
	{ "port-unreachable", 1, 4, ON_IOS },
	{ "reassembly-timeout", 3, 1, ON_IOS },
	{ "redirect", 137, -1, ON_IOS },
	{ "router-advertisement", 134, -1, ON_IOS },
	{ "router-renumbering", 138, -1, ON_IOS },
	{ "router-solicitation", 133, -1, ON_IOS },
	{ "time-exceeded", 3, -1, ON_IOS },
	{ "unreachable", 1, -1, ON_IOS },
};

bool cisco_icmp6_name(const char *name, int *type, int *code)
{
	return icmp_lookup(icmp6_names, sizeof icmp6_names / sizeof icmp6_names[0], name, ON_IOS,
			   type, code);
}
