#!/usr/bin/env python3
"""Part (b) of tests/fixit-check.sh: the kernel judges an iptables
firewall's fix-its (root; stdlib only; reuses tests/oracle/oracle.py).

  kernel.py FWLINT OLD_DIR NEW_DIR TOPO FIREWALL

OLD_DIR holds the broken sample, NEW_DIR the same after `fwlint
--fix=inplace`; TOPO is the topology's name in both, FIREWALL the name of
an iptables firewall in it (samples/contoso/broken.topo: edge).

The namespaces mimic the firewall: a router with one link per interface
of the topology (eth0, eth1, eth2), each toward a namespace for that
interface's zone (internet, dmz, corp).  The router has the topology's
address on an interface that names one, else the zone's last host
address; the zone's namespace the address before it, and the addresses
that probes come from or go to (in the zone: on the link, so that the
router finds them by ARP; outside it, as a spoofed source: on lo).  The
router forwards, reverse-path filtering is off everywhere, and a public
address that the firewall translates is routed by the internet's
namespace to the router.

The probes are TCP SYNs ("--state new"): the example packet of each
missing-opening and partial-opening finding of the firewall in the broken
run (-f json), and of each over-permissive finding; the flow examples'
boundary neighbours (destination port -1 and +1, a
source just outside the flow's source zone, the same packet entering by
each other interface: a public destination then becomes the server's own
address); and 36 random packets between the zones' hosts, servers and
ports (random.Random(15)).  Each is sent by oracle.send from its source
address and port in the namespace of its ingress interface; its arrival
is counted by a rule per possible destination address in the raw table
of every zone namespace (the packet's own, and the DNAT targets of either
file), so that the kernel says whether it was delivered and to which
address.  The file is loaded as it is, but for INPUT rules that match an
ipset (-m set: the set does not exist here; they cannot see a forwarded
packet); the fixed version is loaded over it.  Each probe keeps its
addresses and destination port in both runs; its source port differs
(30000 + index, 45000 + index), so that no connection-tracking entry of the
first run decides a packet of the second.

Required, for each run: the kernel's verdict (delivered or not) equals the
verdict of `fwlint trace FILE --in IF --out IF --state new tcp SRC:SPORT
DST:DPORT` on that file.  For each flow finding: its example goes from
not delivered to its server to delivered to its server's own address
(through the DNAT fix for a translation mistake).  Every probe whose
delivery changed is named by the broken run's JSON: a probe that opens (or
now reaches another address) belongs to a flow finding's flow (its source
zone or the part the message names, server address, ports, the finding
example's interfaces, source port 1024-65535); a probe that closes
belongs to an over-permissive finding's excess (its sources, destinations
and ports, the example's interfaces).

Exit 0 all passed, 1 a check failed, 2 a setup error, 3 skipped (it says
why).
"""

import concurrent.futures
import ipaddress
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE_DIR = os.path.join(os.path.dirname(HERE), "oracle")
sys.path.insert(0, ORACLE_DIR)
import oracle  # noqa: E402  (tests/oracle/oracle.py: send, attempts format)

ORACLE = os.path.join(ORACLE_DIR, "oracle.py")
WAIT = float(os.environ.get("FIXIT_WAIT", "1"))
PY = os.environ.get("PYTHON", sys.executable)
SYN = "--tcp-flags FIN,SYN,RST,ACK SYN"
RANDOM_PROBES = 36
PORTS = [22, 25, 80, 110, 135, 136, 143, 389, 443, 993, 994, 995, 996,
         1023, 1024, 3999, 4000, 4001, 4002, 4003, 8080, 40000]


class Setup(Exception):
    pass


def say(msg):
    print(f"fixit-check: kernel: {msg}", flush=True)


def run(cmd, check=True, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, check=False,
                       **kw)
    if check and p.returncode != 0:
        raise Setup(f"{' '.join(cmd)}: {p.stderr.strip() or p.returncode}")
    return p


# ------------------------------------------------------------ the topology
def topology(path, firewall):
    """The zones ({name: network or None for any}), the servers ({address:
    name}), public addresses ({public: server address}) and the firewall's
    file and interfaces ([(name, zone, address or None)])."""
    text = re.sub(r"#[^\n]*", "", open(path, encoding="utf-8").read())
    zones = {}
    for name, net in re.findall(r"^\s*zone\s+([^\s;]+)\s+([^;\s]+)\s*;",
                                text, re.M):
        zones[name] = None if net == "any" else ipaddress.ip_network(net)
    servers, public = {}, {}
    for name, addr, body in re.findall(
            r"\bserver\s+(\S+)\s+([\d.]+)\s*(\{[^}]*\})?", text):
        servers[addr] = name
        for pub in re.findall(r"\baddress\s+([\d.]+)", body or ""):
            public[pub] = addr
    m = re.search(r"\bfirewall\s+" + re.escape(firewall) + r"\s*\{([^}]*)\}",
                  text)
    if not m:
        raise Setup(f"no firewall {firewall} in {path}")
    body = m.group(1)
    fm = re.search(r'\bfile\s+"([^"]+)"\s+format\s+iptables', body)
    if not fm:
        raise Setup(f"firewall {firewall} has no iptables file")
    ifaces = [(i, z, a or None) for i, z, a in re.findall(
        r"\binterface\s+(\S+)\s+zone\s+([^\s;]+)(?:\s+address\s+([\d.]+))?",
        body)]
    return zones, servers, public, fm.group(1), ifaces


# --------------------------------------------------------------- findings
EXAMPLE = re.compile(r"^TCP ([\d.]+):(\d+) -> ([\d.]+):(\d+) in (\S+) out "
                     r"(\S+) NEW")
FLOWMSG = re.compile(r"^TCP (\S+) (\S+)(?: (\S+))? -> (\S+) ([\d.]+)"
                     r"(?: at ([\d.]+))?:(\d+)(?:-(\d+))? \(")
PART = re.compile(r"for part of its packets: TCP from ([\d./]+) ports "
                  r"(\d+)-(\d+) to ([\d.]+) port(?:s)? (\d+)(?:-(\d+))?")
EXCESS = re.compile(r"^TCP from (.*?) to (.*?) on (every port but |ports? )"
                    r"([\d, -]+)")


def _net(token, zones):
    if token in zones:
        z = zones[token]
        return z if z is not None else ipaddress.ip_network("0.0.0.0/0")
    return ipaddress.ip_network(token, strict=False)


def _ports(text):
    out = []
    for item in text.replace(" ", "").split(","):
        if not item:
            continue
        lo, _, hi = item.partition("-")
        out.append((int(lo), int(hi or lo)))
    return out


def _endpoints(text, zones):
    """"EXCH2 10.1.0.11, EXCH3 10.1.0.12", "internet", "EXCH1 192.0.2.10
    at 203.0.113.10", "corp 10.1.0.0/16 except EXCH2 10.1.0.11 and EXCH3
    10.1.0.12": the networks in, and those taken out."""
    nets, outs = [], []
    for item in text.split(", "):
        item, _, but = item.partition(" except ")
        toks = item.split()
        addrs = [t for t in toks if re.fullmatch(r"[\d.]+(/\d+)?", t)]
        if addrs:
            nets.extend(_net(a, zones) for a in addrs)
        elif toks and toks[0] in zones:
            nets.append(_net(toks[0], zones))
        else:
            raise Setup(f"cannot read the endpoints {text!r}")
        outs.extend(_net(a, zones) for a in but.split()
                    if re.fullmatch(r"[\d.]+(/\d+)?", a))
    return nets, outs


class Flow:
    """A set of TCP packets: sources, destinations, destination ports,
    source ports, ingress and egress interface."""

    def __init__(self, srcs, dsts, dports, sports, rin, rout, what):
        self.srcs, self.dsts, self.dports = srcs, dsts, dports
        self.sports, self.rin, self.rout, self.what = sports, rin, rout, what
        self.invert = False
        self.srcs_out, self.dsts_out = [], []

    def has(self, p):
        inport = any(lo <= p["dport"] <= hi for lo, hi in self.dports)
        if self.invert:
            inport = not inport
        return (p["rin"] == self.rin and p["rout"] == self.rout and inport
                and any(lo <= p["sport"] <= hi for lo, hi in self.sports)
                and _in(p["src"], self.srcs, self.srcs_out)
                and _in(p["dst"], self.dsts, self.dsts_out))


def _in(addr, nets, outs):
    a = ipaddress.ip_address(addr)
    return any(a in n for n in nets) and not any(a in n for n in outs)


def findings(path, fwfile, zones, public):
    """The flow findings ([(finding, example, flow)]) and the excess of the
    over-permissive ones ([flow]) of the firewall's file."""
    rev = {}
    for pub, addr in public.items():
        rev.setdefault(addr, []).append(pub)
    flows, excess, other = [], [], []
    for f in json.load(open(path, encoding="utf-8"))["findings"]:
        if f["file"] != fwfile:
            continue
        ex = EXAMPLE.match(f["example"] or "")
        if f["check"] in ("missing-opening", "partial-opening"):
            m = FLOWMSG.match(f["message"])
            if not ex or not m:
                raise Setup(f"cannot read the flow or example of "
                            f"{f['file']}:{f['line']}: {f['message']}")
            src = m.group(3) or m.group(2)
            srcs = [_net(src if src != "any" else m.group(1), zones)]
            dst = m.group(5)
            dsts = [ipaddress.ip_network(dst)]
            if m.group(6):
                dsts.append(ipaddress.ip_network(m.group(6)))
            dports = [(int(m.group(7)), int(m.group(8) or m.group(7)))]
            sports = [(1024, 65535)]
            pm = PART.search(f["message"])
            if pm:
                srcs = [ipaddress.ip_network(pm.group(1))]
                sports = [(int(pm.group(2)), int(pm.group(3)))]
            example = {"src": ex.group(1), "sport": int(ex.group(2)),
                       "dst": ex.group(3), "dport": int(ex.group(4)),
                       "rin": ex.group(5), "rout": ex.group(6)}
            flow = Flow(srcs, dsts, dports, sports, ex.group(5), ex.group(6),
                        f"{f['check']} {f['file']}:{f['line']}")
            flows.append((f, example, flow, dst))
        elif f["check"] == "over-permissive" and f["excess"]:
            # clauses "TCP from A to B on ports P" joined by "; "
            for clause in re.split(r"; (?=[A-Z]+ from )", f["excess"]):
                m = EXCESS.match(clause)
                if not ex or not m:
                    raise Setup(f"cannot read the excess of {f['file']}:"
                                f"{f['line']}: {f['excess']}")
                srcs, srcs_out = _endpoints(m.group(1), zones)
                dsts, dsts_out = _endpoints(m.group(2), zones)
                fl = Flow(srcs, dsts, _ports(m.group(4)), [(0, 65535)],
                          ex.group(5), ex.group(6),
                          f"over-permissive {f['file']}:{f['line']}")
                fl.srcs_out, fl.dsts_out = srcs_out, dsts_out
                fl.invert = m.group(3).startswith("every")
                fl.example = {"src": ex.group(1), "dst": ex.group(3),
                              "dport": int(ex.group(4)), "rin": ex.group(5)}
                excess.append(fl)
        elif f["check"] == "return-blocked":
            other.append(f)
    return flows, excess, other


# ----------------------------------------------------------------- probes
def plan(zones, servers, public, ifaces):
    """The namespaces: {iface: (zone, network or None, router address,
    peer address)}."""
    out = {}
    for name, zone, addr in ifaces:
        net = zones.get(zone)
        if net is None:
            if not addr:
                raise Setup(f"interface {name} toward zone {zone} (any) "
                            f"has no address")
            net24 = ipaddress.ip_network(f"{addr}/24", strict=False)
            out[name] = (zone, None, addr, str(net24.network_address + 2),
                         net24)
            continue
        hosts = list(net.hosts()) if net.num_addresses <= 256 else None
        last = hosts[-1] if hosts else net.broadcast_address - 1
        router = addr or str(last)
        peer = str(ipaddress.ip_address(router) - 1)
        out[name] = (zone, net, router, peer, net)
    return out


def egress(dst, rin, nsplan, public):
    a = ipaddress.ip_address(dst)
    if dst in public:
        for name, (_z, net, *_r) in nsplan.items():
            if net is not None and ipaddress.ip_address(public[dst]) in net:
                return name if rin != name else None
    for name, (_z, net, *_r) in nsplan.items():
        if net is not None and a in net:
            return name
    for name, (_z, net, *_r) in nsplan.items():
        if net is None:
            return name
    return None


def probes(flows, excess, nsplan, servers, public, targets):
    out, seen = [], set()
    any_if = [n for n, v in nsplan.items() if v[1] is None]

    # The addresses each namespace holds (its probes' sources) and those
    # its probes go to (with the DNAT targets of a public one): a probe
    # whose source would be the destination of another probe sent from the
    # same namespace (or the reverse) would be delivered there, locally, so
    # it is left out (the examples come first and always fit).
    srcs = {n: set() for n in nsplan}
    dsts = {n: set() for n in nsplan}

    def add(kind, src, dst, dport, rin, fid=None):
        if not 1 <= dport <= 65535:
            return
        if dst in public and (not any_if or rin != any_if[0]):
            dst = public[dst]
        rout = egress(dst, rin, nsplan, public)
        if rout is None or rout == rin:
            return
        k = (src, dst, dport, rin)
        if k in seen:
            return
        goes = {dst} | set(targets.get(dst, []))
        if src in dsts[rin] or goes & srcs[rin] or src in goes:
            if kind == "example":
                raise Setup(f"the example {src} -> {dst}:{dport} in {rin} "
                            f"cannot be sent: its addresses clash")
            return
        seen.add(k)
        srcs[rin].add(src)
        dsts[rin] |= goes
        out.append({"kind": kind, "src": src, "dst": dst, "dport": dport,
                    "rin": rin, "rout": rout, "fid": fid})

    for i, (_f, ex, flow, _server) in enumerate(flows):
        add("example", ex["src"], ex["dst"], ex["dport"], ex["rin"], i)
    for fl in excess:
        # the example of each excess: it stops passing
        ex = fl.example
        add("excess-example", ex["src"], ex["dst"], ex["dport"], ex["rin"])
    for i, (_f, ex, flow, _server) in enumerate(flows):
        add("dport-1", ex["src"], ex["dst"], ex["dport"] - 1, ex["rin"])
        add("dport+1", ex["src"], ex["dst"], ex["dport"] + 1, ex["rin"])
        for n in flow.srcs:
            if n.prefixlen > 0 and n.broadcast_address < \
                    ipaddress.ip_address("223.255.255.255"):
                add("outside-source", str(n.broadcast_address + 1),
                    ex["dst"], ex["dport"], ex["rin"])
        for name in nsplan:
            if name != ex["rin"]:
                add("other-pair", ex["src"], ex["dst"], ex["dport"], name)
    rng = random.Random(15)
    hosts = {}
    for name, (_z, net, *_r) in nsplan.items():
        pool = [a for a in servers if net is not None and
                ipaddress.ip_address(a) in net]
        if net is None:
            pool = ["198.51.100.7", "198.51.100.200", "8.8.4.4"] + \
                sorted(p for p in public)
        else:
            pool += [str(net.network_address + 1),
                     str(net.network_address + net.num_addresses // 2 + 1)]
        hosts[name] = pool
    names = sorted(nsplan)
    tries = 0
    target = len(out) + RANDOM_PROBES
    while len(out) < target and tries < 1000:
        tries += 1
        rin, dif = rng.sample(names, 2)
        src = rng.choice([h for h in hosts[rin] if h not in public])
        dst = rng.choice(hosts[dif])
        add("random", src, dst, rng.choice(PORTS), rin)
    return out


# ------------------------------------------------------------- namespaces
class Net:
    def __init__(self, nsplan, public, tag):
        self.plan = nsplan
        self.public = public
        self.router = f"fxk-r-{tag}"
        self.zone = {n: f"fxk-{i}-{tag}" for i, n in enumerate(sorted(nsplan))}
        self.made = []

    def ns(self, name, *cmd):
        return run(["ip", "netns", "exec", name] + list(cmd))

    def sysctl(self, ns, key, value):
        path = f"/proc/sys/{key}"
        self.ns(ns, "sh", "-c", f"[ ! -e {path} ] || echo {value} > {path}")

    def up(self, addresses):
        """addresses: {iface: set of addresses in that zone's namespace}"""
        for name in [self.router] + list(self.zone.values()):
            run(["ip", "netns", "add", name])
            self.made.append(name)
            self.ns(name, "ip", "link", "set", "lo", "up")
        for i, (iface, (_z, net, raddr, peer, link)) in enumerate(
                sorted(self.plan.items())):
            z = self.zone[iface]
            peer_dev = f"z{i}"
            run(["ip", "link", "add", iface, "netns", self.router, "type",
                 "veth", "peer", "name", peer_dev, "netns", z])
            plen = link.prefixlen
            self.ns(self.router, "ip", "addr", "add", f"{raddr}/{plen}",
                    "dev", iface)
            self.ns(self.router, "ip", "link", "set", iface, "up")
            self.ns(z, "ip", "addr", "add", f"{peer}/{plen}", "dev", peer_dev)
            self.ns(z, "ip", "link", "set", peer_dev, "up")
            self.ns(z, "ip", "route", "add", "default", "via", raddr)
            for a in sorted(addresses.get(iface, ())):
                if a in (raddr, peer):
                    continue
                if ipaddress.ip_address(a) in link:
                    self.ns(z, "ip", "addr", "add", f"{a}/{plen}", "dev",
                            peer_dev)
                else:
                    self.ns(z, "ip", "addr", "add", f"{a}/32", "dev", "lo")
            if net is None:
                self.ns(self.router, "ip", "route", "add", "default", "via",
                        peer, "dev", iface)
                for pub in self.public:
                    self.ns(z, "ip", "route", "add", f"{pub}/32", "via", raddr)
            for conf in ("all", "default", peer_dev):
                self.sysctl(z, f"net/ipv4/conf/{conf}/rp_filter", 0)
            self.sysctl(z, "net/ipv4/tcp_ecn", 0)
            self.sysctl(self.router, f"net/ipv4/conf/{iface}/rp_filter", 0)
        for conf in ("all", "default"):
            self.sysctl(self.router, f"net/ipv4/conf/{conf}/rp_filter", 0)
        self.sysctl(self.router, "net/ipv4/ip_forward", 1)

    def down(self):
        for name in self.made:
            run(["ip", "netns", "del", name], check=False)


def loadable(text):
    """The file as the kernel can load it here: no INPUT rule that needs an
    ipset (no set exists in the namespace; an INPUT rule never sees a
    forwarded packet)."""
    return "".join(line for line in text.splitlines(True)
                   if not (line.startswith("-A INPUT ") and
                           "--match-set" in line))


def pick_iptables(net, text):
    wanted = os.environ.get("FIXIT_IPTABLES")
    for tool in ([wanted] if wanted else ["iptables-nft", "iptables-legacy"]):
        p = subprocess.run(["ip", "netns", "exec", net.router,
                            f"{tool}-restore", "--test"], input=text,
                           capture_output=True, text=True, check=False)
        if p.returncode == 0:
            ver = run(["ip", "netns", "exec", net.router, tool,
                       "--version"], check=False).stdout.strip()
            return tool, ver
    return None, None


def counters(plist, targets, phase):
    out = ["*raw", ":PREROUTING ACCEPT [0:0]", ":OUTPUT ACCEPT [0:0]"]
    for i, p in enumerate(plist):
        for d in [p["dst"]] + targets.get(p["dst"], []):
            out.append(f"-A PREROUTING -d {d}/32 -p tcp -m tcp --sport "
                       f"{sport(i, phase)} --dport {p['dport']} {SYN} "
                       f"-m comment --comment p{i}@{d}")
    out.append("COMMIT")
    return "\n".join(out) + "\n"


def sport(i, phase):
    return 30000 + 15000 * phase + i


def kernel_run(net, tool, rules_text, plist, targets, phase, tmp):
    """Load the file, send every probe; {probe: set of (iface, address)
    where it arrived}."""
    p = subprocess.run(["ip", "netns", "exec", net.router,
                        f"{tool}-restore"], input=rules_text,
                       capture_output=True, text=True, check=False)
    if p.returncode != 0:
        raise Setup(f"{tool}-restore refused the file: {p.stderr.strip()}")
    cnt = counters(plist, targets, phase)
    for z in net.zone.values():
        q = subprocess.run(["ip", "netns", "exec", z, f"{tool}-restore"],
                           input=cnt, capture_output=True, text=True,
                           check=False)
        if q.returncode != 0:
            raise Setup(f"{tool}-restore refused the counters: "
                        f"{q.stderr.strip()}")
    senders = []
    for iface, z in net.zone.items():
        att = os.path.join(tmp, f"p{phase}-{iface}.att")
        lines = [(i, "tcp", p["src"], sport(i, phase), p["dst"], p["dport"],
                  "c0", p["rin"], p["rout"])
                 for i, p in enumerate(plist) if p["rin"] == iface]
        with open(att, "w", encoding="ascii") as f:
            f.write(oracle._format_attempts(lines))
        if lines:
            senders.append(subprocess.Popen(
                ["ip", "netns", "exec", z, PY, "-S", ORACLE, "send", "4",
                 att, str(WAIT)], stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE, text=True))
    for s in senders:
        _out, err = s.communicate()
        if s.returncode != 0:
            raise Setup(f"oracle.py send failed: {err.strip()}")
    got = {i: set() for i in range(len(plist))}
    for iface, z in net.zone.items():
        saved = run(["ip", "netns", "exec", z, f"{tool}-save", "-c", "-t",
                     "raw"]).stdout
        for line in saved.splitlines():
            m = re.match(r"^\[(\d+):\d+\] .*--comment \"?p(\d+)@([\d.]+)",
                         line)
            if m and int(m.group(1)) > 0:
                got[int(m.group(2))].add((iface, m.group(3)))
    return got


def trace(fwlint, path, p, phase, i):
    cmd = [fwlint, "trace", path, "--in", p["rin"], "--out", p["rout"],
           "--state", "new", "tcp", f"{p['src']}:{sport(i, phase)}",
           f"{p['dst']}:{p['dport']}"]
    r = subprocess.run(cmd, capture_output=True, text=True, check=False,
                       timeout=20)
    lines = r.stdout.strip().splitlines()
    last = lines[-1] if lines else ""
    verdict = last.split()[0] if last else "?"
    if verdict == "MAYBE" or r.returncode not in (0, 1) or \
            verdict not in ("ACCEPT", "DROP", "REJECT"):
        verdict = f"?({last or r.stderr.strip()})"
    return " ".join(cmd), verdict, r.stdout


def main(argv):
    if len(argv) != 6:
        print(__doc__, file=sys.stderr)
        return 2
    fwlint, old_dir, new_dir, topo, firewall = argv[1:]
    start = time.time()
    zones, servers, public, fwfile, ifaces = topology(
        os.path.join(old_dir, topo), firewall)
    old_path = os.path.join(old_dir, fwfile)
    new_path = os.path.join(new_dir, fwfile)
    old_text = open(old_path, encoding="utf-8").read()
    new_text = open(new_path, encoding="utf-8").read()
    with tempfile.TemporaryDirectory(prefix="fwlint-fixit-k.") as tmp:
        rep = os.path.join(tmp, "broken.json")
        r = subprocess.run([fwlint, "--no-config", "-t", topo, "-f", "json",
                            "-o", rep], cwd=old_dir, capture_output=True,
                           text=True, check=False)
        if r.returncode > 1:
            raise Setup(f"fwlint -f json: {r.stderr.strip()}")
        flows, excess, other = findings(rep, fwfile, zones, public)
        if not flows:
            raise Setup(f"{fwfile} has no flow finding to fix")
        if other:
            raise Setup(f"{fwfile} has return-blocked findings, which SYN "
                        f"probes cannot judge")
        nsplan = plan(zones, servers, public, ifaces)
        # where a public address may arrive: the DNAT targets of either file
        targets = {}
        for pub in public:
            t = set(re.findall(r"-d " + re.escape(pub) +
                               r"(?:/32)? .*--to-destination ([\d.]+)",
                               old_text + new_text))
            targets[pub] = sorted(t)
        plist = probes(flows, excess, nsplan, servers, public, targets)
        addresses = {n: set() for n in nsplan}
        for p in plist:
            addresses[p["rin"]].add(p["src"])
            dst = p["dst"]
            for d in [dst] + targets.get(dst, []):
                if d in public:
                    continue
                addresses[egress(d, "", nsplan, public)].add(d)
        net = Net(nsplan, public, os.getpid())
        try:
            net.up(addresses)
            tool, version = pick_iptables(net, loadable(old_text))
            if tool is None:
                say("skipped: neither iptables-nft-restore nor "
                    "iptables-legacy-restore loads the file in a namespace")
                return 3
            got = [kernel_run(net, tool, loadable(text), plist, targets, ph,
                              tmp)
                   for ph, text in enumerate((old_text, new_text))]
        finally:
            net.down()
        with concurrent.futures.ThreadPoolExecutor(4) as ex:
            traces = [list(ex.map(lambda a: trace(fwlint, path, a[1], ph,
                                                  a[0]),
                                  enumerate(plist)))
                      for ph, path in enumerate((old_path, new_path))]
    fails = []
    which = ("broken", "fixed")
    for ph in (0, 1):
        for i, p in enumerate(plist):
            cmd, verdict, _out = traces[ph][i]
            kernel = "ACCEPT" if got[ph][i] else "DROP"
            fw = "DROP" if verdict == "REJECT" else verdict
            if kernel != fw:
                fails.append(f"{which[ph]} file, probe {i} ({p['kind']}): "
                             f"the kernel says {kernel} "
                             f"(arrived: {sorted(got[ph][i]) or 'nowhere'}), "
                             f"fwlint trace {verdict}: {cmd}")
            elif got[ph][i] and not any(a == p["rout"]
                                        for a, _d in got[ph][i]):
                fails.append(f"{which[ph]} file, probe {i}: arrived behind "
                             f"{sorted(got[ph][i])}, not {p['rout']}")
    for i, p in enumerate(plist):
        if p["kind"] != "example":
            continue
        _f, _ex, flow, server = flows[p["fid"]]
        before = any(d == server for _a, d in got[0][i])
        after = any(d == server for _a, d in got[1][i])
        if before or not after:
            fails.append(f"the example of {flow.what} ({p['src']} -> "
                         f"{p['dst']}:{p['dport']} in {p['rin']} out "
                         f"{p['rout']}): delivered to {server} before the "
                         f"fix: {before}, after: {after}")
    examples_ok = sum(1 for i, p in enumerate(plist) if p["kind"] == "example"
                      and any(d == flows[p["fid"]][3] for _a, d in got[1][i]))
    opened = closed = 0
    for i, p in enumerate(plist):
        if got[0][i] == got[1][i]:
            continue
        q = dict(p, sport=sport(i, 0))
        if os.environ.get("FIXIT_VERBOSE"):
            say(f"probe {i} ({p['kind']}): TCP {p['src']} -> {p['dst']}:"
                f"{p['dport']} in {p['rin']} out {p['rout']}: "
                f"{sorted(got[0][i]) or 'nowhere'} -> "
                f"{sorted(got[1][i]) or 'nowhere'}")
        if got[1][i]:
            opened += 1
            if not any(fl.has(q) for _f, _e, fl, _s in flows):
                fails.append(f"probe {i} ({p['kind']}: TCP {p['src']} -> "
                             f"{p['dst']}:{p['dport']} in {p['rin']} out "
                             f"{p['rout']}) now arrives "
                             f"({sorted(got[0][i]) or 'nowhere'} -> "
                             f"{sorted(got[1][i])}), and no flow finding of "
                             f"the broken run names it")
        else:
            closed += 1
            if not any(fl.has(q) for fl in excess):
                fails.append(f"probe {i} ({p['kind']}: TCP {p['src']} -> "
                             f"{p['dst']}:{p['dport']} in {p['rin']} out "
                             f"{p['rout']}) no longer arrives, and no "
                             f"over-permissive finding of the broken run "
                             f"names it")
    for f in fails:
        print(f"fixit-check: FAIL: kernel: {f}")
    kinds = {}
    for p in plist:
        kinds[p["kind"]] = kinds.get(p["kind"], 0) + 1
    delivered = [sum(1 for i in range(len(plist)) if got[ph][i])
                 for ph in (0, 1)]
    say(f"{fwfile} of firewall {firewall} with {tool} ({version}): "
        f"{len(plist)} TCP SYN probes "
        f"({', '.join(f'{v} {k}' for k, v in sorted(kinds.items()))}); "
        f"delivered {delivered[0]} before the fix, {delivered[1]} after "
        f"({opened} opened, {closed} closed); "
        f"{2 * len(plist) - sum(1 for f in fails if 'fwlint trace' in f)}"
        f"/{2 * len(plist)} kernel verdicts equal fwlint trace's; "
        f"{examples_ok} of the flow findings' {kinds.get('example', 0)} "
        f"examples delivered to their server after the fix; "
        f"{len(fails)} failures; in {time.time() - start:.0f}s")
    return 1 if fails else 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except Setup as e:
        print(f"fixit-check: kernel: setup error: {e}", file=sys.stderr)
        sys.exit(2)
