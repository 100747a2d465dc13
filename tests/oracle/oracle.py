#!/usr/bin/env python3
"""Helpers for the kernel oracle test (tests/oracle/run.sh).

Subcommands (stdlib only, Python 3.11); FAM is 4 or 6, PRE a path prefix:

  gen FAM SEED                  print a random, valid iptables-save (4) or
                                ip6tables-save (6) file
  plan FAM                      print the client and server addresses
  sanity FAM NAME USED PRE      write a fixed ruleset with known outcomes
                                (PRE.rules, PRE.att, PRE.counters and the
                                outcomes in PRE.expect)
  attempts FAM SEED COUNT RULES USED UDP_SHARE ICMP_SHARE PRE
                                write COUNT connection attempts for RULES to
                                PRE.att, one a line: "IDX PROTO SRC SPORT DST
                                DPORT CDEV RIN ROUT", and the server-side
                                counting rules (raw table) to PRE.counters;
                                USED is a file of the 5-tuples already used in
                                this run (read and appended); a share
                                UDP_SHARE of them are UDP, ICMP_SHARE ICMP
                                echo requests (SPORT is then the echo
                                identifier, DPORT the type)
  send FAM ATT WAIT             run inside the client namespace: send one TCP
                                SYN (a connect), UDP datagram or ICMP echo
                                request per attempt, wait WAIT seconds, print
                                "IDX ANSWER REPLY" per attempt (what came
                                back: "icmpT/C", "tcp-rst" or "-"; whether
                                the other end answered: "reply" or "-"),
                                close
  serve FAM ATT READY STOP      run inside the server namespace: listen on
                                every TCP destination of ATT, answer every
                                UDP datagram; write READY when listening;
                                when STOP exists, print "IDX accepted" for
                                every TCP attempt the server accepted
  ping DEV ADDR                 one echo request over DEV, answered or exit 1
  selftest PRE                  the outcomes of a sanity ruleset (from
                                PRE.att, PRE.sent and PRE.saved, the server's
                                "ip(6)tables-save -c -t raw") must be
                                PRE.expect
  judge FAM RULES PRE FWLINT TALLY
                                the kernel's outcome of every attempt:
                                ACCEPT (the first packet reached the server),
                                REJECT:ANSWER (it did not, and an answer came
                                back) or DROP; run "fwlint trace" for it and
                                compare; whether the connection completed,
                                against "fwlint trace --connect"; the
                                router's rule counters (PRE.router) against
                                fwlint's shadowed-rule findings; print every
                                disagreement with a command that reproduces
                                it, append the counts to TALLY; exit 1 on any
  accepts FAM RULES FWLINT      the kernel refused RULES: fwlint must report a
                                parse-error for it too (exit 1 if not)
  summary TALLY                 print the counts of a run

The NAT mode (files with tables raw, mangle, nat and filter; run.sh
run_nat):

  gen-nat FAM SEED [CTNAT]      print a random file of the four tables
                                (CTNAT 1: with --ctstate DNAT/SNAT rules)
  plan-nat FAM                  print the NAT clients, the router's public
                                and second addresses, the LAN server
  sanity-nat FAM USED PRE       the NAT self-test ruleset (PRE.rules,
                                PRE.expect) and its batch
  batch-nat FAM SEED CTNAT COUNT USED UDP_SHARE ICMP_SHARE PRE
                                gen-nat into PRE.rules, then attempts-nat
                                for it, in one start of Python
  attempts-nat FAM SEED COUNT RULES USED UDP_SHARE ICMP_SHARE PRE
                                COUNT attempts (PRE.att) aimed at the
                                public addresses, the DNAT targets and the
                                servers; the counting rules of the server
                                and LAN server (PRE.counters, raw table)
                                and of the router (PRE.rcounters, security
                                table); what to listen on (PRE.sbind,
                                PRE.rbind, PRE.cbind: "PROTO ADDR PORT")
  serve-binds FAM ATT BINDS READY STOP
                                listen on BINDS (any namespace); print
                                "IDX accepted" per TCP attempt accepted
  selftest-nat PRE              the kernel's outcomes must be PRE.expect
  judge-nat FAM RULES PRE FWLINT TALLY
                                the kernel's outcome ("VERDICT WHERE
                                SOURCE CONN") of every attempt against
                                "fwlint trace --local ..." and
                                "--connect"; with ORACLE_RECORD set, append
                                every kernel outcome to that file

Everything is deterministic for a given seed: random.Random(seed), no
dependence on the clock, the host or hash ordering.
"""

import concurrent.futures
import errno
import ipaddress
import os
import random
import re
import select
import shlex
import socket
import struct
import subprocess
import sys
import time

# ------------------------------------------------------------- address plan
# Client addresses live on the client namespace's loopback; the client picks
# its link to the router (lan0 or lan1 on the router side) per attempt with
# a socket mark that its policy routing maps to c0 or c1 (run.sh), so the
# ingress interface is independent of the source.  Not SO_BINDTODEVICE: a
# socket bound to c1 would not see the TCP reset or ICMP error of a REJECT,
# which comes back over c0 (the router routes every client address over
# lan0).  Server addresses live on the server namespace's loopback; the
# router reaches each one through exactly one link (dmz0 or dmz1), so the
# egress interface follows from the destination.  RFC 1918 and ULA
# (fd00::/8) addresses only; the namespaces have no link to the host.
PLANS = {
    4: {
        "clients": ["10.1.1.10", "10.1.1.11", "10.1.2.20", "10.1.200.7",
                    "10.3.0.5", "172.16.5.5", "192.168.7.9", "172.31.77.7"],
        "servers": {"10.2.0.10": "dmz0", "10.2.0.11": "dmz0",
                    "10.2.1.10": "dmz0", "10.2.128.5": "dmz1",
                    "172.20.0.1": "dmz1", "192.168.50.25": "dmz1"},
    },
    6: {
        "clients": ["fd00:1:1::10", "fd00:1:1::11", "fd00:1:2::20",
                    "fd00:1:200::7", "fd00:3::5", "fd16:5::5",
                    "fd7f:168:7::9", "fdff:31:77::7"],
        "servers": {"fd00:2::10": "dmz0", "fd00:2::11": "dmz0",
                    "fd00:2:1::10": "dmz0", "fd00:2:128::5": "dmz1",
                    "fd20::1": "dmz1", "fdc0:a8:32::25": "dmz1"},
    },
}
# router interface -> client-side device of the same veth pair
LINKS_IN = {"lan0": "c0", "lan1": "c1"}
# client device -> the socket mark that routes over it (run.sh: ip rule)
MARKS = {"c0": 10, "c1": 11}

PORTS = [22, 25, 53, 80, 102, 110, 119, 135, 143, 389, 443, 636, 993, 995,
         1023, 1024, 3389, 4000, 4001, 4002, 8080, 65535]
# Names that netbase's /etc/services gives for the protocol (iptables asks
# getservbyname(name, proto); fwlint has its own table)
SERVICES = {
    "tcp": {"ssh": 22, "smtp": 25, "domain": 53, "http": 80, "www": 80,
            "pop3": 110, "nntp": 119, "epmap": 135, "imap2": 143,
            "imap": 143, "ldap": 389, "https": 443, "ldaps": 636,
            "imaps": 993, "pop3s": 995, "ms-wbt-server": 3389,
            "http-alt": 8080},
    "udp": {"domain": 53, "ntp": 123, "snmp": 161, "ldap": 389,
            "https": 443, "syslog": 514},
}
CHAIN_NAMES = ["web", "mail", "ops", "dmz_in", "lan-out", "EXCH", "audit",
               "Blk.1", "x_y", "RPC"]
CT_ORDER = ["INVALID", "NEW", "RELATED", "ESTABLISHED", "UNTRACKED"]

# --reject-with, every name iptables 1.8 takes (libipt_REJECT.c,
# libip6t_REJECT.c), and the answer the client gets: an ICMP error of this
# type/code (ipt_REJECT.h, ip6t_REJECT.h: ICMP_DEST_UNREACH 3,
# ICMPV6_DEST_UNREACH 1) or a TCP reset.  The sanity ruleset "reject"
# proves every entry against the kernel, so a wrong entry stops the run
# instead of passing or failing attempts.
REJECT = {
    4: {"icmp-net-unreachable": "icmp3/0", "net-unreach": "icmp3/0",
        "icmp-host-unreachable": "icmp3/1", "host-unreach": "icmp3/1",
        "icmp-proto-unreachable": "icmp3/2", "proto-unreach": "icmp3/2",
        "icmp-port-unreachable": "icmp3/3", "port-unreach": "icmp3/3",
        "icmp-net-prohibited": "icmp3/9", "net-prohib": "icmp3/9",
        "icmp-host-prohibited": "icmp3/10", "host-prohib": "icmp3/10",
        "icmp-admin-prohibited": "icmp3/13", "admin-prohib": "icmp3/13",
        "tcp-reset": "tcp-rst", "tcp-rst": "tcp-rst"},
    6: {"icmp6-no-route": "icmp1/0", "no-route": "icmp1/0",
        "icmp6-adm-prohibited": "icmp1/1", "adm-prohibited": "icmp1/1",
        "icmp6-addr-unreachable": "icmp1/3", "addr-unreach": "icmp1/3",
        "icmp6-port-unreachable": "icmp1/4", "port-unreach": "icmp1/4",
        "icmp6-policy-fail": "icmp1/5", "policy-fail": "icmp1/5",
        "icmp6-reject-route": "icmp1/6", "reject-route": "icmp1/6",
        "tcp-reset": "tcp-rst"},
}
REJECT_DEFAULT = {4: "icmp-port-unreachable", 6: "icmp6-port-unreachable"}
ICMP = {4: {"proto": "icmp", "names": ["icmp", "1"], "module": "icmp",
            "opt": "--icmp-type", "echo": 8},
        6: {"proto": "ipv6-icmp", "names": ["ipv6-icmp", "icmpv6", "58"],
            "module": "icmp6", "opt": "--icmpv6-type", "echo": 128}}
# --icmp-type / --icmpv6-type values: names, numbers, type/code
ICMP_TYPES = {
    4: ["echo-request", "8", "8/0", "ping", "any", "echo-reply",
        "destination-unreachable", "port-unreachable", "13", "8/1"],
    6: ["echo-request", "128", "128/0", "ping", "echo-reply",
        "destination-unreachable", "port-unreachable", "130", "128/1"],
}
# Long spellings of options (iptables(8), iptables-extensions(8))
LONG = {"-A": "--append", "-I": "--insert", "-s": "--source",
        "-d": "--destination", "-p": "--protocol", "-i": "--in-interface",
        "-o": "--out-interface", "-j": "--jump", "-g": "--goto",
        "-m": "--match", "--sport": "--source-port",
        "--dport": "--destination-port", "--sports": "--source-ports",
        "--dports": "--destination-ports"}
LONG_ALT = {"-s": "--src", "-d": "--dst"}


def plan(fam):
    return PLANS[fam]["clients"], PLANS[fam]["servers"]


# ------------------------------------------------------------------ generator
class Style:
    """Per-ruleset choices, so that files differ in more than rules."""

    def __init__(self, rng, fam):
        self.fam = fam
        self.clients, self.servers = plan(fam)
        # Now and then a file that names no family (no address, no ICMP
        # name, no reject type or header of one family): both restore
        # tools load it, and fwlint must read it as filtering both
        self.neutral = rng.random() < 0.1
        self.addresses = not self.neutral and rng.random() > 0.1
        self.long = rng.choice([0, 0, 0.2, 0.6])
        self.implicit = rng.choice([0, 0, 0.3, 0.8])   # "-p tcp --dport"
        self.counters = rng.random() < 0.15
        self.lists = rng.random() < 0.3
        self.other_family = rng.random() < 0.15
        self.reject_share = rng.choice([0.12, 0.12, 0.25])


def _prefix(rng, st, pool):
    base = rng.choice(pool)
    if st.fam == 4:
        plen = rng.choice([32, 32, 32, 24, 24, 16, 16, 8, 12, 20, 28, 30, 31,
                           1, 0])
    else:
        plen = rng.choice([128, 128, 128, 64, 64, 48, 48, 32, 16, 56, 120,
                           126, 127, 1, 0])
    net = ipaddress.ip_network(f"{base}/{plen}", strict=False)
    r = rng.random()
    width = 32 if st.fam == 4 else 128
    if r < 0.1 and plen < width:
        # host bits set: iptables masks them
        return f"{base}/{plen}"
    if r < 0.2 and plen == width:
        return base
    if r < 0.3:
        # a netmask instead of a length; now and then not contiguous
        mask = net.netmask
        if rng.random() < 0.3:
            mask = _addr(st.fam, int(mask) & ~(1 << rng.randint(
                width - 24, width - 9)) & ((1 << width) - 1)) \
                if plen > 8 else mask
        addr = _addr(st.fam, int(ipaddress.ip_address(base)) & int(mask))
        return f"{addr}/{mask}"
    return f"{net.network_address}/{plen}"


def _addr(fam, value):
    return ipaddress.IPv4Address(value) if fam == 4 else \
        ipaddress.IPv6Address(value)


def _addr_pool(rng, st, side):
    if side == "s":
        return st.clients if rng.random() < 0.8 else list(st.servers)
    return list(st.servers) if rng.random() < 0.8 else st.clients


def _port_spec(rng, proto, names=True):
    """A single port or a range, as iptables-save prints it (a:b), now and
    then with an open end or a service name."""
    r = rng.random()
    if r < 0.08 and names and proto in SERVICES:
        return rng.choice(sorted(SERVICES[proto]))
    if r < 0.5:
        return str(rng.choice(PORTS))
    if r < 0.6:
        return rng.choice(["1024:65535", "0:1023", "1:1023", "4000:4002",
                           ":1023", "1024:", "0:", ":0"])
    lo = rng.choice(PORTS)
    hi = min(65535, lo + rng.choice([1, 5, 100, 1000, 30000]))
    # multiport refuses a:a ("invalid portrange"); tcp takes it, but both
    # print it as a single port
    return f"{lo}:{hi}" if hi > lo else str(lo)


def _multiport_list(rng, proto):
    items, slots = [], 0
    for _ in range(rng.randint(2, 5)):
        spec = _port_spec(rng, proto)
        if spec.startswith(":") or spec.endswith(":"):
            spec = spec.strip(":") or "0"
        cost = 2 if ":" in spec else 1
        if slots + cost > 15:
            break
        items.append(spec)
        slots += cost
    return ",".join(items)


def _iprange(rng, fam, pool):
    a = ipaddress.ip_address(rng.choice(pool))
    lo = int(a) - rng.choice([0, 0, 1, 5, 300])
    hi = int(a) + rng.choice([0, 1, 9, 256, 70000])
    return f"{_addr(fam, lo)}-{_addr(fam, hi)}"


def _neg(rng, p):
    return "! " if rng.random() < p else ""


TCP_FLAGS = ["--syn", "! --syn", "--tcp-flags SYN,ACK SYN",
             "--tcp-flags ALL SYN", "--tcp-flags FIN,SYN,RST,ACK SYN",
             "! --tcp-flags SYN,RST SYN", "--tcp-flags ACK ACK",
             "--tcp-flags SYN,ACK SYN,ACK", "--tcp-flags ALL NONE",
             "--tcp-flags NONE NONE", "! --tcp-flags ACK,FIN NONE"]


def _addresses(rng, st, opt, side):
    """-s/-d: one prefix, or (without '!') a list, which iptables turns into
    one rule per address.  Returns (text, number of addresses)."""
    if st.lists and rng.random() < 0.3:
        n = rng.randint(2, 3)
        items = [_prefix(rng, st, _addr_pool(rng, st, side)) for _ in range(n)]
        return f"{opt} {','.join(items)}", n
    prefix = _prefix(rng, st, _addr_pool(rng, st, side))
    if prefix.endswith(("/0", "/0.0.0.0", "/::")):
        # iptables-nft 1.8.9 makes of "! -s 0.0.0.0/0" a rule that the
        # kernel refuses when the file is loaded (--test passes it)
        return f"{opt} {prefix}", 1
    return f"{_neg(rng, 0.2)}{opt} {prefix}", 1


# Rules on the flags of the way back: the first reply of a TCP connection
# is a SYN,ACK, the later segments carry ACK without SYN.
REPLY_FLAGS = ["--tcp-flags SYN,ACK SYN,ACK", "--tcp-flags SYN SYN",
               "--tcp-flags SYN,ACK ACK", "--tcp-flags ACK ACK",
               "--tcp-flags SYN,RST,ACK ACK", "! --syn",
               "! --tcp-flags SYN,ACK SYN,ACK"]


def _reply_rule(rng, st, chain):
    """A rule aimed at the replies (from a server, in on dmz*, out on
    lan*, from the server's port), now and then on their TCP flags: what
    a stateless return path is written with."""
    parts = [f"-A {chain}"]
    if st.addresses and rng.random() < 0.4:
        parts.append(f"-s {_prefix(rng, st, list(st.servers))}")
    if st.addresses and rng.random() < 0.25:
        parts.append(f"-d {_prefix(rng, st, st.clients)}")
    if rng.random() < 0.5:
        parts.append(f"-i {rng.choice(['dmz0', 'dmz1', 'dmz+'])}")
    if rng.random() < 0.4:
        parts.append(f"-o {rng.choice(['lan0', 'lan1', 'lan+'])}")
    proto = rng.choice(["tcp", "tcp", "tcp", "udp"])
    parts.append(f"-p {proto}")
    sub = []
    if rng.random() < 0.6:
        sub.append(f"--sport {_port_spec(rng, proto)}")
    if proto == "tcp" and rng.random() < 0.8:
        sub.append(rng.choice(REPLY_FLAGS))
    if sub:
        parts.append(f"-m {proto} " + " ".join(sub))
    elif rng.random() < 0.5:
        parts.append(f"-m multiport --sports {_multiport_list(rng, proto)}")
    if rng.random() < 0.2:
        parts.append(rng.choice(["-m conntrack --ctstate ESTABLISHED",
                                 "-m conntrack ! --ctstate NEW",
                                 "-m state --state ESTABLISHED,RELATED"]))
    r = rng.random()
    if r < 0.45:
        parts.append("-j ACCEPT")
    elif r < 0.75:
        parts.append("-j DROP")
    elif proto == "tcp" and r < 0.85:
        parts.append("-j REJECT --reject-with tcp-reset")
    else:
        parts.append("-j REJECT")
    return _spell(rng, st, " ".join(parts)), 1


def _rule(rng, st, chain, callees, target=None):
    """One '-A' line and the number of kernel rules it makes.  callees:
    user chains this chain may jump to; target forces the target (a jump
    to a chain that nothing else reaches)."""
    if not target and rng.random() < 0.1:
        return _reply_rule(rng, st, chain)
    parts = [f"-A {chain}"]
    nk = 1
    if st.addresses and rng.random() < 0.35:
        text, n = _addresses(rng, st, "-s", "s")
        parts.append(text)
        nk *= n
    if st.addresses and rng.random() < 0.35:
        text, n = _addresses(rng, st, "-d", "d")
        parts.append(text)
        nk *= n
    if rng.random() < 0.3:
        name = rng.choice(["lan0", "lan1", "lan1", "lan+", "l+", "dmz0",
                           "eth0", "veth+", "lan0", "+"])
        parts.append(f"{_neg(rng, 0.25)}-i {name}")
    if rng.random() < 0.25:
        name = rng.choice(["dmz0", "dmz1", "dmz1", "dmz+", "d+", "lan0",
                           "eth1", "dmz0"])
        parts.append(f"{_neg(rng, 0.25)}-o {name}")
    r = rng.random()
    proto = None
    icmp = ICMP[st.fam]
    icmp_names = icmp["names"][-1:] if st.neutral else icmp["names"]
    if r < 0.5:
        proto = "tcp"
    elif r < 0.6:
        proto = "udp"
    elif r < 0.68:
        proto = "icmp"
    elif r < 0.73:
        parts.append(f"! -p {rng.choice(['tcp', 'udp', icmp_names[0]])}")
    elif r < 0.75:
        parts.append(f"-p {rng.choice(['all', '0'])}")
    if proto:
        if proto == "icmp":
            spelt = rng.choice(icmp_names)
        else:
            spelt = rng.choice([proto] * 8 + [
                {"tcp": "6", "udp": "17"}[proto], proto.upper()])
        parts.append(f"-p {spelt}")
    if proto in ("tcp", "udp"):
        sub = []
        if rng.random() < 0.2:
            sub.append(f"{_neg(rng, 0.15)}--sport {_port_spec(rng, proto)}")
        if rng.random() < 0.45:
            sub.append(f"{_neg(rng, 0.15)}--dport {_port_spec(rng, proto)}")
        if proto == "tcp" and rng.random() < 0.12:
            sub.append(rng.choice(TCP_FLAGS))
        if sub:
            if rng.random() < st.implicit:
                parts.append(" ".join(sub))     # iptables loads -m tcp
            elif len(sub) > 1 and rng.random() < 0.2:
                parts += [f"-m {proto} {s}" for s in sub]   # twice
            else:
                parts.append(f"-m {proto} " + " ".join(sub))
        if rng.random() < 0.25:
            # --ports: the source or the destination port is in the list
            opts = ["--dports", "--dports", "--sports", "--ports", "--ports"]
            parts.append(f"-m multiport {_neg(rng, 0.1)}{rng.choice(opts)} "
                         f"{_multiport_list(rng, proto)}")
            if rng.random() < 0.3:
                # a second multiport match: both must hold (one match
                # may not take --sports and --dports together)
                parts.append(f"-m multiport {_neg(rng, 0.1)}"
                             f"{rng.choice(opts)} "
                             f"{_multiport_list(rng, proto)}")
    if proto == "icmp" and not st.neutral and rng.random() < 0.6:
        text = rng.choice(ICMP_TYPES[st.fam])
        mod = "" if rng.random() < st.implicit else f"-m {icmp['module']} "
        parts.append(f"{mod}{_neg(rng, 0.15)}{icmp['opt']} {text}")
    if st.addresses and rng.random() < 0.12:
        sub = []
        if rng.random() < 0.6:
            sub.append(f"{_neg(rng, 0.2)}--src-range "
                       f"{_iprange(rng, st.fam, st.clients)}")
        if not sub or rng.random() < 0.4:
            sub.append(f"{_neg(rng, 0.2)}--dst-range "
                       f"{_iprange(rng, st.fam, list(st.servers))}")
        parts.append("-m iprange " + " ".join(sub))
    if rng.random() < 0.25:
        states = [s for s in CT_ORDER if rng.random() < 0.4] or \
            [rng.choice(CT_ORDER)]
        if rng.random() < 0.5:
            parts.append(f"-m conntrack {_neg(rng, 0.1)}--ctstate "
                         f"{','.join(states)}")
        else:
            parts.append(f"-m state {_neg(rng, 0.1)}--state "
                         f"{','.join(states)}")
    if rng.random() < 0.15:
        text = rng.choice(['"allow mail relay"', "ticket-4711",
                           '"Exchange: MAPI (Q176466)"', '"x  y"',
                           '"as in the ip6tables rules"', "icmp6-too",
                           '"from 10.9.9.9 -s 10.0.0.0/8"',
                           '"fd00::1 -d ::/0"'])
        parts.append(f"-m comment --comment {text}")
    # target
    r = rng.random()
    rej = st.reject_share
    if target:
        how = "-g" if rng.random() < 0.3 else "-j"
        parts.append(f"{how} {target}")
    elif callees and r < 0.25:
        how = "-g" if rng.random() < 0.35 else "-j"
        parts.append(f"{how} {rng.choice(callees)}")
    elif r < 0.45:
        parts.append("-j ACCEPT")
    elif r < 0.62:
        parts.append("-j DROP")
    elif r < 0.62 + rej:
        kinds = ["port-unreach"] if st.neutral else [
            k for k in sorted(REJECT[st.fam]) if k not in ("tcp-reset",
                                                           "tcp-rst")]
        if proto == "tcp" and rng.random() < 0.4:
            parts.append("-j REJECT --reject-with " + rng.choice(
                ["tcp-reset", "tcp-reset", "tcp-rst"] if st.fam == 4 and
                not st.neutral else ["tcp-reset"]))
        elif rng.random() < 0.2:
            parts.append("-j REJECT")   # icmp(6)-port-unreachable
        else:
            parts.append("-j REJECT --reject-with " + rng.choice(kinds))
    elif r < 0.72 + rej:
        parts.append('-j LOG --log-prefix "fw: "')
    elif r < (0.75 if chain == "FORWARD" else 0.82) + rej:
        # RETURN in FORWARD itself: the policy decides
        parts.append("-j RETURN")
    # else: no target, a counting rule that goes on to the next one
    return _spell(rng, st, " ".join(parts)), nk


def _spell(rng, st, line):
    """Long option names now and then, as a hand-written file has them."""
    if not st.long or rng.random() >= st.long:
        return line
    tok = shlex.split(line)
    out = []
    for i, t in enumerate(tok):
        if t in LONG_ALT and rng.random() < 0.3:
            out.append(LONG_ALT[t])
        elif t in LONG and rng.random() < 0.7:
            out.append(LONG[t])
        else:
            # iptables-restore knows double quotes only
            out.append(f'"{t}"' if (" " in t or not t) else t)
    return " ".join(out)


class Chain:
    """The lines of one chain as groups: (spec, kernel rules it made)."""

    def __init__(self, name):
        self.name = name
        self.groups = []   # [spec text without "-A NAME", nkernel]

    def boundaries(self):
        """Rule numbers (1-based) that start a group, and the one past
        the end."""
        out, k = [], 1
        for _spec, n in self.groups:
            out.append(k)
            k += n
        out.append(k)
        return out


def _spec_of(line, chain):
    tok = line.split(" ", 2)
    assert tok[1] == chain, line
    return tok[2] if len(tok) > 2 else ""


def _edits(rng, st, chains, users, policy):
    """iptables-restore runs every command of a table in order: -I, -D,
    -P, -F, -Z and -N change what the -A lines built.  Rule numbers
    count the rules iptables made (one per address pair of a list); the
    edits name only whole lines, as fwlint resolves those exactly."""
    out = []
    for _ in range(rng.randint(1, 4)):
        name = rng.choice(["FORWARD"] * 3 + users)
        ch = chains[name]
        callees = users[users.index(name) + 1:] if name in users else users
        what = rng.random()
        bounds = ch.boundaries()
        if what < 0.35:
            line, nk = _rule(rng, st, name, callees)
            spec = _spec_of(line.replace("--append", "-A"), name)
            gi = rng.randrange(len(ch.groups) + 1)
            if rng.random() < 0.2:
                gi = 0
                out.append(f"-I {name} {spec}")
            else:
                out.append(f"-I {name} {bounds[gi]} {spec}")
            ch.groups.insert(gi, [spec, nk])
        elif what < 0.55:
            single = [i for i, g in enumerate(ch.groups) if g[1] == 1]
            if not single:
                continue
            gi = rng.choice(single)
            nk = 2
            while nk != 1:
                line, nk = _rule(rng, st, name, callees)
            spec = _spec_of(line.replace("--append", "-A"), name)
            # what "-R CHAIN N" does; iptables-restore 1.8.9 (nf_tables)
            # crashes on -R itself (a segmentation fault, --test passes)
            out.append(f"-D {name} {bounds[gi]}")
            out.append(f"-I {name} {bounds[gi]} {spec}")
            ch.groups[gi] = [spec, 1]
        elif what < 0.75:
            single = [i for i, g in enumerate(ch.groups) if g[1] == 1]
            if not single:
                continue
            gi = rng.choice(single)
            if rng.random() < 0.5:
                out.append(f"-D {name} {bounds[gi]}")
            else:
                # the first rule written the same way goes
                spec = ch.groups[gi][0]
                gi = next(i for i, g in enumerate(ch.groups)
                          if g[0] == spec)
                if ch.groups[gi][1] != 1:
                    continue
                out.append(f"-D {name} {spec}")
            del ch.groups[gi]
        elif what < 0.85:
            policy[0] = rng.choice(["ACCEPT", "DROP"])
            out.append(f"-P FORWARD {policy[0]}")
        elif what < 0.9:
            # not FORWARD, nor -Z alone: iptables-restore 1.8.9 (nf_tables)
            # sets the policy of a built-in chain it zeroes to ACCEPT
            out.append(rng.choice(["-Z INPUT", f"-Z {rng.choice(users)}"]))
        elif what < 0.95 and name != "FORWARD":
            # flush a user chain and fill it again
            out.append(f"-F {name}")
            ch.groups = []
            for _ in range(rng.randint(1, 3)):
                line, nk = _rule(rng, st, name, callees)
                out.append(line)
                ch.groups.append([_spec_of(line.replace("--append", "-A"),
                                           name), nk])
        else:
            new = rng.choice([n for n in ["late", "late2", "tail_"]
                              if n not in chains])
            chains[new] = Chain(new)
            out.append(f"-N {new}")
            for _ in range(rng.randint(1, 3)):
                line, nk = _rule(rng, st, new, [])
                out.append(line)
                chains[new].groups.append([_spec_of(line, new), nk])
            fw = chains["FORWARD"]
            gi = rng.randrange(len(fw.groups) + 1)
            line, nk = _rule(rng, st, "FORWARD", [new], target=new)
            spec = _spec_of(line.replace("--append", "-A"), "FORWARD")
            out.append(f"-I FORWARD {fw.boundaries()[gi]} {spec}")
            fw.groups.insert(gi, [spec, nk])
    return out


# Lines that iptables-restore --test refuses: now and then one is written
# into a file, which the kernel must refuse and fwlint must report as a
# parse-error.  {s} {d} {s2}: addresses of the family.  (Not what only the
# kernel refuses when the file is loaded, such as tcp-reset without -p tcp:
# --test passes it.)
REFUSED = [
    "-A FORWARD -p tcp -m tcp --dport 2000:1000 -j ACCEPT",
    "-A FORWARD -j LOG --log-level warn",
    "-A FORWARD -j LOG --log-prefix 'fw: '",
    "-A FORWARD ! -s {s} -d {d},{s2} -j DROP",
    "-A FORWARD -p tcp -m multiport --dports "
    "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16 -j ACCEPT",
    "-A FORWARD -i averyveryverylongname -j ACCEPT",
    "-A FORWARD -s {s} -s {d} -j ACCEPT",
]
REFUSED_FAM = {4: ["-A FORWARD -j REJECT --reject-with icmp6-adm-prohibited",
                   "-A FORWARD -s {s} -d fd00::1 -j ACCEPT"],
               6: ["-A FORWARD -p tcp -j REJECT --reject-with tcp-rst",
                   "-A FORWARD -j REJECT --reject-with icmp-host-prohibited",
                   "-A FORWARD -s {s} -d 10.0.0.1 -j ACCEPT"]}


def gen(fam, seed):
    rng = random.Random(seed * 10 + fam)
    st = Style(rng, fam)
    users = rng.sample(CHAIN_NAMES, rng.randint(2, 4))
    policy = [rng.choice(["ACCEPT", "DROP"])]
    body = {}
    # FORWARD may jump to any user chain; user chain k only to chains after
    # it: no cycles (the kernel refuses loops).
    body["FORWARD"] = [_rule(rng, st, "FORWARD", users)
                       for _ in range(rng.randint(6, 14))]
    for k, name in enumerate(users):
        body[name] = [_rule(rng, st, name, users[k + 1:])
                      for _ in range(rng.randint(2, 7))]
    # Make every user chain reachable: a jump to it from FORWARD or from an
    # earlier user chain, at a random position.
    for k, name in enumerate(users):
        referenced = any(line.endswith((f" {name}"))
                         for lines in body.values() for line, _ in lines)
        if not referenced:
            caller = rng.choice(["FORWARD"] + users[:k])
            line = _rule(rng, st, caller, [name], target=name)
            body[caller].insert(rng.randint(0, len(body[caller])), line)
    # An ESTABLISHED rule near the top, as real rulesets have (half the time)
    if rng.random() < 0.5:
        body["FORWARD"].insert(rng.randint(0, 2), (
            "-A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED "
            "-j ACCEPT", 1))
    # A rule on one destination port, then a --ports rule with the same
    # port: the packets from that port (the server's answers, an attempt
    # from it) reach the second, though those to it do not.  At the top,
    # where every packet still is.
    if rng.random() < 0.35:
        proto = rng.choice(["tcp", "tcp", "udp"])
        port = rng.choice(PORTS[:-1])
        other = rng.choice(PORTS[:-1])
        ports = f"{port}" if rng.random() < 0.6 else f"{port},{other}"
        body["FORWARD"][0:0] = [
            (f"-A FORWARD -p {proto} -m {proto} --dport {port} "
             f"-j {'ACCEPT' if rng.random() < 0.7 else 'DROP'}", 1),
            (f"-A FORWARD -p {proto} -m multiport --ports {ports} "
             f"-j {rng.choice(['ACCEPT', 'DROP', 'LOG'])}", 1)]
    header = rng.random() < 0.5 and not st.neutral
    if rng.random() < 0.04:
        line = rng.choice(REFUSED + REFUSED_FAM[fam])
        # a word of the other family is wrong only in a file that says
        # which family it is; without a header it could be the word that
        # says it
        header |= line in REFUSED_FAM[fam]
        line = line.format(
            s=rng.choice(st.clients), s2=rng.choice(st.clients),
            d=rng.choice(list(st.servers)))
        body["FORWARD"].insert(rng.randint(0, len(body["FORWARD"])),
                               (line, 1))
    # A final catch-all REJECT, as many hand-written files end
    if rng.random() < 0.2:
        kind = rng.choice(["port-unreach", ""] if st.neutral else
                          sorted(REJECT[fam]) + [""])
        if kind in ("tcp-reset", "tcp-rst"):
            kind = ""
        body["FORWARD"].append((
            "-A FORWARD -j REJECT" + (f" --reject-with {kind}" if kind
                                      else ""), 1))
    chains = {}
    for name in ["FORWARD"] + users:
        chains[name] = Chain(name)
        chains[name].groups = [[_spec_of(l.replace("--append", "-A"), name),
                                n] for l, n in body[name]]
    # In a file of no family, fwlint cannot number the rules of a chain
    # with lines marked -4 or -6 for both families at once (it says so)
    edits = _edits(rng, st, chains, users, policy) if rng.random() < 0.3 \
        and not (st.neutral and st.other_family) else []
    tool = "iptables-save" if fam == 4 else "ip6tables-save"
    if header:
        out = [f"# Generated by {tool} v1.8.9 (nf_tables) on Mon Jan  1 "
               f"00:00:00 2024"]
    else:
        out = [f"# Generated by fwlint oracle gen {fam} {seed}"]
    extra = rng.random()
    if extra < 0.15:
        out += ["*nat", ":PREROUTING ACCEPT [0:0]", ":INPUT ACCEPT [0:0]",
                ":OUTPUT ACCEPT [0:0]", ":POSTROUTING ACCEPT [0:0]", "COMMIT"]
    first_policy = policy[0] if not edits else rng.choice(["ACCEPT", "DROP"])
    if edits and not any(e.startswith("-P ") for e in edits):
        first_policy = policy[0]
    out += ["*filter", ":INPUT ACCEPT [0:0]",
            f":FORWARD {first_policy} [{rng.randint(0, 999)}:"
            f"{rng.randint(0, 99999)}]",
            ":OUTPUT ACCEPT [0:0]"]
    out += [f":{name} - [0:0]" for name in users]
    # The router's own chains: nothing that a forwarded packet meets, and
    # nothing that stops neighbour discovery or the REJECT answers
    if rng.random() < 0.3:
        out += ["-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT",
                "-A INPUT -i lo -j ACCEPT", "-A OUTPUT -j LOG"]
    for chain in ["FORWARD"] + users:
        for line, _nk in body[chain]:
            if st.counters and rng.random() < 0.3:
                line = f"[{rng.randint(0, 9999)}:{rng.randint(0, 999999)}] " \
                    + line
            out.append(line)
            if st.other_family and rng.random() < 0.1:
                # iptables-restore skips a line of the other family and
                # keeps one of its own; in a file that names a family, only
                # the first (the edits count the rules)
                flag = "-6" if fam == 4 else "-4"
                if st.neutral and rng.random() < 0.5:
                    flag = "-4" if fam == 4 else "-6"
                out.append(f"{flag} -A {chain} -j "
                           f"{rng.choice(['ACCEPT', 'DROP'])}")
    out += edits
    out += ["COMMIT", f"# Completed by fwlint oracle gen {fam} {seed}"]
    if 0.15 <= extra < 0.25:
        out += ["*mangle", ":PREROUTING ACCEPT [0:0]", ":INPUT ACCEPT [0:0]",
                ":FORWARD ACCEPT [0:0]", ":OUTPUT ACCEPT [0:0]",
                ":POSTROUTING ACCEPT [0:0]",
                "-A PREROUTING -j MARK --set-xmark 0x1/0xffffffff", "COMMIT"]
    return "\n".join(out) + "\n"


# ----------------------------------------------- conditions, to aim attempts
# Not a model of iptables: only what the rules mention, so that attempts hit
# their boundaries.  The kernel decides every verdict.
OPT_CANON = {v: k for k, v in LONG.items()}
OPT_CANON.update({v: k for k, v in LONG_ALT.items()})


class Rule:
    def __init__(self, text):
        self.text = text
        self.conds = []       # (neg, kind, value)


def _ports(spec, proto):
    out = []
    for item in spec.split(","):
        lo, sep, hi = item.partition(":")

        def num(s, dflt):
            if not s:
                return dflt
            if s.isdigit():
                return int(s)
            return SERVICES.get(proto, {}).get(s, SERVICES["tcp"].get(s, 0))
        lo_i = num(lo, 0)
        hi_i = num(hi, 65535) if sep else lo_i
        out.append((lo_i, hi_i))
    return out


def _nets(spec):
    out = []
    for item in spec.split(","):
        try:
            out.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            pass   # a netmask that is not contiguous: aim elsewhere
    return out


PROTO_WORDS = {"6": "tcp", "17": "udp", "icmp": "icmp", "1": "icmp",
               "ipv6-icmp": "icmp", "icmpv6": "icmp", "58": "icmp"}
# options of the generated files and how many arguments they take
NARGS = {"--syn": 0, "--tcp-flags": 2, "!": 0}


def parse(text):
    """The rules of table filter with the conditions they name."""
    rules, table = [], None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("*"):
            table = line[1:]
            continue
        if table != "filter" or line == "COMMIT" or line.startswith(":"):
            continue
        tok = shlex.split(line)
        if tok[0].startswith("["):
            tok = tok[1:]
        tok = [OPT_CANON.get(t, t) for t in tok]
        if tok[0] not in ("-A", "-I", "-R"):
            continue
        rule = Rule(line)
        rules.append(rule)
        proto = None
        i = 3 if len(tok) > 2 and tok[2].isdigit() else 2
        neg = False
        while i < len(tok):
            t = tok[i]
            arg = tok[i + 1] if i + 1 < len(tok) else ""
            if t == "!":
                neg = True
                i += 1
                continue
            if t in ("-j", "-g"):
                break
            if t in ("-s", "-d"):
                rule.conds.append((neg, t, _nets(arg)))
            elif t in ("-i", "-o"):
                rule.conds.append((neg, t, arg))
            elif t == "-p":
                proto = PROTO_WORDS.get(arg.lower(), arg.lower())
                rule.conds.append((neg, t, proto))
            elif t in ("--sport", "--dport", "--sports", "--dports",
                       "--ports"):
                rule.conds.append((neg, t, _ports(arg, proto)))
            elif t in ("--src-range", "--dst-range"):
                lo, hi = arg.split("-")
                rule.conds.append((neg, t, (ipaddress.ip_address(lo),
                                            ipaddress.ip_address(hi))))
            i += 1 + NARGS.get(t, 1)
            neg = False
    return rules


def _iface(pattern, name):
    if pattern.endswith("+"):
        return name.startswith(pattern[:-1])
    return name == pattern


def _pick_addr(rng, pool, conds):
    """An address of pool satisfying the positive conditions, if any."""
    def holds(neg, k, v, a):
        a = ipaddress.ip_address(a)
        if k in ("-s", "-d"):
            return any(a in n for n in v if n.version == a.version) != neg
        return (v[0] <= a <= v[1]) != neg
    ok = [a for a in pool if all(holds(neg, k, v, a) for neg, k, v in conds)]
    return rng.choice(ok or pool)


def _port_candidates(rule_list, kinds):
    c = set()
    for rule in rule_list:
        for _neg, k, v in rule.conds:
            if k in kinds:
                for lo, hi in v:
                    c.update(p for p in (lo - 1, lo, hi, hi + 1)
                             if 1 <= p <= 65535)
    return sorted(c)


def attempts(fam, seed, count, text, used, udp_share, icmp_share=0.0):
    # not Random(seed): gen() walks Random(seed * 10 + fam)
    rng = random.Random(seed * 7919 + fam)
    clients, servers = plan(fam)
    rules = parse(text)
    dports = _port_candidates(rules, ("--dport", "--dports", "--ports"))
    sports = _port_candidates(rules, ("--sport", "--sports", "--ports"))
    out = []
    while len(out) < count:
        rule = rng.choice(rules) if rules and rng.random() < 0.6 else None
        conds = rule.conds if rule else []
        # A rule in on a dmz link is aimed at replies: its source is the
        # server, its -i the server's link, its -o the client's
        reply = any(k == "-i" and not neg and v.startswith("d")
                    for neg, k, v in conds)
        swap = {"-s": "-d", "-d": "-s", "-i": "-o", "-o": "-i",
                "--src-range": "--dst-range", "--dst-range": "--src-range"}
        if reply:
            conds = [(neg, swap.get(k, k), v) for neg, k, v in conds]
        src_c = [c for c in conds if c[1] in ("-s", "--src-range")]
        dst_c = [c for c in conds if c[1] in ("-d", "--dst-range")]
        src = _pick_addr(rng, clients, src_c)
        o_c = [(neg, v) for neg, k, v in conds if k == "-o"]
        dsts = [d for d in servers
                if all(_iface(v, servers[d]) != neg for neg, v in o_c)]
        dst = _pick_addr(rng, dsts or list(servers), dst_c)
        i_c = [(neg, v) for neg, k, v in conds if k == "-i"]
        rins = [i for i in sorted(LINKS_IN)
                if all(_iface(v, i) != neg for neg, v in i_c)]
        rin = rng.choice(rins or sorted(LINKS_IN))
        r = rng.random()
        proto = "icmp" if r < icmp_share else \
            "udp" if r < icmp_share + udp_share else "tcp"
        for neg, k, v in conds:
            if k == "-p" and not neg and v in ("tcp", "udp") or \
                    k == "-p" and not neg and v == "icmp" and icmp_share:
                proto = v
        # the ports of the rule aimed at, now and then
        own = {k: [p for lo, hi in v for p in (lo, hi) if 1 <= p <= 65535]
               for neg, k, v in conds if not neg and k in
               ("--sport", "--dport", "--sports", "--dports", "--ports")}
        if proto == "icmp":
            # an echo request; its identifier plays the source port
            sport = rng.randint(1, 65535)
            dport = ICMP[fam]["echo"]
        elif own and rng.random() < 0.5:
            kind = rng.choice(sorted(own))
            dport = rng.choice(PORTS)
            sport = rng.randint(1024, 65535)
            # a source port of a rule on the replies is the server's
            to_sport = kind in ("--sport", "--sports") and not reply or \
                kind == "--ports" and rng.random() < 0.5
            if own[kind] and to_sport:
                sport = rng.choice(own[kind])
            elif own[kind]:
                dport = rng.choice(own[kind])
        else:
            r = rng.random()
            if r < 0.45 and dports:
                dport = rng.choice(dports)
            elif r < 0.6 and sports:
                # the server's port is the source port of its replies
                dport = rng.choice(sports)
            elif r < 0.8:
                dport = rng.choice(PORTS)
            else:
                dport = rng.randint(1, 65535)
            r = rng.random()
            if r < 0.3 and sports:
                sport = rng.choice(sports)
            elif r < 0.4:
                sport = rng.choice(PORTS)
            else:
                sport = rng.randint(1024, 65535)
        # A 5-tuple is used once per run: no conntrack entry or TIME_WAIT
        # from an earlier ruleset can colour the verdict of a later attempt.
        key = (proto, src, sport, dst, dport)
        if key in used:
            continue
        used.add(key)
        out.append((len(out), proto, src, sport, dst, dport, LINKS_IN[rin],
                    rin, servers[dst]))
    return out


def sanity(fam, name, used):
    """Fixed attempts with known kernel outcomes, to prove the harness.

    open:   FORWARD ACCEPT, no rules: every client address over both links
            to every server address must arrive (routing, rp_filter,
            counters), and an echo request; every connection completes
            (the listeners, the answers, the echo replies).
    one:    FORWARD DROP, one ACCEPT rule, and ESTABLISHED accepted in on
            dmz0 and out on lan1 only: exactly the first attempt arrives,
            and completes (its replies come back over the link it took);
            each of the others differs from it in one field.
    reject: one REJECT rule per --reject-with name, TCP and UDP, over both
            links: the answer must come back to the client with the error
            of REJECT[fam]; a DROP rule and the DROP policy must give no
            answer, an ACCEPT rule must deliver (and its connection not
            complete: the policy drops the replies).
    An expected outcome is "VERDICT CONN", as observed() writes them.
    Returns (ruleset text, attempts, expected outcome list).
    """
    clients, servers = plan(fam)
    s_by_dev = {dev: [a for a, d in servers.items() if d == dev]
                for dev in ("dmz0", "dmz1")}
    head = [f"# fwlint oracle sanity {name} (IPv{fam})", "*filter",
            ":INPUT ACCEPT [0:0]"]
    tail = [":OUTPUT ACCEPT [0:0]"]
    port = 2000 + len(used)
    att, expect = [], []
    if name == "open":
        text = head + [":FORWARD ACCEPT [0:0]"] + tail + ["COMMIT"]
        for src in clients:
            for dst in servers:
                for rin in sorted(LINKS_IN):
                    att.append(("tcp", src, port + len(att), dst, 80, rin))
        for rin in sorted(LINKS_IN):
            att.append(("udp", clients[0], port + len(att),
                        s_by_dev["dmz1"][1], 53, rin))
            att.append(("icmp", clients[1], port + len(att),
                        s_by_dev["dmz1"][0], ICMP[fam]["echo"], rin))
        expect = ["ACCEPT open"] * len(att)
    elif name == "one":
        c0, c1 = clients[0], clients[1]
        s0, s1, s2 = s_by_dev["dmz0"][0], s_by_dev["dmz0"][1], \
            s_by_dev["dmz1"][0]
        width = 32 if fam == 4 else 128
        # the replies come back over the link the opening took: in on
        # dmz0 and out on lan1 (run.sh, "The way back")
        text = head + [":FORWARD DROP [0:0]"] + tail + [
            f"-A FORWARD -s {c0}/{width} -d {s0}/{width} -i lan1 -o dmz0 "
            "-p tcp -m tcp --dport 135 -j ACCEPT",
            "-A FORWARD -i dmz0 -o lan1 -m conntrack --ctstate ESTABLISHED "
            "-j ACCEPT", "COMMIT"]
        for proto, src, dst, dport, rin in [
                ("tcp", c0, s0, 135, "lan1"),
                ("tcp", c0, s0, 135, "lan0"),
                ("tcp", c1, s0, 135, "lan1"),
                ("tcp", c0, s1, 135, "lan1"),
                ("tcp", c0, s0, 136, "lan1"),
                ("tcp", c0, s2, 135, "lan1"),
                ("udp", c0, s0, 135, "lan1"),
                ("icmp", c0, s0, ICMP[fam]["echo"], "lan1")]:
            att.append((proto, src, port + len(att), dst, dport, rin))
        expect = ["ACCEPT open"] + ["DROP closed"] * (len(att) - 1)
    else:
        rules = []
        dport = 3000
        # an echo request has no port: each ICMP rule has its own pair of
        # addresses
        pairs = [(c, d) for d in servers for c in clients]
        for kind in sorted(REJECT[fam]):
            protos = ["tcp"] if kind.startswith("tcp-") else \
                ["tcp", "udp", "icmp"]
            for proto in protos:
                dport += 1
                rin = sorted(LINKS_IN)[dport % 2]
                if proto == "icmp":
                    src, dst = pairs.pop()
                    rules.append(f"-A FORWARD -s {src} -d {dst} -p "
                                 f"{ICMP[fam]['proto']} -j REJECT "
                                 f"--reject-with {kind}")
                    att.append(("icmp", src, port + len(att), dst,
                                ICMP[fam]["echo"], rin))
                else:
                    rules.append(f"-A FORWARD -p {proto} -m {proto} "
                                 f"--dport {dport} -j REJECT "
                                 f"--reject-with {kind}")
                    att.append((proto, clients[dport % len(clients)],
                                port + len(att), s_by_dev["dmz0"][0], dport,
                                rin))
                expect.append(f"REJECT:{REJECT[fam][kind]} closed")
        for proto in ("tcp", "udp"):
            dport += 1
            rules.append(f"-A FORWARD -p {proto} -m {proto} --dport {dport} "
                         "-j REJECT")
            att.append((proto, clients[2], port + len(att),
                        s_by_dev["dmz1"][0], dport, "lan1"))
            expect.append(f"REJECT:{REJECT[fam][REJECT_DEFAULT[fam]]} closed")
        for verdict in ("DROP", "ACCEPT"):
            for proto in ("tcp", "udp"):
                dport += 1
                rules.append(f"-A FORWARD -p {proto} -m {proto} --dport "
                             f"{dport} -j {verdict}")
                att.append((proto, clients[3], port + len(att),
                            s_by_dev["dmz1"][1], dport, "lan1"))
                # the policy drops the replies
                expect.append(f"{verdict} closed")
        att.append(("tcp", clients[4], port + len(att), s_by_dev["dmz0"][1],
                    dport + 1, "lan0"))
        expect.append("DROP closed")   # the policy
        text = head + [":FORWARD DROP [0:0]"] + tail + rules + ["COMMIT"]
    out = []
    for idx, (proto, src, sport, dst, dport, rin) in enumerate(att):
        used.add((proto, src, sport, dst, dport))
        out.append((idx, proto, src, sport, dst, dport, LINKS_IN[rin], rin,
                    servers[dst]))
    return "\n".join(text) + "\n", out, expect


def _load_used(path):
    used = set()
    if os.path.exists(path):
        with open(path, encoding="ascii") as f:
            for line in f:
                p, a, b, c, d = line.split()
                used.add((p, a, int(b), c, int(d)))
    return used


def _save_used(path, new):
    with open(path, "a", encoding="ascii") as f:
        for a in new:
            f.write(" ".join(str(x) for x in a[1:6]) + "\n")


def _write_batch(fam, pre, att):
    with open(f"{pre}.att", "w", encoding="ascii") as f:
        f.write(_format_attempts(att))
    with open(f"{pre}.counters", "w", encoding="ascii") as f:
        f.write(counters(fam, f"{pre}.att"))


def _format_attempts(att):
    return "".join(" ".join(str(x) for x in a) + "\n" for a in att)


def _read_attempts(path):
    with open(path, encoding="ascii") as f:
        for line in f:
            idx, proto, src, sport, dst, dport, cdev, rin, rout = line.split()
            yield (int(idx), proto, src, int(sport), dst, int(dport), cdev,
                   rin, rout)


def _endpoint(addr, port=None):
    if port is None:
        return addr
    return f"[{addr}]:{port}" if ":" in addr else f"{addr}:{port}"


# ---------------------------------------------------------------- the probes
def counters(fam, path):
    """Server side: one counting rule (no target) per expected first
    packet: a TCP SYN, the UDP datagram or the echo request (told apart by
    its identifier: xt_u32, the ICMP header's bytes 4-5)."""
    out = ["*raw", ":PREROUTING ACCEPT [0:0]", ":OUTPUT ACCEPT [0:0]"]
    width = 32 if fam == 4 else 128
    for idx, proto, src, sport, dst, dport, *_ in _read_attempts(path):
        if proto == "icmp":
            ic = ICMP[fam]
            at = "0>>22&0x3C@4>>16" if fam == 4 else "44>>16"
            match = (f"-p {ic['proto']} -m {ic['module']} {ic['opt']} "
                     f"{dport} -m u32 --u32 \"{at}={sport}\"")
        else:
            flags = " --tcp-flags FIN,SYN,RST,ACK SYN" if proto == "tcp" \
                else ""
            match = (f"-p {proto} -m {proto} --sport {sport} --dport {dport}"
                     f"{flags}")
        out.append(f"-A PREROUTING -s {src}/{width} -d {dst}/{width} {match} "
                   f"-m comment --comment att{idx}")
    out.append("COMMIT")
    return "\n".join(out) + "\n"


def _answer(s, proto):
    """What came back to socket s: "icmpT/C" for an ICMP error (from the
    socket's error queue: struct sock_extended_err, ip(7) IP_RECVERR),
    "tcp-rst" for a reset, "err:NAME" for another error, "-" for nothing."""
    try:
        _data, anc, _flags, _addr = s.recvmsg(512, 512, socket.MSG_ERRQUEUE)
    except (BlockingIOError, InterruptedError):
        anc = []
    err = s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
    for _level, _type, data in anc:
        _errno, origin, ee_type, ee_code = struct.unpack("=IBBB", data[:7])
        if origin in (2, 3):   # SO_EE_ORIGIN_ICMP, SO_EE_ORIGIN_ICMP6
            return f"icmp{ee_type}/{ee_code}"
        return f"err:{errno.errorcode.get(_errno, _errno)}"
    if err == errno.ECONNREFUSED and proto == "tcp":
        return "tcp-rst"
    return f"err:{errno.errorcode.get(err, err)}" if err else "-"


def send(fam, path, wait):
    af = socket.AF_INET if fam == 4 else socket.AF_INET6
    # every ICMP error goes to the socket's error queue with its type and
    # code (ip(7) IP_RECVERR, ipv6(7) IPV6_RECVERR)
    recverr = (socket.IPPROTO_IP, 11) if fam == 4 else (socket.IPPROTO_IPV6,
                                                        25)
    so_mark = getattr(socket, "SO_MARK", 36)
    socks, dsts = [], {}
    for idx, proto, src, sport, dst, dport, cdev, *_ in _read_attempts(path):
        if proto == "tcp":
            s = socket.socket(af, socket.SOCK_STREAM)
        elif proto == "udp":
            s = socket.socket(af, socket.SOCK_DGRAM)
        else:
            s = socket.socket(af, socket.SOCK_DGRAM, socket.IPPROTO_ICMP if
                              fam == 4 else socket.IPPROTO_ICMPV6)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.setsockopt(socket.SOL_SOCKET, so_mark, MARKS[cdev])
        s.setsockopt(*recverr, 1)
        # a ping socket's "port" is the echo identifier
        s.bind((src, sport))
        s.setblocking(False)
        if proto == "icmp":
            # type, code, checksum and identifier (the kernel fills both
            # in), sequence
            s.connect((dst, 0))
            s.send(bytes([dport, 0, 0, 0, 0, 0, 0, 1]) + b"fwlint oracle")
        elif proto == "udp":
            s.connect((dst, dport))
            s.send(b"fwlint oracle")
        else:
            err = s.connect_ex((dst, dport))
            if err not in (0, errno.EINPROGRESS):
                print(f"send: attempt {idx}: connect: {os.strerror(err)}",
                      file=sys.stderr)
                return 2
        socks.append((idx, proto, s))
        dsts[idx] = dst
    time.sleep(wait)
    for idx, proto, s in socks:
        print(idx, _answer(s, proto), _reply(s, proto, fam, dsts[idx]))
        s.close()
    return 0


def _reply(s, proto, fam, dst):
    """Whether the other end answered: a TCP connect() that completed (the
    SYN,ACK came back), the server's UDP datagram, an echo reply."""
    if proto == "tcp":
        try:
            s.getpeername()
            return "reply"
        except OSError:
            return "-"
    try:
        data, peer = s.recvfrom(512)
    except OSError:
        return "-"
    if proto == "icmp":
        # a ping socket hands over the ICMP message, identifier and all;
        # it takes an echo reply from any address (ping_lookup matches the
        # identifier only), so the reply must come from the address the
        # request went to (a hairpin DNAT without SNAT: the LAN server
        # answers the client directly)
        if ipaddress.ip_address(peer[0]) != ipaddress.ip_address(dst):
            return "-"
        return "reply" if data and data[0] == (0 if fam == 4 else 129) \
            else "-"
    return "reply" if data else "-"


def serve(fam, path, ready, stop):
    """Server side: listen on every TCP destination of the attempts and
    answer every UDP datagram from the address and port it was sent to;
    echo requests the kernel answers itself.  Writes READY when listening,
    runs until STOP exists (at most 30 s), then prints "IDX accepted" for
    each TCP attempt whose connection the server accepted: the ACK that
    ends the handshake arrived."""
    af = socket.AF_INET if fam == 4 else socket.AF_INET6
    want, socks = {}, {}
    for idx, proto, src, sport, dst, dport, *_ in _read_attempts(path):
        if proto == "icmp":
            continue
        want[(proto, str(ipaddress.ip_address(src)), sport,
              str(ipaddress.ip_address(dst)), dport)] = idx
        if (proto, dst, dport) in socks:
            continue
        kind = socket.SOCK_STREAM if proto == "tcp" else socket.SOCK_DGRAM
        s = socket.socket(af, kind)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind((dst, dport))
        if proto == "tcp":
            s.listen(64)
        s.setblocking(False)
        socks[(proto, dst, dport)] = s
    with open(ready, "w", encoding="ascii") as f:
        f.write("ready\n")
    done, conns = set(), []
    end = time.monotonic() + 30
    fds = {s.fileno(): (key, s) for key, s in socks.items()}
    last = False
    while not last:
        # once STOP is there, one more pass takes what is already queued
        last = time.monotonic() >= end or os.path.exists(stop)
        r, _w, _x = select.select(list(fds), [], [], 0 if last else 0.05)
        for fd in r:
            (proto, dst, dport), s = fds[fd]
            while True:   # everything queued on this socket
                try:
                    if proto == "tcp":
                        c, peer = s.accept()
                        conns.append(c)
                    else:
                        data, peer = s.recvfrom(512)
                        s.sendto(b"fwlint oracle reply " + data[:16], peer)
                except OSError:
                    break
                key = (proto, str(ipaddress.ip_address(peer[0])), peer[1],
                       str(ipaddress.ip_address(dst)), dport)
                if proto == "tcp" and key in want:
                    done.add(want[key])
    for c in conns:
        c.close()
    for s in socks.values():
        s.close()
    for idx in sorted(done):
        print(idx, "accepted")
    return 0


def ping(dev, addr):
    """One echo request over dev, answered within 2 seconds: the link and
    the neighbour entries on both ends work (no ping(8) needed).  Echo
    requests come from ping sockets (SOCK_DGRAM, IPPROTO_ICMP): run.sh sets
    ping_group_range to let root use them."""
    v6 = ":" in addr
    s = socket.socket(socket.AF_INET6 if v6 else socket.AF_INET,
                      socket.SOCK_DGRAM,
                      socket.IPPROTO_ICMPV6 if v6 else socket.IPPROTO_ICMP)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_BINDTODEVICE, dev.encode())
    s.settimeout(2)
    s.sendto(bytes([128 if v6 else 8, 0, 0, 0, 0, 0, 0, 1]), (addr, 0))
    try:
        reply = s.recv(64)
    except OSError as e:
        print(f"ping: {addr} over {dev}: {e}", file=sys.stderr)
        return 1
    return 0 if reply and reply[0] == (129 if v6 else 0) else 1


def observed(path, save_text, sent_text, served_text=""):
    """The kernel's outcome of every attempt: "IDX VERDICT CONN", VERDICT
    that of the first packet (ACCEPT, DROP, REJECT:ANSWER), CONN whether the
    connection completed ("open": the server accepted the TCP connection,
    the client got the server's UDP answer or the echo reply) or not
    ("closed")."""
    hits = {}
    for line in save_text.splitlines():
        if not line.startswith("[") or "--comment att" not in line:
            continue
        pkts = int(line[1:line.index(":")])
        idx = int(line.rsplit("--comment att", 1)[1].split()[0])
        hits[idx] = pkts > 0
    errs, replies = {}, {}
    for line in sent_text.splitlines():
        idx, err, *rest = line.split()
        errs[idx] = err
        replies[idx] = rest[0] if rest else "-"
    accepted = {line.split()[0] for line in served_text.splitlines()
                if line.strip()}
    out = []
    for idx, proto, *_ in _read_attempts(path):
        if idx not in hits or str(idx) not in errs:
            raise SystemExit(f"observed: no counter or no client result for "
                             f"attempt {idx}")
        err = errs[str(idx)]
        if proto == "tcp":
            done = str(idx) in accepted
        else:
            done = replies[str(idx)] == "reply"
        conn = "open" if done and hits[idx] else "closed"
        if hits[idx]:
            # what came back does not matter: the ruleset may well drop
            # the server's answer, or the server's ICMP error
            out.append(f"{idx} ACCEPT {conn}")
        elif err == "-":
            out.append(f"{idx} DROP {conn}")
        else:
            out.append(f"{idx} REJECT:{err} {conn}")
    return "\n".join(out) + "\n"


# ------------------------------------------------------------- the judgement
TRACE_LINE = re.compile(r"^(MAYBE )?(ACCEPT|DROP|REJECT) (\S+?):(\d+): (.*)$")


def _trace(fam, fwlint, rules, att, connect=False):
    _idx, proto, src, sport, dst, dport, _cdev, rin, rout = att
    if proto == "icmp":
        # the trace names an ICMP type where a port would be
        args = ["icmp" if fam == 4 else "icmpv6", _endpoint(src),
                _endpoint(dst, dport)]
    else:
        args = [proto, _endpoint(src, sport), _endpoint(dst, dport)]
    cmd = [fwlint, "trace", rules, "--in", rin, "--out", rout] + \
        (["--connect"] if connect else ["--state", "new"]) + args
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=10,
                           stdin=subprocess.DEVNULL, check=False)
        return cmd, p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return cmd, "timeout", "", ""


def fwlint_outcome(fam, rules_lines, status, stdout, stderr):
    """fwlint's answer as the kernel's words, or (None, why not)."""
    lines = stdout.splitlines()
    if stderr.strip():
        # a warning (unresolved, an undeclared chain): the generator only
        # writes what fwlint claims to resolve exactly
        return None, f"fwlint warned: {stderr.strip().splitlines()[0]}"
    if len(lines) != 1:
        return None, f"{len(lines)} outcomes, one expected"
    m = TRACE_LINE.match(lines[0])
    if not m:
        return None, "no verdict line"
    maybe, verdict, _path, line, text = m.groups()
    if maybe:
        return None, "a MAYBE verdict"
    if status != (0 if verdict == "ACCEPT" else 1):
        return None, f"exit status {status} with {verdict}"
    line = int(line)
    src = rules_lines[line - 1] if 0 < line <= len(rules_lines) else ""
    # the rule or policy named must be one that can give this verdict
    tok = shlex.split(src.replace(":FORWARD ", "-j ", 1)) if src else []
    if verdict not in tok:
        return None, f"line {line} ({src!r}) cannot give {verdict}"
    if verdict != "REJECT":
        return verdict, None
    kind = REJECT_DEFAULT[fam]
    if "--reject-with" in tok:
        kind = tok[tok.index("--reject-with") + 1]
    if kind not in REJECT[fam]:
        return None, f"unknown --reject-with {kind}"
    return f"REJECT:{REJECT[fam][kind]}", None


def _observed_of(pre):
    with open(f"{pre}.saved", encoding="ascii") as f:
        saved = f.read()
    with open(f"{pre}.sent", encoding="ascii") as f:
        sent = f.read()
    served = ""
    if os.path.exists(f"{pre}.served"):
        with open(f"{pre}.served", encoding="ascii") as f:
            served = f.read()
    text = observed(f"{pre}.att", saved, sent, served)
    with open(f"{pre}.kernel", "w", encoding="ascii") as f:
        f.write(text)
    return {line.split()[0]: line.split()[1:] for line in text.splitlines()}


def selftest(pre):
    kern = _observed_of(pre)
    with open(f"{pre}.expect", encoding="ascii") as f:
        want = {line.split()[0]: line.split()[1:] for line in f}
    bad = 0
    for att in _read_attempts(f"{pre}.att"):
        idx = str(att[0])
        if kern[idx] != want[idx]:
            bad += 1
            print(f"oracle: self-test attempt {' '.join(map(str, att))}: "
                  f"expected {' '.join(want[idx])}, the kernel gave "
                  f"{' '.join(kern[idx])}")
    return 1 if bad else 0


CONNECT_LAST = re.compile(r"^(OPEN|CLOSED|MAYBE) ")


def fwlint_connect(status, stdout, stderr):
    """fwlint trace --connect's verdict as "open" or "closed", or (None,
    why not)."""
    if stderr.strip():
        return None, f"fwlint warned: {stderr.strip().splitlines()[0]}"
    lines = stdout.splitlines()
    m = CONNECT_LAST.match(lines[-1]) if lines else None
    if not m:
        return None, "no connection verdict on the last line"
    word = m.group(1)
    if word == "MAYBE":
        return None, "a MAYBE verdict"
    if status != (0 if word == "OPEN" else 1):
        return None, f"exit status {status} with {word}"
    return ("open" if word == "OPEN" else "closed"), None


# ------------------------------------------------- rule counters and lint
def kernel_rule_lines(fam, text):
    """The line of the file that made each kernel rule of table filter, in
    the kernel's order per chain: {chain: [line, ...]}, replaying what
    iptables-restore does with the file (-A, -I, -D by number and by rule,
    -F, -N; an address list is one kernel rule per pair; a line marked
    for the other family is skipped)."""
    chains, table = {}, None
    specs = {}      # line number -> its rule text, for -D by rule
    for no, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("*"):
            table = line[1:]
            continue
        if table != "filter" or line == "COMMIT":
            continue
        if line.startswith(":"):
            chains.setdefault(line[1:].split()[0], [])
            continue
        if line.startswith("["):
            line = line.split(" ", 1)[1]
        words = line.split(" ")
        if words[0] in ("-4", "-6"):
            if words[0] != f"-{fam}":
                continue
            words = words[1:]
        cmd = OPT_CANON.get(words[0], words[0])
        if len(words) < 2:
            continue
        chain = words[1]
        if cmd == "-N":
            chains[chain] = []
            continue
        if cmd == "-F":
            chains[chain] = []
            continue
        if cmd not in ("-A", "-I", "-D"):
            continue
        rest = words[2:]
        pos = None
        if rest and rest[0].isdigit():
            pos = int(rest[0])
            rest = rest[1:]
        spec = " ".join(rest)
        rules = chains.setdefault(chain, [])
        if cmd == "-D":
            if pos is not None:
                del rules[pos - 1]
            else:
                for i, ln in enumerate(rules):
                    if specs[ln] == spec:
                        del rules[i]
                        break
            continue
        tok = [OPT_CANON.get(t, t) for t in shlex.split(spec)]
        nk = 1
        for i, t in enumerate(tok[:-1]):
            if t in ("-s", "-d"):
                nk *= tok[i + 1].count(",") + 1
        specs[no] = spec
        new = [no] * nk
        if cmd == "-A":
            rules.extend(new)
        else:
            at = (pos or 1) - 1
            rules[at:at] = new
    return chains


def router_counters(text):
    """iptables-save -c -t filter: {chain: [packets, ...]} in rule order."""
    out = {}
    for line in text.splitlines():
        if line.startswith(":"):
            out.setdefault(line[1:].split()[0], [])
        m = re.match(r"^\[(\d+):\d+\] -A (\S+) ", line)
        if m:
            out.setdefault(m.group(2), []).append(int(m.group(1)))
    return out


SHADOWED = re.compile(r"^(\S+?):(\d+):\d+: warning: shadowed-rule: (.*)$")


def check_counters(fam, rules, pre, fwlint):
    """No rule that fwlint reports as shadowed-rule (never reached, or
    matching no packet) may have counted a packet in the kernel.  Returns
    (rules reported, kernel rules hit, mismatches, whether the counters
    could be mapped to lines)."""
    with open(rules, encoding="utf-8") as f:
        text = f.read()
    with open(f"{pre}.router", encoding="ascii") as f:
        counted = router_counters(f.read())
    lines = kernel_rule_lines(fam, text)
    hits = {}
    for chain, nums in lines.items():
        got = counted.get(chain, [])
        if len(got) != len(nums):
            print(f"oracle: note: {rules}: chain {chain} has {len(got)} "
                  f"kernel rules, {len(nums)} expected from the file: its "
                  f"counters are not checked")
            return 0, 0, [], False
        for no, pkts in zip(nums, got):
            hits[no] = hits.get(no, 0) + pkts
    p = subprocess.run([fwlint, "-q", rules], capture_output=True, text=True,
                       timeout=20, stdin=subprocess.DEVNULL, check=False)
    flagged, bad = 0, []
    seen = set()
    for line in p.stdout.splitlines():
        m = SHADOWED.match(line)
        if not m or int(m.group(2)) in seen:
            continue
        no = int(m.group(2))
        seen.add(no)
        flagged += 1
        if hits.get(no, 0) > 0:
            bad.append((no, hits[no], m.group(3)))
    return flagged, sum(1 for v in hits.values() if v), bad, True


def judge(fam, rules, pre, fwlint, tally_path):
    with open(rules, encoding="utf-8") as f:
        rules_lines = f.read().splitlines()
    kern = _observed_of(pre)
    atts = list(_read_attempts(f"{pre}.att"))
    # two traces per attempt, one packet and the connection: fwlint runs
    # on every core (the harness waits on them, it does not compute)
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as ex:
        one = list(ex.map(lambda a: _trace(fam, fwlint, rules, a), atts))
        whole = list(ex.map(lambda a: _trace(fam, fwlint, rules, a, True),
                            atts))
    bad = 0
    with open(tally_path, "a", encoding="ascii") as tally:
        for att, (cmd, status, out, err), (ccmd, cstatus, cout, cerr) in \
                zip(atts, one, whole):
            idx, proto, src, sport, dst, dport, _cdev, rin, rout = att
            k, conn = kern[str(idx)]
            got, why = fwlint_outcome(fam, rules_lines, status, out, err)
            ok = got == k
            cgot, cwhy = fwlint_connect(cstatus, cout, cerr)
            cok = cgot == conn
            tally.write(f"att {fam} {proto} {k.split(':')[0]} "
                        f"{'pass' if ok else 'fail'}\n")
            tally.write(f"conn {fam} {proto} {conn} "
                        f"{'pass' if cok else 'fail'}\n")
            where = (f"{proto} {src}:{sport} -> {dst}:{dport} in {rin} out "
                     f"{rout}")
            if not ok:
                bad += 1
                what = {"ACCEPT": "the first packet arrived (ACCEPT)",
                        "DROP": "it did not arrive and no answer came (DROP)"
                        }.get(k, f"it did not arrive and the client got "
                              f"{k[7:]} back (REJECT)")
                print(f"oracle: MISMATCH {rules} attempt {idx}: {where}: "
                      f"kernel: {what}; fwlint exit {status}: "
                      f"{(out + err).strip()}" + (f" ({why})" if why else ""))
                print("oracle:   reproduce: " + " ".join(shlex.quote(c)
                                                          for c in cmd))
            if not cok:
                bad += 1
                what = "the connection completed" if conn == "open" else \
                    "the connection did not complete"
                text = " | ".join((cout + cerr).strip().splitlines())
                print(f"oracle: MISMATCH {rules} attempt {idx} (--connect): "
                      f"{where}: kernel: {what}; fwlint exit {cstatus}: "
                      f"{text}" + (f" ({cwhy})" if cwhy else ""))
                print("oracle:   reproduce: " + " ".join(shlex.quote(c)
                                                          for c in ccmd))
        flagged, hit, wrong, mapped = check_counters(fam, rules, pre, fwlint)
        for no, pkts, msg in wrong:
            bad += 1
            print(f"oracle: MISMATCH {rules}:{no}: fwlint: shadowed-rule: "
                  f"{msg}; the kernel counted {pkts} "
                  f"packet{'' if pkts == 1 else 's'} on it")
            print(f"oracle:   reproduce: {fwlint} {rules}")
        tally.write(f"rules {fam} {flagged} {hit} {len(wrong)} "
                    f"{'mapped' if mapped else 'unmapped'}\n")
    return 1 if bad else 0


def accepts(rules, fwlint):
    """The kernel refused the file: a linter must say so too."""
    p = subprocess.run([fwlint, "-q", rules], capture_output=True, text=True,
                       timeout=20, stdin=subprocess.DEVNULL, check=False)
    if ": error: parse-error:" in p.stdout + p.stderr:
        return 0
    print(f"oracle: MISMATCH {rules}: the kernel refused this file but "
          f"fwlint reports no parse-error (exit {p.returncode})")
    print(f"oracle:   reproduce: {fwlint} {rules}")
    return 1


def summary(tally_path):
    """The counts of a run, and how many checks passed and failed: each
    attempt's first packet, each connection, each shadowed-rule finding
    held against the kernel's counters."""
    counts, conns, wheres = {}, {}, {}
    flagged = hit = wrong = unmapped = nrules = 0
    fails = checks = 0
    with open(tally_path, encoding="ascii") as f:
        for line in f:
            kind, fam, *rest = line.split()
            if kind == "att":
                proto, verdict, res = rest
                counts[(fam, proto, verdict)] = counts.get(
                    (fam, proto, verdict), 0) + 1
            elif kind == "conn":
                proto, conn, res = rest
                conns[conn] = conns.get(conn, 0) + 1
            elif kind == "where":
                wheres[rest[0]] = wheres.get(rest[0], 0) + 1
                continue
            else:
                nflag, nhit, nwrong, mapped = rest
                nrules += 1
                flagged += int(nflag)
                hit += int(nhit)
                wrong += int(nwrong)
                unmapped += mapped != "mapped"
                checks += int(nflag)
                fails += int(nwrong)
                continue
            checks += 1
            fails += res == "fail"
    total = sum(counts.values())
    parts = []
    for fam in ("4", "6", "n4", "n6"):
        n = sum(v for k, v in counts.items() if k[0] == fam)
        if not n:
            continue
        sub = []
        for proto in ("tcp", "udp", "icmp"):
            m = sum(v for k, v in counts.items() if k[:2] == (fam, proto))
            if m:
                v = [counts.get((fam, proto, w), 0)
                     for w in ("ACCEPT", "DROP", "REJECT")]
                sub.append(f"{proto.upper()} {m}: {v[0]} accepted, {v[1]} "
                           f"dropped, {v[2]} rejected")
        label = f"IPv{fam}" if fam[0] != "n" else f"NAT IPv{fam[1]}"
        parts.append(f"{label} {n} ({'; '.join(sub)})")
    text = f"{total} attempts: " + ", ".join(parts)
    if wheres:
        text += (f"; NAT deliveries: {wheres.get('srv', 0)} to a server "
                 f"untranslated, {wheres.get('srv-xlat', 0)} translated, "
                 f"{wheres.get('local', 0)} to the router itself")
    text += (f"; connections: {conns.get('open', 0)} completed, "
             f"{conns.get('closed', 0)} not")
    text += (f"; rule counters: {hit} kernel rules hit, {flagged} "
             f"shadowed-rule findings, {wrong} of them hit")
    if unmapped:
        text += f" ({unmapped} of {nrules} rulesets not mapped)"
    return text, checks - fails, fails


# ============================================================ all four tables
# The NAT mode (run.sh run_nat): random files with tables raw, mangle, nat
# and filter, and attempts aimed at "public" addresses that the router
# owns and DNATs to the servers.  The kernel decides every outcome; the
# harness observes where each first packet was delivered: at a server
# (which address and port, from which source: counting rules in the
# server's raw table) or at the router itself (which of its addresses and
# ports: counting rules in the router's security table, which INPUT
# traverses after filter, and which no generated file touches), or
# nowhere.
#
# The NAT clients' link is fixed per address (the router routes each one
# back over the link it sits behind, the client picks the link by source
# address), so the replies take the way back without marks: the mangle
# table belongs to the generated files.  Public addresses are in two
# pools, one per server link, and a DNAT rule of a pool names only a
# server behind that link, so the egress interface `fwlint trace --out`
# is told follows from the destination the client uses.
NATPLANS = {
    4: {
        "clients": {"10.4.0.10": "lan0", "10.4.0.11": "lan0",
                    "172.17.4.4": "lan0", "10.5.0.10": "lan1",
                    "10.5.0.11": "lan1", "192.168.55.5": "lan1"},
        "public": {"198.18.0.10": "dmz0", "198.18.0.11": "dmz0",
                   "198.18.0.20": "dmz1", "198.18.0.21": "dmz1",
                   "198.18.0.30": "lan0"},
        "pools": {"dmz0": "198.18.0.0/28", "dmz1": "198.18.0.16/28",
                  "lan0": "198.18.0.24/29"},
        # a server among the clients, behind lan0: a DNAT to it from a
        # client of lan0 is a hairpin (in on lan0, out on lan0)
        "lanservers": {"10.4.0.50": "lan0"},
        # the router's addresses per link (run.sh adds the /30 of the
        # link before the second one)
        "router": {"lan0": ["10.255.0.1", "192.0.2.1"],
                   "lan1": ["10.255.1.1"],
                   "dmz0": ["10.255.2.1", "198.51.100.1"],
                   "dmz1": ["10.255.3.1"]},
        # REDIRECT takes the first address of the ingress interface's
        # list, which is the primary one, the first added
        # (nf_nat_redirect.c: in_dev->ifa_list)
        "redirect": {"lan0": "10.255.0.1", "lan1": "10.255.1.1"},
        # MASQUERADE the egress interface's address that the kernel picks
        # for the gateway (inet_select_addr: the one in its subnet)
        "masq": {"dmz0": "10.255.2.1", "dmz1": "10.255.3.1",
                 "lan0": "10.255.0.1"},
        "secondary": {"192.0.2.1": ("lan0", 24), "198.51.100.1": ("dmz0", 24)},
        "snat": ["198.18.1.1", "198.18.1.2"],
        "width": 32,
    },
    # RFC 3849 documentation addresses for the public ones
    6: {
        "clients": {"fd04::10": "lan0", "fd04::11": "lan0",
                    "fd17:4::4": "lan0", "fd05::10": "lan1",
                    "fd05::11": "lan1", "fdc0:a8:37::5": "lan1"},
        "public": {"2001:db8:18::10": "dmz0", "2001:db8:18::11": "dmz0",
                   "2001:db8:18:1::20": "dmz1",
                   "2001:db8:18:1::21": "dmz1", "2001:db8:18:2::30": "lan0"},
        "pools": {"dmz0": "2001:db8:18::/64", "dmz1": "2001:db8:18:1::/64",
                  "lan0": "2001:db8:18:2::/64"},
        "lanservers": {"fd04::50": "lan0"},
        "router": {"lan0": ["fd00:255::1", "2001:db8:2::1"],
                   "lan1": ["fd00:255:1::1"],
                   "dmz0": ["fd00:255:2::1", "2001:db8:51::1"],
                   "dmz1": ["fd00:255:3::1"]},
        # REDIRECT: the first address of the interface's list of the
        # packet's scope (nf_nat_redirect.c: idev->addr_list), and IPv6
        # puts a new address before the older ones of its scope
        # (addrconf.c, ipv6_link_dev_addr): the one added last, as
        # `ip -6 addr show` lists it first.  The self-test proves it.
        "redirect": {"lan0": "2001:db8:2::1", "lan1": "fd00:255:1::1"},
        # MASQUERADE: source address selection towards the server
        # (ipv6_dev_get_saddr, RFC 6724: the longest matching prefix)
        "masq": {"dmz0": "fd00:255:2::1", "dmz1": "fd00:255:3::1",
                 "lan0": "fd00:255::1"},
        "secondary": {"2001:db8:2::1": ("lan0", 64),
                      "2001:db8:51::1": ("dmz0", 64)},
        "snat": ["2001:db8:18:ff::1", "2001:db8:18:ff::2"],
        "width": 128,
    },
}


def _to_spec(text):
    """--to-destination ADDR[:PORT[-PORT]], [ADDR6]:PORT... -> (ADDR,
    "PORT[-PORT]" or "")."""
    if text.startswith("["):
        addr, _, rest = text[1:].partition("]")
        return addr, rest[1:]
    if text.count(":") > 1:
        return text, ""
    addr, _, ports = text.partition(":")
    return addr, ports
MARK_BITS = ["0x1", "0x2", "0x4", "0x20", "0x100"]   # never 10 nor 11:
# the router's policy routing uses those marks (run.sh, "The way back")


def nat_plan(fam):
    return NATPLANS[fam]


def nat_local(fam):
    """The router's own addresses: `fwlint trace --local`."""
    p = NATPLANS[fam]
    out = [a for addrs in p["router"].values() for a in addrs]
    return out + sorted(p["public"])


def nat_local_arg(fam):
    """--local as fwlint trace takes it: IFACE=ADDR for an interface whose
    address REDIRECT and MASQUERADE take (the one the plan records; an
    IPv6 interface where the two differ is left without, fwlint then
    takes its address as unknown), the router's other addresses bare."""
    p = NATPLANS[fam]
    out, named = [], set()
    for dev in sorted(set(p["redirect"]) | set(p["masq"])):
        picks = {a for a in (p["redirect"].get(dev), p["masq"].get(dev)) if a}
        if len(picks) == 1:
            addr = picks.pop()
            out.append(f"{dev}={addr}")
            named.add(addr)
    return out + [a for a in nat_local(fam) if a not in named]


def nat_servers(fam):
    return PLANS[fam]["servers"]


def nat_targets(fam):
    """Where a DNAT may send a packet: the servers and the LAN server."""
    return dict(PLANS[fam]["servers"], **NATPLANS[fam]["lanservers"])


def _nat_dnat_to(rng, fam, pool_dev, proto):
    """--to-destination: a server behind the pool's link, with a port, a
    port range (the kernel takes its first port, or keeps the original
    port when it is in the range), or none (the port is kept)."""
    srv = rng.choice([a for a, d in nat_targets(fam).items()
                      if d == pool_dev])
    r = rng.random()
    a = f"[{srv}]" if fam == 6 else srv
    if proto in ("tcp", "udp") and r < 0.5:
        return f"{a}:{rng.choice([8080, 8443, 2222, 3000, 5353, 25])}"
    if proto in ("tcp", "udp") and r < 0.7:
        lo = rng.choice([3000, 4000, 8080, 6000])
        return f"{a}:{lo}-{lo + rng.choice([1, 3, 5])}"
    return srv


def _nat_ports(rng, proto):
    return rng.choice([22, 25, 53, 80, 443, 3389, 8080, 4000, 3001, 6002,
                       1194]) if proto else None


def _pm(proto, opt, port):
    return f"-p {proto} -m {proto} {opt} {port}"


def gen_nat(fam, seed, ctnat=False):
    """A random file with the four tables, for the NAT mode."""
    rng = random.Random(seed * 10 + fam + 5)
    p = nat_plan(fam)
    width = p["width"]
    clients = sorted(p["clients"])
    public = sorted(p["public"])
    servers = sorted(nat_servers(fam))
    icmp = ICMP[fam]
    st = Style(rng, fam)
    st.neutral, st.other_family, st.addresses = False, False, True
    st.clients = clients
    st.servers = dict(nat_servers(fam), **p["public"])

    def h(a):
        return f"{a}/{width}"

    def proto_pick(icmp_too=True):
        r = rng.random()
        if r < 0.55:
            return "tcp"
        if r < 0.85 or not icmp_too:
            return "udp"
        return "icmp"

    # ---- nat
    pre, natchains, post = [], {}, []
    aims = []     # (public, proto, port) the DNAT/REDIRECT rules name
    use_chain = rng.random() < 0.3
    for pub in public:
        dev = p["public"][pub]
        rules = []
        for _ in range(rng.randint(1, 3)):
            proto = rng.choice(["tcp", "tcp", "udp", None])
            parts = [f"-d {h(pub)}"]
            if rng.random() < 0.15:
                parts.append(f"-i {rng.choice(['lan0', 'lan1', 'lan+'])}")
            port = None
            if proto:
                port = _nat_ports(rng, proto)
                parts.append(_pm(proto, "--dport", port))
            aims.append((pub, proto, port))
            r = rng.random()
            if proto and r < 0.25:
                to = rng.choice(["", "2525", "2222", "8000-8003"])
                parts.append("-j REDIRECT" + (f" --to-ports {to}" if to
                                              else ""))
            elif r < 0.3:
                # ACCEPT in nat: no translation, the rest of the chain
                # skipped (the packet goes to the router itself)
                parts.append("-j ACCEPT")
            else:
                parts.append("-j DNAT --to-destination "
                             + _nat_dnat_to(rng, fam, dev, proto))
            rules.append(" ".join(parts))
        if use_chain and dev == "dmz1":
            natchains.setdefault("pub1", []).extend(rules)
        else:
            pre.extend(rules)
    if "pub1" in natchains:
        pre.insert(rng.randint(0, len(pre)),
                   f"-d {p['pools']['dmz1']} -j pub1")
        if rng.random() < 0.3:
            natchains["pub1"].insert(0, f"-s {h(rng.choice(clients))} "
                                     "-j RETURN")
    for _ in range(rng.randint(0, 2)):
        out = rng.choice(["dmz0", "dmz1", "dmz+", "lan0"])
        parts = [f"-o {out}"]
        if out == "lan0":
            # the hairpin's SNAT, to the LAN server only
            parts.append(f"-d {h(rng.choice(sorted(p['lanservers'])))}")
        if rng.random() < 0.3:
            parts.append(f"-s {h(rng.choice(clients))}")
        if rng.random() < 0.4:
            proto = proto_pick()
            parts.append(f"-p {proto if proto != 'icmp' else icmp['proto']}")
        if rng.random() < 0.5:
            parts.append("-j MASQUERADE")
        else:
            parts.append(f"-j SNAT --to-source {rng.choice(p['snat'])}")
        post.append(" ".join(parts))
    # ---- raw
    raw = []
    for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
        parts = []
        pub, proto, port = rng.choice(aims) if rng.random() < 0.7 else \
            (rng.choice(servers), rng.choice(["tcp", "udp", None]), None)
        if rng.random() < 0.8:
            parts.append(f"-d {h(pub)}")
        if rng.random() < 0.3:
            parts.append(f"-s {h(rng.choice(clients))}")
        if proto:
            parts.append(_pm(proto, "--dport", port) if port else
                         f"-p {proto}")
        elif rng.random() < 0.4:
            parts.append(f"-p {icmp['proto']}")
        if fam == 6 and not parts:
            # not neighbour discovery
            parts.append(f"-s {h(rng.choice(clients))}")
        r = rng.random()
        parts.append("-j NOTRACK" if r < 0.4 else "-j CT --notrack"
                     if r < 0.7 else "-j DROP")
        raw.append(" ".join(parts))
    # ---- mangle
    mangle = {"PREROUTING": [], "INPUT": [], "FORWARD": [],
              "POSTROUTING": []}
    marks = []
    for _ in range(rng.choice([0, 1, 1, 2, 3])):
        parts = []
        r = rng.random()
        if r < 0.4:
            parts.append(f"-i {rng.choice(['lan0', 'lan1'])}")
        elif r < 0.7:
            parts.append(f"-s {h(rng.choice(clients))}")
        else:
            parts.append(f"-d {h(rng.choice(public))}")
        if rng.random() < 0.5:
            parts.append(f"-p {proto_pick()}".replace(
                "icmp", icmp["proto"]))
        bit = rng.choice(MARK_BITS)
        marks.append(bit)
        if rng.random() < 0.5:
            parts.append(f"-j MARK --set-mark {bit}")
        else:
            parts.append(f"-j MARK --set-xmark {bit}/{bit}")
        mangle[rng.choice(["PREROUTING"] * 3 + ["FORWARD"])].append(
            " ".join(parts))
    for _ in range(rng.choice([0, 0, 1])):
        chain = rng.choice(["PREROUTING", "PREROUTING", "FORWARD",
                            "POSTROUTING", "INPUT"])
        pub, proto, port = rng.choice(aims)
        parts = []
        if chain == "POSTROUTING":
            parts.append(f"-o {rng.choice(['dmz0', 'dmz1'])}")
        elif chain == "PREROUTING":
            parts.append(f"-d {h(pub)}")
        else:
            parts.append(f"-s {h(rng.choice(clients))}")
        if not proto and fam == 6 and chain == "POSTROUTING":
            # not neighbour discovery, which leaves through POSTROUTING
            proto = "udp"
        if proto:
            parts.append(f"-p {proto}")
        parts.append("-j DROP")
        mangle[chain].append(" ".join(parts))
    # ---- filter
    fwd = []
    targets = [ln.split("--to-destination ")[1] for ln in
               pre + sum(natchains.values(), []) if "--to-destination" in ln]
    for _ in range(rng.randint(4, 9)):
        r = rng.random()
        verdict = rng.choice(["ACCEPT", "ACCEPT", "DROP", "REJECT"])
        if r < 0.3 and targets:
            to = rng.choice(targets)
            addr, ports = _to_spec(to)
            rule = f"-d {h(addr)}"
            if ports and rng.random() < 0.7:
                proto = rng.choice(["tcp", "udp"])
                rule += " " + _pm(proto, "--dport", ports.replace("-", ":"))
            fwd.append(f"{rule} -j "
                       f"{rng.choice(['ACCEPT', 'ACCEPT', verdict])}")
        elif r < 0.38:
            pub, proto, port = rng.choice(aims)
            rule = f"-d {h(pub)}"
            if proto:
                rule += " " + _pm(proto, "--dport", port)
            fwd.append(f"{rule} -j {verdict}")
        elif r < 0.48:
            pub = rng.choice(public)
            states = rng.choice(["NEW", "NEW,UNTRACKED", "UNTRACKED",
                                 "NEW,ESTABLISHED"])
            fwd.append(f"-m conntrack --ctstate {states} --ctorigdst "
                       f"{pub} -j {rng.choice(['ACCEPT', verdict])}")
        elif r < 0.56:
            fwd.append("-m conntrack --ctstate "
                       f"{rng.choice(['UNTRACKED', 'INVALID'])} -j "
                       f"{rng.choice(['ACCEPT', 'DROP', verdict])}")
        elif r < 0.66 and marks:
            bit = rng.choice(marks)
            mask = f"/{bit}" if rng.random() < 0.5 else ""
            fwd.append(f"-m mark {_neg(rng, 0.15)}--mark {bit}{mask} -j "
                       f"{rng.choice(['ACCEPT', 'ACCEPT', verdict])}")
        elif r < 0.72:
            fwd.append(f"-i {rng.choice(['dmz0', 'dmz1', 'dmz+'])} -p "
                       f"{rng.choice(['udp', 'tcp', icmp['proto']])} -j "
                       f"{rng.choice(['ACCEPT', 'DROP'])}")
        elif r < 0.78:
            fwd.append(f"-s {h(rng.choice(clients))} -j {verdict}")
        else:
            line, _nk = _rule(rng, st, "FORWARD", [])
            fwd.append(_spec_of(line.replace("--append", "-A"), "FORWARD"))
    if ctnat and rng.random() < 0.3:
        fwd.insert(rng.randint(0, len(fwd)), "-m conntrack --ctstate "
                   f"{rng.choice(['DNAT', 'SNAT', 'SNAT,DNAT'])} -j ACCEPT")
    if rng.random() < 0.75:
        fwd.insert(rng.randint(0, 1), "-m conntrack --ctstate "
                   "RELATED,ESTABLISHED -j ACCEPT")
    fwd_policy = rng.choice(["DROP", "DROP", "ACCEPT"])
    inp, in_policy = [], "ACCEPT"
    if rng.random() < 0.35:
        in_policy = "DROP"
        if fam == 6:
            # neighbour discovery goes through INPUT
            inp.append(f"-p {icmp['proto']} -j ACCEPT")
        inp.append("-m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT")
        for _ in range(rng.randint(1, 3)):
            r = rng.random()
            if r < 0.4:
                proto = rng.choice(["tcp", "udp"])
                inp.append(_pm(proto, "--dport", rng.choice(
                    [22, 25, 53, 2525, 2222, 8000, 80])) + " -j ACCEPT")
            elif r < 0.6:
                inp.append("-m conntrack --ctstate UNTRACKED -j ACCEPT")
            elif r < 0.8:
                inp.append(f"-p {icmp['proto']} -j ACCEPT")
            else:
                inp.append(f"-i {rng.choice(['lan0', 'lan1'])} -j ACCEPT")
    elif rng.random() < 0.3:
        inp.append(f"-p {rng.choice(['tcp', 'udp'])} -j "
                   f"{rng.choice(['DROP', 'REJECT'])}")
    # ---- the file
    header = rng.random() < 0.5
    tool = "iptables-save" if fam == 4 else "ip6tables-save"
    out = [f"# Generated by {tool} v1.8.9 (nf_tables) on Mon Jan  1 "
           f"00:00:00 2024" if header else
           f"# Generated by fwlint oracle gen-nat {fam} {seed}"]
    tables = [
        ("raw", ["PREROUTING", "OUTPUT"], {"PREROUTING": raw}),
        ("mangle", ["PREROUTING", "INPUT", "FORWARD", "OUTPUT",
                    "POSTROUTING"], mangle),
        ("nat", ["PREROUTING", "INPUT", "OUTPUT", "POSTROUTING"],
         dict({"PREROUTING": pre, "POSTROUTING": post}, **natchains)),
        ("filter", ["INPUT", "FORWARD", "OUTPUT"],
         {"INPUT": inp, "FORWARD": fwd}),
    ]
    rng.shuffle(tables)   # iptables-save writes them in no fixed order
    for name, builtin, body in tables:
        out.append(f"*{name}")
        for chain in builtin:
            pol = {"FORWARD": fwd_policy, "INPUT": in_policy}.get(
                chain, "ACCEPT") if name == "filter" else "ACCEPT"
            out.append(f":{chain} {pol} [0:0]")
        out += [f":{c} - [0:0]" for c in body if c not in builtin]
        for chain, lines in body.items():
            out += [f"-A {chain} {ln}" for ln in lines]
        out.append("COMMIT")
    out.append(f"# Completed by fwlint oracle gen-nat {fam} {seed}")
    return "\n".join(out) + "\n"


# ------------------------------------------------- NAT: what to observe
TO_PORTS = re.compile(r"(?:--to-destination|--to-ports)\s+(\S+)")


def nat_rules(text):
    """The DNAT and REDIRECT rules of table nat: (kind, address or None,
    [ports]) -- the ports a translation can give (a range: each)."""
    out, table = [], None
    for line in text.splitlines():
        if line.startswith("*"):
            table = line[1:].strip()
        if table != "nat" or not line.startswith("-A"):
            continue
        m = TO_PORTS.search(line)
        kind = "REDIRECT" if "-j REDIRECT" in line else \
            "DNAT" if "-j DNAT" in line else None
        if not kind:
            continue
        addr, ports = None, []
        if m:
            spec = m.group(1)
            if kind == "DNAT":
                addr, spec = _to_spec(spec)
            if spec:
                lo, _, hi = spec.partition("-")
                ports = list(range(int(lo), int(hi or lo) + 1))
        out.append((kind, addr, ports))
    return out


def nat_candidates(fam, text, att):
    """What a first packet may become, to count and to listen on:
    (server addresses, router addresses, ports, sources, server binds,
    router binds).  An over-approximation is harmless: a counting rule
    that counts nothing, a listener nobody reaches."""
    p = nat_plan(fam)
    _idx, proto, src, _sport, dst, dport, _cdev, rin, _rout = att
    trans = nat_rules(text)
    ports = {dport} if proto != "icmp" else set()
    if proto != "icmp":
        for _kind, _addr, pl in trans:
            ports.update(pl)
    servers = sorted(nat_targets(fam))
    router = nat_local(fam)
    sources = sorted({src, *p["snat"], *(a for addrs in p["router"].values()
                                         for a in addrs)})
    sbind, rbind = set(), set()
    if proto != "icmp":
        targets = {a for kind, a, _pl in trans if kind == "DNAT" and a}
        if dst in servers:
            targets.add(dst)
        for a in targets:
            for port in ports:
                sbind.add((proto, a, port))
        for a in {dst, p["redirect"][rin]} & set(router):
            for port in ports:
                rbind.add((proto, a, port))
    return servers, router, sorted(ports), sources, sbind, rbind


def _nat_ident(fam, proto, sport):
    """The match that tells one attempt's first packet from every other
    packet: its source port (unique in the run, which NAT keeps then), a
    TCP SYN; an echo request by its identifier."""
    if proto == "icmp":
        ic = ICMP[fam]
        at = "0>>22&0x3C@4>>16" if fam == 4 else "44>>16"
        return (f"-p {ic['proto']} -m {ic['module']} {ic['opt']} "
                f"{ic['echo']} -m u32 --u32 \"{at}={sport}\"")
    flags = " --tcp-flags FIN,SYN,RST,ACK SYN" if proto == "tcp" else ""
    return f"-p {proto} -m {proto} --sport {sport}{flags}"


def nat_counters(fam, text, atts):
    """(server raw table, router security table): per attempt a rule that
    counts its first packet, one per address it may have reached, one per
    port, and at the server one per source it may come from."""
    width = nat_plan(fam)["width"]
    srv = ["*raw", ":PREROUTING ACCEPT [0:0]", ":OUTPUT ACCEPT [0:0]"]
    rtr = ["*security", ":INPUT ACCEPT [0:0]", ":FORWARD ACCEPT [0:0]",
           ":OUTPUT ACCEPT [0:0]"]
    sb, rb = set(), set()
    for att in atts:
        idx, proto, _src, sport = att[:4]
        servers, router, ports, sources, sbind, rbind = \
            nat_candidates(fam, text, att)
        sb |= sbind
        rb |= rbind
        ident = _nat_ident(fam, proto, sport)
        for rules, chain, addrs in ((srv, "PREROUTING", servers),
                                    (rtr, "INPUT", router)):
            rules.append(f"-A {chain} {ident} -m comment --comment "
                         f"natt{idx}-any")
            for a in addrs:
                rules.append(f"-A {chain} -d {a}/{width} {ident} -m comment "
                             f"--comment natt{idx}-d-{a}")
            for port in ports:
                on_port = ident.replace("--sport", f"--dport {port} --sport")
                rules.append(f"-A {chain} {on_port} -m comment --comment "
                             f"natt{idx}-p-{port}")
        for a in sources:
            srv.append(f"-A PREROUTING -s {a}/{width} {ident} -m comment "
                       f"--comment natt{idx}-s-{a}")
    lan = set(NATPLANS[fam]["lanservers"])
    cb = {b for b in sb if b[1] in lan}
    return ("\n".join(srv + ["COMMIT"]) + "\n",
            "\n".join(rtr + ["COMMIT"]) + "\n", sb - cb, rb, cb)


def _write_nat_batch(fam, pre, text, att):
    with open(f"{pre}.att", "w", encoding="ascii") as f:
        f.write(_format_attempts(att))
    # the LAN server's namespace (the client's) counts with the server's
    # rules: a first packet reaches one of them
    srv, rtr, sb, rb, cb = nat_counters(fam, text, att)
    for ext, body in (("counters", srv), ("rcounters", rtr)):
        with open(f"{pre}.{ext}", "w", encoding="ascii") as f:
            f.write(body)
    for ext, binds in (("sbind", sb), ("rbind", rb), ("cbind", cb)):
        with open(f"{pre}.{ext}", "w", encoding="ascii") as f:
            f.write("".join(f"{pr} {a} {port}\n"
                            for pr, a, port in sorted(binds)))


def _used_sports(used, fam):
    """The source ports (echo identifiers) the NAT mode's clients used so
    far.  Only theirs: no other mode uses their addresses, so the NAT
    mode's attempts do not depend on how many attempts came before."""
    mine = set(NATPLANS[fam]["clients"])
    return {k[2] for k in used if k[1] in mine}


def attempts_nat(fam, seed, count, text, used, udp_share, icmp_share):
    rng = random.Random(seed * 7919 + fam + 5)
    p = nat_plan(fam)
    clients = sorted(p["clients"])
    public = sorted(p["public"])
    servers = nat_servers(fam)
    trans_aims = []
    table = None
    for line in text.splitlines():
        if line.startswith("*"):
            table = line[1:].strip()
        if table == "nat" and line.startswith("-A") and "-d " in line:
            m = re.search(r"-d (\S+?)/\d+", line)
            pm = re.search(r"-p (\w+) .*--dport (\d+)", line)
            if m and m.group(1) in p["public"]:
                trans_aims.append((m.group(1), pm.group(1) if pm else None,
                                   int(pm.group(2)) if pm else None))
    fwd_aims = []
    for rule in parse(text):
        d = [v for neg, k, v in rule.conds if k == "-d" and not neg]
        dp = [v for neg, k, v in rule.conds if k == "--dport" and not neg]
        pr = [v for neg, k, v in rule.conds if k == "-p" and not neg]
        for nets in d:
            for n in nets:
                for a in servers:
                    if ipaddress.ip_address(a) in n and n.prefixlen == 32:
                        fwd_aims.append((a, pr[0] if pr else None,
                                         dp[0][0][0] if dp else None))
    sports = _used_sports(used, fam)
    out = []
    while len(out) < count:
        src = rng.choice(clients)
        rin = p["clients"][src]
        r = rng.random()
        proto = "icmp" if r < icmp_share else \
            "udp" if r < icmp_share + udp_share else "tcp"
        dport = None
        r = rng.random()
        if r < 0.55 and trans_aims:
            dst, aproto, aport = rng.choice(trans_aims)
            if aproto and proto != "icmp" and rng.random() < 0.8:
                proto, dport = aproto, aport
        elif r < 0.75:
            dst = rng.choice(public)
        elif r < 0.9 and fwd_aims:
            dst, aproto, aport = rng.choice(fwd_aims)
            if aproto in ("tcp", "udp") and aport and proto != "icmp":
                proto, dport = aproto, aport
        else:
            dst = rng.choice(sorted(servers))
        link = p["public"].get(dst)
        if link in LINKS_IN and p["clients"][src] != link:
            # the LAN server's public address from its own LAN only: the
            # namespace that holds it holds every client, so it would
            # answer a client of another link directly too, which a LAN
            # host would not (it would answer through the router)
            src = rng.choice([c for c in clients
                              if p["clients"][c] == link])
            rin = p["clients"][src]
        if proto == "icmp":
            dport = ICMP[fam]["echo"]
        elif dport is None:
            r = rng.random()
            dport = rng.choice([22, 25, 53, 80, 443, 8080, 3001, 4002, 6001,
                                8001]) if r < 0.8 else rng.randint(1, 9999)
        # a source port (an echo identifier) used once in the run: no NAT
        # binding clashes with another, so NAT keeps it and the counting
        # rules find the packet by it
        sport = rng.randint(20000, 59999)
        if sport in sports:
            continue
        sports.add(sport)
        used.add((proto, src, sport, dst, dport))
        rout = p["public"].get(dst) or servers[dst]
        out.append((len(out), proto, src, sport, dst, dport, LINKS_IN[rin],
                    rin, rout))
    return out


# The self-test's addresses by role, per family: public addresses of the
# dmz0 pool (P0, P1) and of the dmz1 pool (Q0), clients behind lan0 (C00,
# C01) and lan1 (C10), servers behind dmz0 (S0, S1, S3) and dmz1 (S5), the
# SNAT addresses (N1, N2), the router's first address on lan0, lan1, dmz0.
NAT_ROLES = {
    4: {"P0": "198.18.0.10", "P1": "198.18.0.11", "Q0": "198.18.0.20",
        "C00": "10.4.0.10", "C01": "10.4.0.11", "C10": "10.5.0.10",
        "S0": "10.2.0.10", "S1": "10.2.0.11", "S3": "10.2.1.10",
        "S5": "10.2.128.5", "N1": "198.18.1.1", "N2": "198.18.1.2",
        "RL0": "10.255.0.1", "RL1": "10.255.1.1", "RD0": "10.255.2.1",
        "H0": "198.18.0.30", "L0": "10.4.0.50", "ML0": "10.255.0.1"},
    6: {"P0": "2001:db8:18::10", "P1": "2001:db8:18::11",
        "Q0": "2001:db8:18:1::20",
        "C00": "fd04::10", "C01": "fd04::11", "C10": "fd05::10",
        "S0": "fd00:2::10", "S1": "fd00:2::11", "S3": "fd00:2:1::10",
        "S5": "fd00:2:128::5", "N1": "2001:db8:18:ff::1",
        "N2": "2001:db8:18:ff::2",
        "RL0": "2001:db8:2::1", "RL1": "fd00:255:1::1",
        "RD0": "fd00:255:2::1", "H0": "2001:db8:18:2::30",
        "L0": "fd04::50", "ML0": "fd00:255::1"},
}
SANITY_NAT = """# fwlint oracle sanity nat (IPv{fam})
*raw
:PREROUTING ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A PREROUTING -d {P1}/{W} -p tcp -m tcp --dport 22 -j NOTRACK
-A PREROUTING -d {P1}/{W} -p udp -m udp --dport 7 -j DROP
-A PREROUTING -d {S3}/{W} -p tcp -m tcp --dport 8443 -j NOTRACK
-A PREROUTING -d {S3}/{W} -p udp -m udp --dport 5353 -j CT --notrack
-A PREROUTING -d {S3}/{W} -p tcp -m tcp --dport 8444 -j NOTRACK
COMMIT
*mangle
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A PREROUTING -s {C01}/{W} -p tcp -m tcp --dport 81 -j MARK --set-xmark 0x1/0xffffffff
-A PREROUTING -d {P1}/{W} -p tcp -m tcp --dport 82 -j DROP
COMMIT
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A PREROUTING -d {P0}/{W} -p tcp -m tcp --dport 80 -j DNAT --to-destination {S0_}:8080
-A PREROUTING -d {P0}/{W} -p tcp -m tcp --dport 81 -j DNAT --to-destination {S1_}:3000-3003
-A PREROUTING -d {P0}/{W} -p tcp -m tcp --dport 3002 -j DNAT --to-destination {S1_}:3000-3003
-A PREROUTING -d {P0}/{W} -p tcp -m tcp --dport 25 -j REDIRECT --to-ports 2525
-A PREROUTING -d {P1}/{W} -p tcp -m tcp --dport 22 -j DNAT --to-destination {S0}
-A PREROUTING -d {P1}/{W} -p tcp -m tcp --dport 82 -j DNAT --to-destination {S0}
-A PREROUTING -d {P1}/{W} -p tcp -m tcp --dport 8082:8083 -j DNAT --to-destination {S1}
-A PREROUTING -d {Q0}/{W} -p udp -m udp --dport 53 -j DNAT --to-destination {S5}
-A PREROUTING -d {Q0}/{W} -j DNAT --to-destination {S5}
-A POSTROUTING -o dmz0 -p tcp -m tcp --dport 8082 -j SNAT --to-source {N2}
-A POSTROUTING -o dmz1 -p udp -j SNAT --to-source {N1}
-A POSTROUTING -o dmz0 -p tcp -m tcp --dport 8080 -j MASQUERADE
-A PREROUTING -d {H0}/{W} -p tcp -m tcp --dport 80 -j DNAT --to-destination {L0_}:8080
-A PREROUTING -d {H0}/{W} -p tcp -m tcp --dport 81 -j DNAT --to-destination {L0_}:8081
-A PREROUTING -d {H0}/{W} -j DNAT --to-destination {L0}
-A POSTROUTING -o lan0 -d {L0}/{W} -p tcp -m tcp --dport 8081 -j MASQUERADE
COMMIT
*filter
:INPUT ACCEPT [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
-A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A FORWARD -d {S0}/{W} -p tcp -m tcp --dport 8080 -j ACCEPT
-A FORWARD -m mark --mark 0x1 -j ACCEPT
-A FORWARD -s {C10}/{W} -d {S1}/{W} -p tcp -m tcp --dport 3000:3003 -j ACCEPT
-A FORWARD -d {S5}/{W} -j ACCEPT
-A FORWARD -d {L0}/{W} -j ACCEPT
-A FORWARD -d {S1}/{W} -p tcp -m tcp --dport 443 -j REJECT --reject-with tcp-reset
-A FORWARD -m conntrack --ctstate UNTRACKED --ctorigdst {Q0} -j ACCEPT
-A FORWARD -i dmz0 -p udp -m udp --sport 5353 -m conntrack --ctstate NEW -j ACCEPT
-A FORWARD -i dmz0 -p tcp -m tcp --sport 8444 -m conntrack --ctstate INVALID -j ACCEPT
-A FORWARD -p tcp -m tcp --dport 8082 -m conntrack --ctstate SNAT -j ACCEPT
-A FORWARD -p tcp -m tcp --dport 8083 -m conntrack --ctstate DNAT -j ACCEPT
COMMIT
"""
SANITY_NAT_CASES = [
    ("tcp", "C00", "P0", 80, "ACCEPT srv:{S0}:8080 {RD0} open"),
    # a port range: its first port, or the original port when in it
    ("tcp", "C01", "P0", 81, "ACCEPT srv:{S1}:3000 {C01} open"),
    ("tcp", "C00", "P0", 81, "DROP - - closed"),
    ("tcp", "C10", "P0", 3002, "ACCEPT srv:{S1}:3002 {C10} open"),
    # REDIRECT: the first address of the ingress interface
    ("tcp", "C10", "P0", 25, "ACCEPT local:{RL1}:2525 - open"),
    ("tcp", "C00", "P0", 25, "ACCEPT local:{RL0}:2525 - open"),
    # NOTRACK: no DNAT, the router itself gets the packet
    ("tcp", "C00", "P1", 22, "ACCEPT local:{P1}:22 - open"),
    ("udp", "C00", "P1", 7, "DROP - - closed"),
    ("tcp", "C01", "P1", 82, "DROP - - closed"),
    ("udp", "C10", "Q0", 53, "ACCEPT srv:{S5}:53 {N1} open"),
    ("icmp", "C00", "Q0", None, "ACCEPT srv:{S5} {C00} open"),
    ("icmp", "C01", "P1", None, "ACCEPT local:{P1} - open"),
    ("tcp", "C00", "S1", 443, "REJECT:tcp-rst - - closed"),
    ("tcp", "C00", "P1", 9999, "ACCEPT local:{P1}:9999 - open"),
    # untracked, forwarded: --ctorigdst is not looked at; the SYN,ACK
    # comes back INVALID, the UDP answer is a NEW connection
    ("tcp", "C01", "S3", 8443, "ACCEPT srv:{S3}:8443 {C01} closed"),
    ("udp", "C10", "S3", 5353, "ACCEPT srv:{S3}:5353 {C10} open"),
    # --ctstate DNAT holds in FORWARD, SNAT only after POSTROUTING
    ("tcp", "C00", "P1", 8082, "DROP - - closed"),
    ("tcp", "C00", "P1", 8083, "ACCEPT srv:{S1}:8083 {C00} open"),
    # the SYN,ACK is INVALID: a rule that accepts INVALID opens it
    ("tcp", "C00", "S3", 8444, "ACCEPT srv:{S3}:8444 {C00} open"),
    # a hairpin (in and out on lan0): without SNAT the LAN server answers
    # the client directly, which takes no answer from that address
    ("tcp", "C00", "H0", 80, "ACCEPT srv:{L0}:8080 {C00} closed"),
    ("tcp", "C01", "H0", 81, "ACCEPT srv:{L0}:8081 {ML0} open"),
    ("udp", "C00", "H0", 53, "ACCEPT srv:{L0}:53 {C00} closed"),
    ("icmp", "C01", "H0", None, "ACCEPT srv:{L0} {C01} closed"),
]


def sanity_nat(fam):
    """Fixed attempts with known outcomes for the NAT mode: DNAT to a port,
    to a port range (the first port; the original port when it is in the
    range), REDIRECT (the ingress interface's first address), NOTRACK (no
    NAT: the router itself gets it), raw and mangle DROP, a MARK matched in
    filter, SNAT and MASQUERADE (the egress interface's address), an echo
    request DNATed and one delivered to the router, a REJECT, NOTRACK of
    forwarded packets (--ctorigdst ignored; the TCP answer INVALID, the UDP
    answer NEW), --ctstate DNAT and SNAT in FORWARD.  An expected outcome
    is "VERDICT WHERE SOURCE CONN", as observed_nat() writes.  Returns the
    ruleset and (proto, src, dst, dport, expected) per attempt."""
    roles = dict(NAT_ROLES[fam])
    # an address with a port: [ADDR]:PORT in IPv6
    for k in ("S0", "S1", "L0"):
        roles[f"{k}_"] = roles[k] if fam == 4 else f"[{roles[k]}]"
    text = SANITY_NAT.format(fam=fam, W=nat_plan(fam)["width"], **roles)

    def ep(text):
        # "srv:{S0}:8080" -> the endpoint as observed_nat() writes it
        m = re.match(r"^(\w+):\{(\w+)\}(?::(\d+))?$", text)
        if not m:
            return text
        return f"{m.group(1)}:{_endpoint(roles[m.group(2)], m.group(3))}"
    cases = []
    for proto, src, dst, dport, want in SANITY_NAT_CASES:
        words = want.split()
        words[1] = ep(words[1])
        words[2] = words[2].format(**roles)
        cases.append((proto, roles[src], roles[dst],
                      dport or ICMP[fam]["echo"], " ".join(words)))
    return text, cases


def observed_nat(path, saved_srv, saved_rtr, sent_text, served_text):
    """The kernel's outcome of every attempt of the NAT mode: "IDX VERDICT
    WHERE SOURCE CONN": WHERE is srv:ADDR[:PORT] (a server got the first
    packet there), local:ADDR[:PORT] (the router itself did) or -;
    SOURCE the source address the server saw; an attempt counted but not
    placed gives "?" (a harness error, which the judgement reports)."""
    def counts(text):
        out = {}
        for line in text.splitlines():
            m = re.match(r'^\[(\d+):\d+\] .*--comment "?(natt[^"\s]+)',
                         line)
            if m:
                out[m.group(2)] = out.get(m.group(2), 0) + int(m.group(1))
        return out
    srv, rtr = counts(saved_srv), counts(saved_rtr)

    def place(c, idx, proto):
        if not c.get(f"natt{idx}-any"):
            return None, None
        def one(kind):
            hit = [k.split("-", 2)[2] for k, v in c.items()
                   if k.startswith(f"natt{idx}-{kind}-") and v]
            return hit[0] if len(hit) == 1 else "?"
        where = _endpoint(one("d"), None if proto == "icmp" else one("p"))
        return where, one("s")
    errs, replies = {}, {}
    for line in sent_text.splitlines():
        idx, err, *rest = line.split()
        errs[idx] = err
        replies[idx] = rest[0] if rest else "-"
    accepted = {line.split()[0] for line in served_text.splitlines()
                if line.strip()}
    out = []
    for idx, proto, *_ in _read_attempts(path):
        if f"natt{idx}-any" not in srv or str(idx) not in errs:
            raise SystemExit(f"observed: no counter or no client result for "
                             f"attempt {idx}")
        s_where, s_src = place(srv, idx, proto)
        r_where, _ = place(rtr, idx, proto)
        done = str(idx) in accepted if proto == "tcp" else \
            replies[str(idx)] == "reply"
        if s_where and r_where:
            out.append(f"{idx} ? both:{s_where}/{r_where} ? closed")
        elif s_where or r_where:
            where = f"srv:{s_where}" if s_where else f"local:{r_where}"
            out.append(f"{idx} ACCEPT {where} {s_src or '-'} "
                       f"{'open' if done else 'closed'}")
        elif errs[str(idx)] == "-":
            out.append(f"{idx} DROP - - closed")
        else:
            out.append(f"{idx} REJECT:{errs[str(idx)]} - - closed")
    return "\n".join(out) + "\n"


def _observed_nat_of(pre):
    def rd(ext):
        path = f"{pre}.{ext}"
        if not os.path.exists(path):
            return ""
        with open(path, encoding="ascii") as f:
            return f.read()
    text = observed_nat(f"{pre}.att", rd("saved") + rd("csaved"),
                        rd("rsaved"), rd("sent"),
                        rd("served") + rd("rserved") + rd("cserved"))
    with open(f"{pre}.kernel", "w", encoding="ascii") as f:
        f.write(text)
    return {line.split()[0]: line.split()[1:] for line in text.splitlines()}


def serve_binds(fam, path, binds, ready, stop):
    """Listen on every "PROTO ADDR PORT" of BINDS (TCP: accept; UDP:
    answer from the address and port the datagram reached) until STOP
    exists; print "IDX accepted" for every TCP attempt of PATH whose
    connection was accepted, known by its source port (unique in the
    run; a NAT in between keeps it)."""
    import resource
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    af = socket.AF_INET if fam == 4 else socket.AF_INET6
    by_port = {(proto, sport): idx for idx, proto, _s, sport, *_ in
               _read_attempts(path)}
    socks = {}
    with open(binds, encoding="ascii") as f:
        for line in f:
            proto, addr, port = line.split()
            kind = socket.SOCK_STREAM if proto == "tcp" else \
                socket.SOCK_DGRAM
            s = socket.socket(af, kind)
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind((addr, int(port)))
            if proto == "tcp":
                s.listen(64)
            s.setblocking(False)
            socks[s.fileno()] = (proto, s)
    with open(ready, "w", encoding="ascii") as f:
        f.write("ready\n")
    done, conns = set(), []
    end = time.monotonic() + 30
    last = False
    while not last:
        last = time.monotonic() >= end or os.path.exists(stop)
        r, _w, _x = select.select(list(socks), [], [], 0 if last else 0.05)
        for fd in r:
            proto, s = socks[fd]
            while True:
                try:
                    if proto == "tcp":
                        c, peer = s.accept()
                        conns.append(c)
                    else:
                        data, peer = s.recvfrom(512)
                        s.sendto(b"fwlint oracle reply " + data[:16], peer)
                except OSError:
                    break
                if proto == "tcp" and (proto, peer[1]) in by_port:
                    done.add(by_port[(proto, peer[1])])
    for c in conns:
        c.close()
    for _proto, s in socks.values():
        s.close()
    for idx in sorted(done):
        print(idx, "accepted")
    return 0


def selftest_nat(pre):
    kern = _observed_nat_of(pre)
    with open(f"{pre}.expect", encoding="ascii") as f:
        want = {line.split()[0]: line.split()[1:] for line in f}
    bad = 0
    for att in _read_attempts(f"{pre}.att"):
        idx = str(att[0])
        if kern[idx] != want[idx]:
            bad += 1
            print(f"oracle: self-test nat attempt {' '.join(map(str, att))}:"
                  f" expected {' '.join(want[idx])}, the kernel gave "
                  f"{' '.join(kern[idx])}")
    return 1 if bad else 0


# ------------------------------------------------- NAT: the judgement
STEP_LINE = re.compile(r"^(?:[a-z]+ [A-Za-z0-9_.-]+|routing): ")
STEP_XLATE = re.compile(r"^nat (\S+): (DNAT|REDIRECT|SNAT|MASQUERADE) "
                        r"\S+?:\d+: (\S+) -> (.+)$")


def _canon(addr):
    """An address as Python spells it (fd00:255::1, not fd00:255:0::1);
    anything else (an interface, "the firewall") as it is."""
    try:
        return str(ipaddress.ip_address(addr))
    except ValueError:
        return addr


def _split_endpoint(text):
    """"ADDR:PORT", "[ADDR]:PORT", "ADDR", "the firewall:PORT" ->
    (addr, port or None)."""
    text = text.strip()
    if text.startswith("["):
        addr, _, rest = text[1:].partition("]")
        return addr, int(rest[1:]) if rest.startswith(":") else None
    if text.count(":") == 1:
        addr, port = text.rsplit(":", 1)
        return addr, int(port) if port.isdigit() else None
    return text, None


def fwlint_nat_outcome(fam, rules_lines, att, status, stdout, stderr):
    """fwlint's answer in the words of observed_nat(): (VERDICT, WHERE,
    SOURCE) or (None, why not).  Step lines (TABLE CHAIN: ..., routing:
    ...), then exactly one verdict line."""
    _idx, proto, src, sport, dst, dport, _cdev, rin, rout = att
    if stderr.strip():
        return None, f"fwlint warned: {stderr.strip().splitlines()[0]}"
    lines = stdout.splitlines()
    if not lines:
        return None, "no output"
    steps, last = lines[:-1], lines[-1]
    for s in steps:
        if not STEP_LINE.match(s) or TRACE_LINE.match(s):
            return None, f"not a step line: {s!r}"
    m = TRACE_LINE.match(last)
    if not m:
        return None, "no verdict line last"
    maybe, verdict, _path, line, _text = m.groups()
    if maybe:
        return None, "a MAYBE verdict"
    if status != (0 if verdict == "ACCEPT" else 1):
        return None, f"exit status {status} with {verdict}"
    line = int(line)
    srcline = rules_lines[line - 1] if 0 < line <= len(rules_lines) else ""
    tok = shlex.split(re.sub(r"^:\S+ ", "-j ", srcline)) if srcline else []
    if verdict not in tok:
        return None, f"line {line} ({srcline!r}) cannot give {verdict}"
    if verdict == "REJECT":
        kind = REJECT_DEFAULT[fam]
        if "--reject-with" in tok:
            kind = tok[tok.index("--reject-with") + 1]
        if kind not in REJECT[fam]:
            return None, f"unknown --reject-with {kind}"
        return (f"REJECT:{REJECT[fam][kind]}", "-", "-"), None
    if verdict == "DROP":
        return ("DROP", "-", "-"), None
    to_addr, to_port, local = dst, (None if proto == "icmp" else dport), \
        False
    new_src = src
    for s in steps:
        x = STEP_XLATE.match(s)
        if x and x.group(2) in ("DNAT", "REDIRECT"):
            a, port = _split_endpoint(x.group(4))
            if x.group(2) == "REDIRECT":
                local = True
            else:
                to_addr = _canon(a)
            if port is not None and proto != "icmp":
                to_port = port
        elif x:
            a, _port = _split_endpoint(x.group(4))
            # MASQUERADE names the interface: its address in the
            # gateway's subnet, the first one (inet_select_addr)
            new_src = nat_plan(fam)["masq"].get(a, _canon(a))
        if s.startswith("routing: to the firewall itself"):
            local = True
    if local:
        # the address of a local delivery: REDIRECT takes the ingress
        # interface's first address, else the packet keeps its own
        addr = nat_plan(fam)["redirect"][rin] if any(
            "REDIRECT" in s for s in steps) else to_addr
        return ("ACCEPT", f"local:{_endpoint(addr, to_port)}", "-"), None
    return ("ACCEPT", f"srv:{_endpoint(to_addr, to_port)}", new_src), None


def _trace_nat(fam, fwlint, rules, att, connect=False):
    _idx, proto, src, sport, dst, dport, _cdev, rin, rout = att
    if proto == "icmp":
        args = ["icmp" if fam == 4 else "icmpv6", _endpoint(src),
                _endpoint(dst, dport)]
    else:
        args = [proto, _endpoint(src, sport), _endpoint(dst, dport)]
    cmd = [fwlint, "trace", rules, "--in", rin, "--out", rout, "--local",
           ",".join(nat_local_arg(fam))] + \
        (["--connect"] if connect else ["--state", "new"]) + args
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=10,
                           stdin=subprocess.DEVNULL, check=False)
        return cmd, p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return cmd, "timeout", "", ""


def _binds_of(pre):
    out = set()
    for ext in ("sbind", "rbind", "cbind"):
        with open(f"{pre}.{ext}", encoding="ascii") as f:
            for line in f:
                proto, addr, port = line.split()
                out.add((proto, addr, int(port)))
    return out


def judge_nat(fam, rules, pre, fwlint, tally_path, record=None):
    with open(rules, encoding="utf-8") as f:
        rules_lines = f.read().splitlines()
    kern = _observed_nat_of(pre)
    atts = list(_read_attempts(f"{pre}.att"))
    binds = _binds_of(pre)
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as ex:
        one = list(ex.map(lambda a: _trace_nat(fam, fwlint, rules, a), atts))
        whole = list(ex.map(lambda a: _trace_nat(fam, fwlint, rules, a,
                                                 True), atts))
    bad = 0
    rec = open(record, "a", encoding="ascii") if record else None
    with open(tally_path, "a", encoding="ascii") as tally:
        for att, (cmd, status, out, err), (ccmd, cstatus, cout, cerr) in \
                zip(atts, one, whole):
            idx, proto, src, sport, dst, dport, _cdev, rin, rout = att
            verdict, where, ksrc, conn = kern[str(idx)]
            where_p = (f"{proto} {_endpoint(src, sport)} -> "
                       f"{_endpoint(dst, dport)} in {rin}")
            if rec:
                rec.write(f"{os.path.basename(rules)} {idx} {where_p}: "
                          f"{verdict} {where} {ksrc} {conn}\n")
            # the harness itself: a packet counted but not placed, or
            # delivered where nobody listened (the connection would fail
            # for want of a listener, not by the rules)
            harness = None
            if "?" in verdict + where + ksrc:
                harness = f"counted but not placed: {where} {ksrc}"
            elif where != "-" and proto != "icmp":
                a, port = _split_endpoint(where.split(":", 1)[1])
                if (proto, a, port) not in binds:
                    harness = f"delivered to {a}:{port}, where nothing listened"
            if harness:
                bad += 1
                tally.write(f"att n{fam} {proto} {verdict.split(':')[0]} "
                            "fail\n")
                print(f"oracle: HARNESS {rules} attempt {idx}: {where_p}: "
                      f"{harness}")
                continue
            got, why = fwlint_nat_outcome(fam, rules_lines, att, status,
                                          out, err)
            k = (verdict, where, ksrc)
            ok = got == k
            cgot, cwhy = fwlint_connect(cstatus, cout, cerr)
            cok = cgot == conn
            kind = "-"
            if where != "-":
                a, port = _split_endpoint(where.split(":", 1)[1])
                kind = where.split(":")[0]
                if kind == "srv" and (a != dst or ksrc != src or
                                      port not in (None, dport)):
                    kind += "-xlat"
            tally.write(f"att n{fam} {proto} {verdict.split(':')[0]} "
                        f"{'pass' if ok else 'fail'}\n")
            tally.write(f"conn n{fam} {proto} {conn} "
                        f"{'pass' if cok else 'fail'}\n")
            tally.write(f"where n{fam} {kind}\n")
            if not ok:
                bad += 1
                text = " | ".join((out + err).strip().splitlines())
                print(f"oracle: MISMATCH {rules} attempt {idx}: {where_p}: "
                      f"kernel: {verdict} {where} from {ksrc}; fwlint exit "
                      f"{status}: {text}" + (f" ({why})" if why else ""))
                print("oracle:   reproduce: " + " ".join(shlex.quote(c)
                                                          for c in cmd))
            if not cok:
                bad += 1
                what = "the connection completed" if conn == "open" else \
                    "the connection did not complete"
                text = " | ".join((cout + cerr).strip().splitlines())
                print(f"oracle: MISMATCH {rules} attempt {idx} (--connect): "
                      f"{where_p}: kernel: {what}; fwlint exit {cstatus}: "
                      f"{text}" + (f" ({cwhy})" if cwhy else ""))
                print("oracle:   reproduce: " + " ".join(shlex.quote(c)
                                                          for c in ccmd))
    if rec:
        rec.close()
    return 1 if bad else 0


def main(argv):
    cmd = argv[1] if len(argv) > 1 else ""
    if cmd == "gen":
        sys.stdout.write(gen(int(argv[2]), int(argv[3])))
    elif cmd == "attempts":
        fam, seed, count, path, used_path = int(argv[2]), int(argv[3]), \
            int(argv[4]), argv[5], argv[6]
        with open(path, encoding="utf-8") as f:
            text = f.read()
        new = attempts(fam, seed, count, text, _load_used(used_path),
                       float(argv[7]), float(argv[8]))
        _save_used(used_path, new)
        _write_batch(fam, argv[9], new)
    elif cmd == "sanity":
        fam, name, used_path, pre = int(argv[2]), argv[3], argv[4], argv[5]
        text, att, expect = sanity(fam, name, _load_used(used_path))
        _save_used(used_path, att)
        with open(f"{pre}.rules", "w", encoding="ascii") as f:
            f.write(text)
        _write_batch(fam, pre, att)
        with open(f"{pre}.expect", "w", encoding="ascii") as f:
            f.write("".join(f"{i} {e}\n" for i, e in enumerate(expect)))
    elif cmd == "gen-nat":
        sys.stdout.write(gen_nat(int(argv[2]), int(argv[3]),
                                 len(argv) > 4 and argv[4] == "1"))
    elif cmd == "plan-nat":
        p = nat_plan(int(argv[2]))
        for a, dev in sorted(p["clients"].items()):
            print("client", a, dev)
        for a in sorted(p["public"]):
            print("public", a, "lo")
        for a, dev in sorted(p["lanservers"].items()):
            print("lanserver", a, dev)
        for a, (dev, plen) in sorted(p["secondary"].items()):
            print("secondary", f"{a}/{plen}", dev)
    elif cmd == "batch-nat":
        # gen-nat and attempts-nat in one: a Python start less per file
        fam, seed, ctnat, count, used_path = int(argv[2]), int(argv[3]), \
            argv[4] == "1", int(argv[5]), argv[6]
        pre = argv[9]
        text = gen_nat(fam, seed, ctnat)
        with open(f"{pre}.rules", "w", encoding="ascii") as f:
            f.write(text)
        new = attempts_nat(fam, seed, count, text, _load_used(used_path),
                           float(argv[7]), float(argv[8]))
        _save_used(used_path, new)
        _write_nat_batch(fam, pre, text, new)
    elif cmd == "attempts-nat":
        fam, seed, count, path, used_path = int(argv[2]), int(argv[3]), \
            int(argv[4]), argv[5], argv[6]
        with open(path, encoding="utf-8") as f:
            text = f.read()
        new = attempts_nat(fam, seed, count, text, _load_used(used_path),
                           float(argv[7]), float(argv[8]))
        _save_used(used_path, new)
        _write_nat_batch(fam, argv[9], text, new)
    elif cmd == "sanity-nat":
        fam, used_path, pre = int(argv[2]), argv[3], argv[4]
        text, cases = sanity_nat(fam)
        used = _load_used(used_path)
        sports = _used_sports(used, fam)
        att, port = [], 10000
        for proto, src, dst, dport, _e in cases:
            while port in sports:
                port += 1
            sports.add(port)
            rin = nat_plan(fam)["clients"][src]
            rout = nat_plan(fam)["public"].get(dst) or \
                nat_servers(fam)[dst]
            att.append((len(att), proto, src, port, dst, dport,
                        LINKS_IN[rin], rin, rout))
        _save_used(used_path, att)
        with open(f"{pre}.rules", "w", encoding="ascii") as f:
            f.write(text)
        _write_nat_batch(fam, pre, text, att)
        with open(f"{pre}.expect", "w", encoding="ascii") as f:
            f.write("".join(f"{i} {c[4]}\n" for i, c in enumerate(cases)))
    elif cmd == "serve-binds":
        return serve_binds(int(argv[2]), argv[3], argv[4], argv[5], argv[6])
    elif cmd == "selftest-nat":
        return selftest_nat(argv[2])
    elif cmd == "judge-nat":
        return judge_nat(int(argv[2]), argv[3], argv[4], argv[5], argv[6],
                         os.environ.get("ORACLE_RECORD") or None)
    elif cmd == "plan":
        clients, servers = plan(int(argv[2]))
        for a in clients:
            print("client", a)
        for a, dev in servers.items():
            print("server", a, dev)
    elif cmd == "send":
        return send(int(argv[2]), argv[3], float(argv[4]))
    elif cmd == "serve":
        return serve(int(argv[2]), argv[3], argv[4], argv[5])
    elif cmd == "ping":
        return ping(argv[2], argv[3])
    elif cmd == "selftest":
        return selftest(argv[2])
    elif cmd == "judge":
        return judge(int(argv[2]), argv[3], argv[4], argv[5], argv[6])
    elif cmd == "accepts":
        return accepts(argv[3], argv[4])
    elif cmd == "summary":
        text, npass, nfail = summary(argv[2])
        print(f"{text}|{npass}|{nfail}")
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
