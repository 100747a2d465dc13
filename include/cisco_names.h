/* cisco_names.h - the names Cisco IOS and ASA accept for ports, protocols
 * and ICMP types, with the numbers the devices give them.
 *
 * Cisco's tables, not /etc/services: "www" is 80, "pop3" 110, "ldap" 389,
 * "nntp" 119, "smtp" 25, "ldaps" 636, "imap4" 143, and some names exist
 * only for TCP or only for UDP, or only on one of IOS and ASA.  The source
 * of each table is cited in src/frontend/cisco/cisco_names.c.
 */
#ifndef FWLINT_CISCO_NAMES_H
#define FWLINT_CISCO_NAMES_H

#include <stdbool.h>

/* A port name for protocol proto (6 tcp, 17 udp, 0 for ASA's tcp-udp
 * service objects: a name valid for both).  False when the device does
 * not know the name for that protocol. */
bool cisco_port_name(const char *name, int proto, bool asa, unsigned *port);

/* A protocol keyword ("ip" is every protocol: *proto = -1; "tcp" 6,
 * "udp" 17, "icmp" 1, "gre" 47, "esp" 50, "ahp"/"ah" 51, "eigrp" 88,
 * "ospf" 89, "pim" 103, "icmp6"/"ipv6-icmp" 58, ...) or a number 0-255. */
bool cisco_proto_name(const char *name, bool asa, int *proto);

/* An ICMP message name ("echo", "echo-reply", "unreachable",
 * "port-unreachable", "time-exceeded", ...): its type, and its code or -1
 * for every code. */
bool cisco_icmp_name(const char *name, bool asa, int *type, int *code);

/* An ICMPv6 message name of an IOS IPv6 access list ("nd-ns", "echo-request",
 * ...): its type, and its code or -1 for every code. */
bool cisco_icmp6_name(const char *name, int *type, int *code);

#endif
