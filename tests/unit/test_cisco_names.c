/* test_cisco_names.c - Cisco's port, protocol and ICMP names
 * (src/frontend/cisco/cisco_names.c): the numbers of Cisco's tables, the names that exist
 * only for TCP or only for UDP, and the differences between IOS and ASA.
 */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <criterion/parameterized.h>
#include <string.h>

#include "cisco_names.h"

enum { TCP = 6, UDP = 17, TCP_UDP = 0 };
enum { IOS = 0, ASA = 1, BOTH = 2 };

/* Parameters are copied into the test's process: arrays, not pointers. */
typedef struct {
	char name[24];
	int proto;
	int dev; /* IOS, ASA or BOTH */
	unsigned port;
} port_case;

ParameterizedTestParameters(cisco_names, ports)
{
	static port_case cases[] = {
		/* issue 4's list; ASA's names are accepted on IOS too
		 * (src/frontend/cisco/cisco_names.c) */
		{ "www", TCP, BOTH, 80 },
		{ "pop3", TCP, BOTH, 110 },
		{ "ldap", TCP, BOTH, 389 },
		{ "nntp", TCP, BOTH, 119 },
		{ "smtp", TCP, BOTH, 25 },
		{ "ldaps", TCP, BOTH, 636 },
		{ "imap4", TCP, BOTH, 143 },
		/* TCP names */
		{ "bgp", TCP, BOTH, 179 },
		{ "telnet", TCP, BOTH, 23 },
		{ "ftp", TCP, BOTH, 21 },
		{ "ftp-data", TCP, BOTH, 20 },
		{ "cmd", TCP, BOTH, 514 },
		{ "exec", TCP, BOTH, 512 },
		{ "login", TCP, BOTH, 513 },
		{ "lpd", TCP, BOTH, 515 },
		{ "pop2", TCP, BOTH, 109 },
		{ "chargen", TCP, BOTH, 19 },
		{ "daytime", TCP, BOTH, 13 },
		{ "hostname", TCP, BOTH, 101 },
		{ "ident", TCP, BOTH, 113 },
		{ "irc", TCP, BOTH, 194 },
		{ "klogin", TCP, BOTH, 543 },
		{ "kshell", TCP, BOTH, 544 },
		{ "uucp", TCP, BOTH, 540 },
		{ "whois", TCP, BOTH, 43 },
		{ "https", TCP, BOTH, 443 },
		{ "ssh", TCP, BOTH, 22 },
		{ "citrix-ica", TCP, BOTH, 1494 },
		{ "ctiqbe", TCP, BOTH, 2748 },
		{ "h323", TCP, BOTH, 1720 },
		{ "lotusnotes", TCP, BOTH, 1352 },
		{ "netbios-ssn", TCP, BOTH, 139 },
		{ "pcanywhere-data", TCP, BOTH, 5631 },
		{ "pptp", TCP, BOTH, 1723 },
		{ "rsh", TCP, BOTH, 514 },
		{ "rtsp", TCP, BOTH, 554 },
		{ "sqlnet", TCP, BOTH, 1521 },
		{ "kerberos", TCP, BOTH, 750 },
		{ "sip", TCP, BOTH, 5060 },
		/* UDP names */
		{ "snmp", UDP, BOTH, 161 },
		{ "snmptrap", UDP, BOTH, 162 },
		{ "syslog", UDP, BOTH, 514 },
		{ "tftp", UDP, BOTH, 69 },
		{ "ntp", UDP, BOTH, 123 },
		{ "bootps", UDP, BOTH, 67 },
		{ "bootpc", UDP, BOTH, 68 },
		{ "netbios-ns", UDP, BOTH, 137 },
		{ "netbios-dgm", UDP, BOTH, 138 },
		{ "rip", UDP, BOTH, 520 },
		{ "isakmp", UDP, BOTH, 500 },
		{ "biff", UDP, BOTH, 512 },
		{ "mobile-ip", UDP, BOTH, 434 },
		{ "nameserver", UDP, BOTH, 42 },
		{ "who", UDP, BOTH, 513 },
		{ "xdmcp", UDP, BOTH, 177 },
		{ "radius", UDP, BOTH, 1645 },
		{ "radius-acct", UDP, BOTH, 1646 },
		{ "secureid-udp", UDP, BOTH, 5510 },
		{ "non500-isakmp", UDP, IOS, 4500 },
		{ "netbios-ss", UDP, IOS, 139 },
		/* both */
		{ "domain", TCP, BOTH, 53 },
		{ "domain", UDP, BOTH, 53 },
		{ "domain", TCP_UDP, BOTH, 53 },
		{ "sunrpc", TCP_UDP, BOTH, 111 },
		{ "www", UDP, ASA, 80 },
		{ "www", TCP_UDP, ASA, 80 },
		{ "time", TCP, IOS, 37 },
		{ "time", UDP, BOTH, 37 },
		/* case does not matter */
		{ "WWW", TCP, BOTH, 80 },
		{ "Domain", UDP, BOTH, 53 },
	};
	return cr_make_param_array(port_case, cases, sizeof cases / sizeof cases[0]);
}

ParameterizedTest(port_case *c, cisco_names, ports)
{
	for (int asa = 0; asa <= 1; asa++) {
		unsigned port = 12345;
		bool want = c->dev == BOTH || c->dev == asa;
		bool got = cisco_port_name(c->name, c->proto, asa, &port);
		cr_expect(eq(int, got, want), "%s/%d on %s", c->name, c->proto,
			  asa ? "ASA" : "IOS");
		if (want && got)
			cr_expect(eq(uint, port, c->port), "%s/%d on %s", c->name,
				  c->proto, asa ? "ASA" : "IOS");
	}
}

/* A TCP name is not a UDP name and the reverse, on both devices. */
Test(cisco_names, tcp_only_and_udp_only)
{
	static const char *tcp_only[] = { "www", "bgp", "smtp", "pop3", "nntp", "telnet",
					  "ftp", "ftp-data", "cmd", "exec", "login",
					  "lpd", "klogin", "kshell", "uucp", "whois" };
	static const char *udp_only[] = { "snmp", "snmptrap", "syslog", "tftp", "ntp",
					  "bootps", "bootpc", "rip", "isakmp", "biff",
					  "who", "xdmcp", "netbios-ns", "netbios-dgm" };
	static const char *asa_tcp_only[] = { "ldap", "ldaps", "imap4", "https", "ssh",
					      "h323", "sqlnet", "netbios-ssn", "rsh" };
	static const char *asa_udp_only[] = { "radius", "radius-acct", "secureid-udp",
					      "pcanywhere-status", "time" };
	unsigned port;
	for (size_t i = 0; i < sizeof tcp_only / sizeof *tcp_only; i++) {
		cr_expect(not(cisco_port_name(tcp_only[i], UDP, false, &port)), "%s", tcp_only[i]);
		cr_expect(not(cisco_port_name(tcp_only[i], TCP_UDP, false, &port)), "%s",
			  tcp_only[i]);
		if (strcmp(tcp_only[i], "www") != 0) /* ASA: www is TCP and UDP */
			cr_expect(not(cisco_port_name(tcp_only[i], UDP, true, &port)), "%s",
				  tcp_only[i]);
	}
	for (size_t i = 0; i < sizeof udp_only / sizeof *udp_only; i++) {
		cr_expect(not(cisco_port_name(udp_only[i], TCP, false, &port)), "%s", udp_only[i]);
		cr_expect(not(cisco_port_name(udp_only[i], TCP, true, &port)), "%s", udp_only[i]);
		cr_expect(not(cisco_port_name(udp_only[i], TCP_UDP, true, &port)), "%s",
			  udp_only[i]);
	}
	for (size_t i = 0; i < sizeof asa_tcp_only / sizeof *asa_tcp_only; i++)
		for (int asa = 0; asa <= 1; asa++)
			cr_expect(not(cisco_port_name(asa_tcp_only[i], UDP, asa, &port)), "%s",
				  asa_tcp_only[i]);
	for (size_t i = 0; i < sizeof asa_udp_only / sizeof *asa_udp_only; i++)
		cr_expect(not(cisco_port_name(asa_udp_only[i], TCP, true, &port)), "%s",
			  asa_udp_only[i]);
}

Test(cisco_names, unknown_ports)
{
	unsigned port = 7;
	cr_expect(not(cisco_port_name("http-alt", TCP, true, &port)));
	cr_expect(not(cisco_port_name("dns", UDP, false, &port))); /* "domain" */
	cr_expect(not(cisco_port_name("80", TCP, false, &port)));  /* numbers are the parser's */
	cr_expect(not(cisco_port_name("", TCP, false, &port)));
	cr_expect(not(cisco_port_name(NULL, TCP, false, &port)));
	cr_expect(not(cisco_port_name("www", 1, true, &port)));    /* icmp has no ports */
	cr_expect(eq(uint, port, 7), "untouched on failure");
	cr_expect(cisco_port_name("smtp", TCP, false, NULL), "a NULL out-parameter is allowed");
}

Test(cisco_names, protocols)
{
	static const struct {
		const char *name;
		int dev, proto;
	} cases[] = {
		{ "ip", BOTH, -1 },    { "tcp", BOTH, 6 },     { "udp", BOTH, 17 },
		{ "icmp", BOTH, 1 },   { "gre", BOTH, 47 },    { "esp", BOTH, 50 },
		{ "ahp", IOS, 51 },    { "ah", ASA, 51 },      { "eigrp", BOTH, 88 },
		{ "ospf", BOTH, 89 },  { "pim", BOTH, 103 },   { "igmp", BOTH, 2 },
		{ "igrp", ASA, 9 },    { "ipinip", BOTH, 4 },  { "nos", BOTH, 94 },
		{ "pcp", BOTH, 108 },  { "snp", ASA, 109 },    { "ipsec", ASA, 50 },
		{ "pptp", ASA, 47 },   { "sctp", BOTH, 132 },  { "icmp6", BOTH, 58 },
		{ "ipv6-icmp", BOTH, 58 }, { "TCP", BOTH, 6 }, { "Ip", BOTH, -1 },
		{ "0", BOTH, 0 },      { "17", BOTH, 17 },     { "255", BOTH, 255 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		for (int asa = 0; asa <= 1; asa++) {
			int proto = 999;
			bool want = cases[i].dev == BOTH || cases[i].dev == asa;
			bool got = cisco_proto_name(cases[i].name, asa, &proto);
			cr_expect(eq(int, got, want), "%s on %s", cases[i].name,
				  asa ? "ASA" : "IOS");
			if (want && got)
				cr_expect(eq(int, proto, cases[i].proto), "%s", cases[i].name);
		}
	int proto;
	cr_expect(not(cisco_proto_name("256", false, &proto)));
	cr_expect(not(cisco_proto_name("1000", true, &proto)));
	cr_expect(not(cisco_proto_name("6x", false, &proto)));
	cr_expect(not(cisco_proto_name("-1", false, &proto)));
	cr_expect(not(cisco_proto_name("", false, &proto)));
	cr_expect(not(cisco_proto_name("tcp-udp", true, &proto)));
	cr_expect(not(cisco_proto_name("www", true, &proto)));
}

Test(cisco_names, icmp)
{
	static const struct {
		const char *name;
		int dev, type, code;
	} cases[] = {
		{ "echo", BOTH, 8, -1 },
		{ "echo-reply", BOTH, 0, -1 },
		{ "unreachable", BOTH, 3, -1 },
		{ "time-exceeded", BOTH, 11, -1 },
		{ "parameter-problem", BOTH, 12, -1 },
		{ "source-quench", BOTH, 4, -1 },
		{ "redirect", BOTH, 5, -1 },
		{ "alternate-address", BOTH, 6, -1 },
		{ "router-advertisement", BOTH, 9, -1 },
		{ "router-solicitation", BOTH, 10, -1 },
		{ "timestamp-request", BOTH, 13, -1 },
		{ "timestamp-reply", BOTH, 14, -1 },
		{ "information-request", BOTH, 15, -1 },
		{ "information-reply", BOTH, 16, -1 },
		{ "mask-request", BOTH, 17, -1 },
		{ "mask-reply", BOTH, 18, -1 },
		{ "traceroute", BOTH, 30, -1 },
		{ "conversion-error", BOTH, 31, -1 },
		{ "mobile-redirect", BOTH, 32, -1 },
		/* IOS names a type and a code; ASA only types */
		{ "net-unreachable", IOS, 3, 0 },
		{ "host-unreachable", IOS, 3, 1 },
		{ "protocol-unreachable", IOS, 3, 2 },
		{ "port-unreachable", IOS, 3, 3 },
		{ "packet-too-big", IOS, 3, 4 },
		{ "administratively-prohibited", IOS, 3, 13 },
		{ "ttl-exceeded", IOS, 11, 0 },
		{ "reassembly-timeout", IOS, 11, 1 },
		{ "host-redirect", IOS, 5, 1 },
		{ "option-missing", IOS, 12, 1 },
		{ "Echo-Reply", BOTH, 0, -1 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		for (int asa = 0; asa <= 1; asa++) {
			int type = 999, code = 999;
			bool want = cases[i].dev == BOTH || cases[i].dev == asa;
			bool got = cisco_icmp_name(cases[i].name, asa, &type, &code);
			cr_expect(eq(int, got, want), "%s on %s", cases[i].name,
				  asa ? "ASA" : "IOS");
			if (want && got) {
				cr_expect(eq(int, type, cases[i].type), "%s", cases[i].name);
				cr_expect(eq(int, code, cases[i].code), "%s", cases[i].name);
			}
		}
	int type, code;
	cr_expect(not(cisco_icmp_name("echo-request", false, &type, &code))); /* pf's */
	cr_expect(not(cisco_icmp_name("fragmentation-needed", false, &type, &code)));
	cr_expect(not(cisco_icmp_name("8", false, &type, &code)));
	cr_expect(not(cisco_icmp_name(NULL, true, &type, &code)));
}
