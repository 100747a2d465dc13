/* cisco_names_stub.c - TEMPORARY: a few of Cisco's names, enough for the
 * Cisco front end's tests, until src/cisco_names.c lands (the lead deletes
 * this file at integration).  Numbers from the IOS Security Command
 * Reference, "permit (IP)" port and ICMP keyword lists. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cisco_names.h"

static const struct { const char *n; unsigned p; int proto; } ports[] = {
	{ "bgp", 179, 6 }, { "bootpc", 68, 17 }, { "bootps", 67, 17 }, { "domain", 53, 0 },
	{ "echo", 7, 0 }, { "ftp", 21, 6 }, { "ftp-data", 20, 6 }, { "https", 443, 6 },
	{ "imap4", 143, 6 }, { "isakmp", 500, 17 }, { "ldap", 389, 6 }, { "ldaps", 636, 6 },
	{ "netbios-dgm", 138, 17 }, { "netbios-ns", 137, 17 }, { "netbios-ssn", 139, 6 },
	{ "nntp", 119, 6 }, { "ntp", 123, 17 }, { "pop3", 110, 6 }, { "smtp", 25, 6 },
	{ "snmp", 161, 17 }, { "snmptrap", 162, 17 }, { "ssh", 22, 6 }, { "syslog", 514, 17 },
	{ "tacacs", 49, 0 }, { "telnet", 23, 6 }, { "tftp", 69, 17 }, { "www", 80, 6 },
	{ "http", 80, 6 }, { "sqlnet", 1521, 6 }, { "rdp", 3389, 6 }, { "non500-isakmp", 4500, 17 },
	{ "microsoft-ds", 445, 6 }, { "whois", 43, 6 }, { "cmd", 514, 6 }, { "lpd", 515, 6 }, { "kerberos", 88, 0 }, { "sunrpc", 111, 0 },
};

bool cisco_port_name(const char *name, int proto, bool asa, unsigned *port)
{
	(void)asa;
	for (size_t i = 0; i < sizeof ports / sizeof ports[0]; i++)
		if (strcasecmp(name, ports[i].n) == 0 &&
		    (ports[i].proto == 0 || proto == 0 || ports[i].proto == proto)) {
			*port = ports[i].p;
			return true;
		}
	return false;
}

static const struct { const char *n; int p; } protos[] = {
	{ "ip", -1 }, { "tcp", 6 }, { "udp", 17 }, { "icmp", 1 }, { "gre", 47 }, { "esp", 50 },
	{ "ahp", 51 }, { "ah", 51 }, { "eigrp", 88 }, { "ospf", 89 }, { "pim", 103 },
	{ "icmp6", 58 }, { "ipv6-icmp", 58 }, { "igmp", 2 }, { "ipinip", 4 }, { "nos", 94 },
	{ "pcp", 108 }, { "sctp", 132 }, { "vrrp", 112 }, { "igrp", 9 }, { "snp", 109 },
};

bool cisco_proto_name(const char *name, bool asa, int *proto)
{
	(void)asa;
	char *end;
	long v = strtol(name, &end, 10);
	if (*name && !*end) {
		if (v < 0 || v > 255)
			return false;
		*proto = (int)v;
		return true;
	}
	for (size_t i = 0; i < sizeof protos / sizeof protos[0]; i++)
		if (strcasecmp(name, protos[i].n) == 0) {
			*proto = protos[i].p;
			return true;
		}
	return false;
}

static const struct { const char *n; int t, c; } icmps[] = {
	{ "echo", 8, -1 }, { "echo-reply", 0, -1 }, { "unreachable", 3, -1 },
	{ "port-unreachable", 3, 3 }, { "host-unreachable", 3, 1 }, { "net-unreachable", 3, 0 },
	{ "packet-too-big", 3, 4 }, { "time-exceeded", 11, -1 }, { "ttl-exceeded", 11, 0 },
	{ "redirect", 5, -1 }, { "source-quench", 4, -1 }, { "parameter-problem", 12, -1 },
	{ "timestamp-request", 13, -1 }, { "timestamp-reply", 14, -1 },
	{ "router-advertisement", 9, -1 }, { "router-solicitation", 10, -1 },
	{ "administratively-prohibited", 3, 13 }, { "traceroute", 30, -1 },
	{ "alternate-address", 6, -1 }, { "conversion-error", 31, -1 },
	{ "information-reply", 16, -1 }, { "information-request", 15, -1 },
	{ "mask-reply", 18, -1 }, { "mask-request", 17, -1 }, { "mobile-redirect", 32, -1 },
};

bool cisco_icmp_name(const char *name, bool asa, int *type, int *code)
{
	(void)asa;
	for (size_t i = 0; i < sizeof icmps / sizeof icmps[0]; i++)
		if (strcasecmp(name, icmps[i].n) == 0) {
			*type = icmps[i].t;
			*code = icmps[i].c;
			return true;
		}
	return false;
}
