#!/usr/bin/env python3
"""Helpers for the kernel oracle test (tests/oracle/run.sh).

Subcommands (stdlib only, Python 3.11):

  gen SEED                      print a random, valid iptables-save file
  plan                          print the address plan for run.sh
  sanity NAME USED RULES ATT EXP  write a fixed ruleset with known outcomes
  attempts SEED COUNT FILE USED [UDP_SHARE]
                                print COUNT connection attempts for FILE, one
                                a line: "IDX PROTO SRC SPORT DST DPORT CDEV RIN
                                ROUT"; USED is a file of the 5-tuples already
                                used in this run (read and appended); a share
                                UDP_SHARE (default 0) of them are UDP
  counters ATTFILE              print the server-side counting rules (raw table)
  send ATTFILE WAIT             run inside the client namespace: send one TCP
                                SYN (a connect) or UDP datagram per attempt,
                                wait WAIT seconds, close
  delivered ATTFILE             read "iptables-save -c -t raw" of the server on
                                stdin, print "IDX 0|1" (1 = the first packet
                                arrived)

Everything is deterministic for a given seed: random.Random(seed), no
dependence on the clock, the host or hash ordering.
"""

import ipaddress
import os
import random
import shlex
import socket
import sys
import time

# ------------------------------------------------------------- address plan
# Client addresses live on the client namespace's loopback; the client picks
# its link to the router (lan0 or lan1 on the router side) per attempt with
# SO_BINDTODEVICE, so the ingress interface is independent of the source.
# Server addresses live on the server namespace's loopback; the router
# reaches each one through exactly one link (dmz0 or dmz1), so the egress
# interface follows from the destination.  RFC 1918 addresses only; the
# namespaces have no link to the host or anything else.
CLIENTS = ["10.1.1.10", "10.1.1.11", "10.1.2.20", "10.1.200.7", "10.3.0.5",
           "172.16.5.5", "192.168.7.9", "172.31.77.7"]
SERVERS = {"10.2.0.10": "dmz0", "10.2.0.11": "dmz0", "10.2.1.10": "dmz0",
           "10.2.128.5": "dmz1", "172.20.0.1": "dmz1",
           "192.168.50.25": "dmz1"}
# router interface -> client-side device of the same veth pair
LINKS_IN = {"lan0": "c0", "lan1": "c1"}
ROUTER_IFACES = ["lan0", "lan1", "dmz0", "dmz1"]

PORTS = [22, 25, 53, 80, 102, 110, 119, 135, 143, 389, 443, 636, 993, 995,
         1023, 1024, 3389, 4000, 4001, 4002, 8080, 65535]
CHAIN_NAMES = ["web", "mail", "ops", "dmz_in", "lan-out", "EXCH", "audit",
               "Blk.1", "x_y", "RPC"]
CT_ORDER = ["INVALID", "NEW", "RELATED", "ESTABLISHED"]


# ------------------------------------------------------------------ generator
def _prefix(rng, pool):
    base = rng.choice(pool)
    plen = rng.choice([32, 32, 32, 24, 24, 16, 16, 8, 12, 20, 28, 30, 31, 1])
    net = ipaddress.ip_network(f"{base}/{plen}", strict=False)
    return f"{net.network_address}/{plen}"


def _addr_pool(rng, side):
    if side == "s":
        return CLIENTS if rng.random() < 0.8 else list(SERVERS)
    return list(SERVERS) if rng.random() < 0.8 else CLIENTS


def _port_spec(rng):
    """A single port or a range, as iptables-save prints it (a:b)."""
    r = rng.random()
    if r < 0.5:
        return str(rng.choice(PORTS))
    if r < 0.65:
        return rng.choice(["1024:65535", "0:1023", "1:1023", "4000:4002"])
    lo = rng.choice(PORTS)
    hi = min(65535, lo + rng.choice([1, 5, 100, 1000, 30000]))
    # multiport refuses a:a ("invalid portrange"); tcp takes it, but both
    # print it as a single port
    return f"{lo}:{hi}" if hi > lo else str(lo)


def _multiport_list(rng):
    items, slots = [], 0
    for _ in range(rng.randint(2, 5)):
        spec = _port_spec(rng)
        cost = 2 if ":" in spec else 1
        if slots + cost > 15:
            break
        items.append(spec)
        slots += cost
    return ",".join(items)


def _iprange(rng, pool):
    a = ipaddress.ip_address(rng.choice(pool))
    lo = int(a) - rng.choice([0, 0, 1, 5, 300])
    hi = int(a) + rng.choice([0, 1, 9, 256, 70000])
    return f"{ipaddress.ip_address(lo)}-{ipaddress.ip_address(hi)}"


def _neg(rng, p):
    return "! " if rng.random() < p else ""


def _rule(rng, chain, callees, target=None):
    """One '-A' line.  callees: user chains this chain may jump to; target
    forces the target (a jump to a chain that nothing else reaches)."""
    parts = [f"-A {chain}"]
    if rng.random() < 0.35:
        parts.append(f"{_neg(rng, 0.2)}-s {_prefix(rng, _addr_pool(rng, 's'))}")
    if rng.random() < 0.35:
        parts.append(f"{_neg(rng, 0.2)}-d {_prefix(rng, _addr_pool(rng, 'd'))}")
    if rng.random() < 0.3:
        name = rng.choice(["lan0", "lan1", "lan1", "lan+", "l+", "dmz0",
                           "eth0", "veth+", "lan0"])
        parts.append(f"{_neg(rng, 0.25)}-i {name}")
    if rng.random() < 0.25:
        name = rng.choice(["dmz0", "dmz1", "dmz1", "dmz+", "d+", "lan0",
                           "eth1", "dmz0"])
        parts.append(f"{_neg(rng, 0.25)}-o {name}")
    r = rng.random()
    proto = None
    if r < 0.55:
        proto = "tcp"
    elif r < 0.65:
        proto = "udp"
    elif r < 0.70:
        proto = "icmp"
    elif r < 0.75:
        parts.append(f"! -p {rng.choice(['tcp', 'udp', 'icmp'])}")
    if proto:
        parts.append(f"-p {proto}")
    if proto in ("tcp", "udp"):
        sub = []
        if rng.random() < 0.2:
            sub.append(f"{_neg(rng, 0.15)}--sport {_port_spec(rng)}")
        if rng.random() < 0.45:
            sub.append(f"{_neg(rng, 0.15)}--dport {_port_spec(rng)}")
        if sub:
            parts.append(f"-m {proto} " + " ".join(sub))
        if rng.random() < 0.2:
            opt = rng.choice(["--dports", "--dports", "--sports", "--ports"])
            parts.append(f"-m multiport {_neg(rng, 0.1)}{opt} "
                         f"{_multiport_list(rng)}")
    if rng.random() < 0.12:
        sub = []
        if rng.random() < 0.6:
            sub.append(f"{_neg(rng, 0.2)}--src-range {_iprange(rng, CLIENTS)}")
        if not sub or rng.random() < 0.4:
            sub.append(f"{_neg(rng, 0.2)}--dst-range "
                       f"{_iprange(rng, list(SERVERS))}")
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
                           '"Exchange: MAPI (Q176466)"', '"x  y"'])
        parts.append(f"-m comment --comment {text}")
    # target
    r = rng.random()
    if target:
        parts.append(f"-j {target}")
    elif callees and r < 0.25:
        how = "-g" if rng.random() < 0.2 else "-j"
        parts.append(f"{how} {rng.choice(callees)}")
    elif r < 0.45:
        parts.append("-j ACCEPT")
    elif r < 0.62:
        parts.append("-j DROP")
    elif r < 0.74:
        if proto == "tcp" and rng.random() < 0.5:
            parts.append("-j REJECT --reject-with tcp-reset")
        else:
            parts.append("-j REJECT --reject-with " + rng.choice(
                ["icmp-port-unreachable", "icmp-host-prohibited",
                 "icmp-admin-prohibited"]))
    elif r < 0.84:
        parts.append('-j LOG --log-prefix "fw: "')
    elif r < (0.87 if chain == "FORWARD" else 0.94):
        # RETURN in FORWARD itself: the policy decides
        parts.append("-j RETURN")
    # else: no target, a counting rule that goes on to the next one
    return " ".join(parts)


def gen(seed):
    rng = random.Random(seed)
    users = rng.sample(CHAIN_NAMES, rng.randint(2, 4))
    policy = rng.choice(["ACCEPT", "DROP"])
    body = {}
    # FORWARD may jump to any user chain; user chain k only to chains after
    # it: no cycles (the kernel refuses loops).
    body["FORWARD"] = [_rule(rng, "FORWARD", users)
                       for _ in range(rng.randint(6, 14))]
    for k, name in enumerate(users):
        body[name] = [_rule(rng, name, users[k + 1:])
                      for _ in range(rng.randint(2, 7))]
    # Make every user chain reachable: a jump to it from FORWARD or from an
    # earlier user chain, at a random position.
    for k, name in enumerate(users):
        referenced = any(line.endswith((f"-j {name}", f"-g {name}"))
                         for lines in body.values() for line in lines)
        if not referenced:
            caller = rng.choice(["FORWARD"] + users[:k])
            line = _rule(rng, caller, [name], target=name)
            body[caller].insert(rng.randint(0, len(body[caller])), line)
    # An ESTABLISHED rule near the top, as real rulesets have (half the time)
    if rng.random() < 0.5:
        body["FORWARD"].insert(rng.randint(0, 2),
                               "-A FORWARD -m conntrack --ctstate "
                               "RELATED,ESTABLISHED -j ACCEPT")
    out = [f"# Generated by fwlint oracle gen {seed}"]
    extra = rng.random()
    if extra < 0.15:
        out += ["*nat", ":PREROUTING ACCEPT [0:0]", ":INPUT ACCEPT [0:0]",
                ":OUTPUT ACCEPT [0:0]", ":POSTROUTING ACCEPT [0:0]", "COMMIT"]
    out += ["*filter", ":INPUT ACCEPT [0:0]",
            f":FORWARD {policy} [{rng.randint(0, 999)}:{rng.randint(0, 99999)}]",
            ":OUTPUT ACCEPT [0:0]"]
    out += [f":{name} - [0:0]" for name in users]
    for chain in ["FORWARD"] + users:
        out += body[chain]
    out += ["COMMIT", f"# Completed by fwlint oracle gen {seed}"]
    if 0.15 <= extra < 0.25:
        out += ["*mangle", ":PREROUTING ACCEPT [0:0]", ":INPUT ACCEPT [0:0]",
                ":FORWARD ACCEPT [0:0]", ":OUTPUT ACCEPT [0:0]",
                ":POSTROUTING ACCEPT [0:0]",
                "-A PREROUTING -j MARK --set-xmark 0x1/0xffffffff", "COMMIT"]
    return "\n".join(out) + "\n"


# ------------------------------------------------------- the reference model
class Rule:
    def __init__(self, lineno, text):
        self.lineno = lineno
        self.text = text
        self.conds = []       # (neg, kind, value)
        self.target = None    # ACCEPT DROP REJECT RETURN or a chain name
        self.goto = False


def _ports(spec):
    out = []
    for item in spec.split(","):
        lo, sep, hi = item.partition(":")
        lo_i = int(lo) if lo else 0
        hi_i = int(hi) if hi else (65535 if sep else lo_i)
        out.append((lo_i, hi_i))
    return out


def parse(text):
    """Parse the subset of iptables-save that gen() writes (filter table)."""
    chains, policy, table = {}, {}, None
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("*"):
            table = line[1:]
            continue
        if table != "filter" or line == "COMMIT":
            continue
        if line.startswith(":"):
            name, pol = line[1:].split()[:2]
            chains[name] = []
            policy[name] = (pol, lineno, line)
            continue
        tok = shlex.split(line)
        assert tok[0] == "-A", line
        rule = Rule(lineno, line)
        chains[tok[1]].append(rule)
        i, neg = 2, False
        while i < len(tok):
            t = tok[i]
            if t == "!":
                neg = True
                i += 1
                continue
            if t in ("-s", "-d"):
                rule.conds.append((neg, t, ipaddress.ip_network(tok[i + 1])))
            elif t in ("-i", "-o"):
                rule.conds.append((neg, t, tok[i + 1]))
            elif t == "-p":
                rule.conds.append((neg, t, tok[i + 1]))
            elif t in ("--sport", "--dport", "--sports", "--dports",
                       "--ports"):
                rule.conds.append((neg, t, _ports(tok[i + 1])))
            elif t in ("--src-range", "--dst-range"):
                lo, hi = tok[i + 1].split("-")
                rule.conds.append((neg, t, (ipaddress.ip_address(lo),
                                            ipaddress.ip_address(hi))))
            elif t in ("--ctstate", "--state"):
                rule.conds.append((neg, "state", set(tok[i + 1].split(","))))
            elif t in ("-j", "-g"):
                rule.target = tok[i + 1]
                rule.goto = t == "-g"
                break  # the rest are target options
            elif t == "-m":
                pass  # the module name: its options follow
            elif t in ("--comment", "--log-prefix", "--reject-with"):
                pass
            else:
                raise ValueError(f"line {lineno}: unsupported {t}")
            i += 2
            neg = False
    return chains, policy


def _iface(pattern, name):
    if pattern.endswith("+"):
        return name.startswith(pattern[:-1])
    return name == pattern


def _pick_addr(rng, pool, conds):
    """An address of pool satisfying the positive conditions, if any."""
    ok = [a for a in pool if all(
        (ipaddress.ip_address(a) in v) != neg if k in ("-s", "-d") else
        (v[0] <= ipaddress.ip_address(a) <= v[1]) != neg
        for neg, k, v in conds)]
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


def attempts(seed, count, text, used, udp_share):
    # not Random(seed): gen() already walks that stream
    rng = random.Random(seed * 7919 + 1)
    chains, _ = parse(text)
    rules = [r for name in sorted(chains) for r in chains[name]]
    dports = _port_candidates(rules, ("--dport", "--dports", "--ports"))
    sports = _port_candidates(rules, ("--sport", "--sports", "--ports"))
    out = []
    while len(out) < count:
        rule = rng.choice(rules) if rules and rng.random() < 0.6 else None
        conds = rule.conds if rule else []
        src_c = [c for c in conds if c[1] in ("-s", "--src-range")]
        dst_c = [c for c in conds if c[1] in ("-d", "--dst-range")]
        src = _pick_addr(rng, CLIENTS, src_c)
        o_c = [(neg, v) for neg, k, v in conds if k == "-o"]
        dsts = [d for d in SERVERS
                if all(_iface(v, SERVERS[d]) != neg for neg, v in o_c)]
        dst = _pick_addr(rng, dsts or list(SERVERS), dst_c)
        i_c = [(neg, v) for neg, k, v in conds if k == "-i"]
        rins = [i for i in sorted(LINKS_IN)
                if all(_iface(v, i) != neg for neg, v in i_c)]
        rin = rng.choice(rins or sorted(LINKS_IN))
        proto = "udp" if rng.random() < udp_share else "tcp"
        for neg, k, v in conds:
            if k == "-p" and not neg and v in ("tcp", "udp"):
                proto = v
        r = rng.random()
        if r < 0.55 and dports:
            dport = rng.choice(dports)
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
                    rin, SERVERS[dst]))
    return out


def sanity(name, used):
    """Fixed attempts with known kernel outcomes, to prove the harness.

    open: FORWARD ACCEPT, no rules: every client address over both links to
          every server address must arrive (routing, rp_filter, counters).
    one:  FORWARD DROP and one ACCEPT rule: exactly the first attempt
          arrives; each of the others differs from it in one field.
    Returns (ruleset text, attempts, expected 0/1 list).
    """
    head = ["*filter", ":INPUT ACCEPT [0:0]"]
    tail = [":OUTPUT ACCEPT [0:0]"]
    port = 2000 + len(used)
    att = []
    if name == "open":
        text = head + [":FORWARD ACCEPT [0:0]"] + tail + ["COMMIT"]
        for src in CLIENTS:
            for dst in SERVERS:
                for rin in sorted(LINKS_IN):
                    att.append(("tcp", src, port + len(att), dst, 80, rin))
        for rin in sorted(LINKS_IN):
            att.append(("udp", CLIENTS[0], port + len(att), "172.20.0.1", 53,
                        rin))
        expect = [1] * len(att)
    else:
        text = head + [":FORWARD DROP [0:0]"] + tail + [
            "-A FORWARD -s 10.1.1.10/32 -d 10.2.0.10/32 -i lan1 -o dmz0 "
            "-p tcp -m tcp --dport 135 -j ACCEPT", "COMMIT"]
        for proto, src, dst, dport, rin in [
                ("tcp", "10.1.1.10", "10.2.0.10", 135, "lan1"),
                ("tcp", "10.1.1.10", "10.2.0.10", 135, "lan0"),
                ("tcp", "10.1.1.11", "10.2.0.10", 135, "lan1"),
                ("tcp", "10.1.1.10", "10.2.0.11", 135, "lan1"),
                ("tcp", "10.1.1.10", "10.2.0.10", 136, "lan1"),
                ("tcp", "10.1.1.10", "10.2.128.5", 135, "lan1"),
                ("udp", "10.1.1.10", "10.2.0.10", 135, "lan1")]:
            att.append((proto, src, port + len(att), dst, dport, rin))
        expect = [1] + [0] * (len(att) - 1)
    out = []
    for idx, (proto, src, sport, dst, dport, rin) in enumerate(att):
        used.add((proto, src, sport, dst, dport))
        out.append((idx, proto, src, sport, dst, dport, LINKS_IN[rin], rin,
                    SERVERS[dst]))
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


def _format_attempts(att):
    return "".join(" ".join(str(x) for x in a) + "\n" for a in att)


def _read_attempts(path):
    with open(path, encoding="ascii") as f:
        for line in f:
            idx, proto, src, sport, dst, dport, cdev, rin, rout = line.split()
            yield (int(idx), proto, src, int(sport), dst, int(dport), cdev,
                   rin, rout)


# ---------------------------------------------------------------- the probes
def counters(path):
    """Server side: one counting rule (no target) per expected first
    packet: a TCP SYN, or the UDP datagram."""
    out = ["*raw", ":PREROUTING ACCEPT [0:0]", ":OUTPUT ACCEPT [0:0]"]
    for idx, proto, src, sport, dst, dport, *_ in _read_attempts(path):
        flags = " --tcp-flags FIN,SYN,RST,ACK SYN" if proto == "tcp" else ""
        out.append(f"-A PREROUTING -s {src}/32 -d {dst}/32 -p {proto} "
                   f"-m {proto} --sport {sport} --dport {dport}{flags} "
                   f"-m comment --comment att{idx}")
    out.append("COMMIT")
    return "\n".join(out) + "\n"


def send(path, wait):
    socks = []
    for idx, proto, src, sport, dst, dport, cdev, *_ in _read_attempts(path):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM if proto == "tcp"
                          else socket.SOCK_DGRAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_BINDTODEVICE,
                     cdev.encode())
        s.bind((src, sport))
        s.setblocking(False)
        if proto == "udp":
            s.sendto(b"fwlint oracle", (dst, dport))
            socks.append(s)
            continue
        err = s.connect_ex((dst, dport))
        if err not in (0, 115):  # EINPROGRESS
            print(f"send: attempt {idx}: connect: {os.strerror(err)}",
                  file=sys.stderr)
            return 2
        socks.append(s)
    time.sleep(wait)
    for s in socks:
        s.close()
    return 0


def delivered(path, save_text):
    hits = {}
    for line in save_text.splitlines():
        if not line.startswith("[") or "--comment att" not in line:
            continue
        pkts = int(line[1:line.index(":")])
        idx = int(line.rsplit("--comment att", 1)[1].split()[0])
        hits[idx] = pkts > 0
    out = []
    for idx, *_ in _read_attempts(path):
        if idx not in hits:
            raise SystemExit(f"delivered: no counter for attempt {idx}")
        out.append(f"{idx} {int(hits[idx])}")
    return "\n".join(out) + "\n"


def main(argv):
    cmd = argv[1] if len(argv) > 1 else ""
    if cmd == "gen":
        sys.stdout.write(gen(int(argv[2])))
    elif cmd == "attempts":
        seed, count, path, used_path = int(argv[2]), int(argv[3]), argv[4], \
            argv[5]
        with open(path, encoding="utf-8") as f:
            text = f.read()
        udp_share = float(argv[6]) if len(argv) > 6 else 0.0
        new = attempts(seed, count, text, _load_used(used_path), udp_share)
        _save_used(used_path, new)
        sys.stdout.write(_format_attempts(new))
    elif cmd == "sanity":
        # sanity NAME USED RULES ATTEMPTS EXPECTED
        name, used_path = argv[2], argv[3]
        text, att, expect = sanity(name, _load_used(used_path))
        _save_used(used_path, att)
        with open(argv[4], "w", encoding="ascii") as f:
            f.write(text)
        with open(argv[5], "w", encoding="ascii") as f:
            f.write(_format_attempts(att))
        with open(argv[6], "w", encoding="ascii") as f:
            f.write("".join(f"{i} {e}\n" for i, e in enumerate(expect)))
    elif cmd == "plan":
        for a in CLIENTS:
            print("client", a)
        for a, dev in SERVERS.items():
            print("server", a, dev)
    elif cmd == "counters":
        sys.stdout.write(counters(argv[2]))
    elif cmd == "send":
        return send(argv[2], float(argv[3]))
    elif cmd == "delivered":
        sys.stdout.write(delivered(argv[2], sys.stdin.read()))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
