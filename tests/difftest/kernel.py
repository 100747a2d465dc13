"""The kernel as the reference for `fwlint trace --connect` on the speedway
renderings (see README.md, "Kernel").

Three network namespaces, removed by close():

    outside (lan, lan2, siteb, internet    router     inside (the servers
    addresses on lo) --o0==r-out--  (FORWARD)  --r-in==i0-- zone's addresses)

The speedway file (iptables-restore input) of each odd policy is loaded
into the router with iptables-nft-restore, the plain iptables file of each
even one as one iptables-nft command per line on an empty filter table
(Capirca's doc/generators/iptables.md: its output "must be passed, line by
line, to the 'iptables/ip6tables' command line"), and the file loaded is
the one traced.  Their FORWARD chain has no interface match, so the two
links stand for the four interfaces of the topology.  Each flow is a real
TCP connection from its source address and port: a listener in the
destination's namespace accepts it and sends one byte, and the connection
is open when the client reads that byte (SYN, SYN,ACK, ACK and data both
ways all passed), closed when it does not within WAIT seconds; a UDP flow
is a datagram that the listener answers from the address and port it
reached, open when the answer arrives; an ICMP flow an echo request (the
destination's kernel answers), open when the echo reply arrives.  `fwlint
trace -t topo FILE --connect PROTO SRC[:SPORT] DST[:DPORT]` must end with
OPEN for an open connection and CLOSED for a closed one.

Every flow has a source port of its own (a counter), so that no conntrack
entry of an earlier policy's flow can decide a later one.
"""
import json
import os
import random
import subprocess
import sys
import time

HELPER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "nshelper.py")
WAIT = float(os.environ.get("DIFFTEST_KERNEL_WAIT", "1.0"))
FLOWS = int(os.environ.get("DIFFTEST_KERNEL_FLOWS", "10"))

INSIDE_NET = "10.10.1."


def sh(*cmd, check=True, **kw):
    r = subprocess.run(list(cmd), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                       timeout=30, **kw)
    if check and r.returncode != 0:
        raise RuntimeError("%s: exit %d: %s" % (" ".join(cmd), r.returncode, r.stderr.strip()))
    return r


class Kernel:
    def __init__(self, fwlint):
        self.fwlint = os.path.abspath(fwlint)
        tag = str(os.getpid())
        self.ns = {"in": "fwd-i-" + tag, "out": "fwd-o-" + tag, "r": "fwd-r-" + tag}
        self.made = []
        self.sport = 20000
        self.ipt = os.environ.get("DIFFTEST_IPTABLES", "iptables-nft")
        for n in self.ns.values():
            sh("ip", "netns", "add", n)
            self.made.append(n)
        r, i, o = self.ns["r"], self.ns["in"], self.ns["out"]
        sh("ip", "-n", r, "link", "add", "r-in", "type", "veth", "peer", "name", "i0", "netns", i)
        sh("ip", "-n", r, "link", "add", "r-out", "type", "veth", "peer", "name", "o0", "netns", o)
        sh("ip", "-n", r, "addr", "add", "10.255.0.1/30", "dev", "r-in")
        sh("ip", "-n", r, "addr", "add", "10.255.1.1/30", "dev", "r-out")
        sh("ip", "-n", i, "addr", "add", "10.255.0.2/30", "dev", "i0")
        sh("ip", "-n", o, "addr", "add", "10.255.1.2/30", "dev", "o0")
        for ns, devs in ((r, ("r-in", "r-out", "lo")), (i, ("i0", "lo")), (o, ("o0", "lo"))):
            for d in devs:
                sh("ip", "-n", ns, "link", "set", d, "up")
            for k in ("all", "default") + tuple(d for d in devs if d != "lo"):
                sh("ip", "netns", "exec", ns, "sh", "-c",
                   "echo 0 > /proc/sys/net/ipv4/conf/%s/rp_filter" % k)
        sh("ip", "netns", "exec", r, "sh", "-c", "echo 1 > /proc/sys/net/ipv4/ip_forward")
        sh("ip", "-n", r, "route", "add", "10.10.1.0/24", "via", "10.255.0.2")
        sh("ip", "-n", r, "route", "add", "default", "via", "10.255.1.2")
        sh("ip", "-n", i, "route", "add", "default", "via", "10.255.0.1")
        sh("ip", "-n", o, "route", "add", "default", "via", "10.255.1.1")
        self.addrs = {"in": set(), "out": set()}
        self.by_proto = {}
        self.loaded = {}
        self.open_by_proto = {}
        v = sh(self.ipt, "-V").stdout.strip()
        self.version = v

    def side(self, addr):
        return "in" if addr.startswith(INSIDE_NET) else "out"

    def ensure(self, addr):
        s = self.side(addr)
        if addr not in self.addrs[s]:
            sh("ip", "-n", self.ns[s], "addr", "add", addr + "/32", "dev", "lo")
            self.addrs[s].add(addr)

    def close(self):
        for n in self.made:
            subprocess.run(["ip", "netns", "del", n], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, timeout=30)
        self.made = []

    # ------------------------------------------------------------ flows
    def flows(self, p):
        """Required flows (one port of each) and random ones, each with one
        end in the servers zone."""
        rnd = random.Random(p.name)
        m = p.meta
        servers = [s["addr"] for s in m["servers"]]
        exb = m["exb"]["addr"]
        clients = ["10.20.0.7"] + (["10.21.0.7"] if m["lan2"] else [])
        req = []
        for s in servers:
            for port in (135, 25, 110, 143, 389, 993):
                req.append((rnd.choice(clients), s, port))
            req.append((exb, s, rnd.choice([135, 102])))
            req.append((s, exb, rnd.choice([135, 102])))
            req.append(("198.51.100.7", s, 25))
            req.append((s, "198.51.100.7", 25))
            srv = next(x for x in m["servers"] if x["addr"] == s)
            req.append((rnd.choice(clients), s, srv.get("dir", rnd.randrange(1024, 65536))))
        rnd.shuffle(req)
        out = [("tcp",) + x for x in req[:FLOWS // 2]]
        outside = clients + [exb, "10.30.1.200", "198.51.100.7"]
        ports = [22, 25, 80, 102, 110, 135, 389, 443, 993, 1024, 3000, 4000, 4501, 65535]
        while len(out) < FLOWS:
            s = rnd.choice(servers + ["10.10.1.200"])
            o = rnd.choice(outside)
            r = rnd.random()
            proto = "tcp" if r < 0.6 else "udp" if r < 0.85 else "icmp"
            port = rnd.choice([53, 389, 123, 1024, 3000]) if proto == "udp" else \
                0 if proto == "icmp" else rnd.choice(ports)
            if proto != "tcp" and rnd.random() < 0.5:
                # what the policies' UDP and ping terms are about
                out.append((proto, rnd.choice(clients), rnd.choice(servers),
                            rnd.choice([53, 389]) if proto == "udp" else 0))
            elif rnd.random() < 0.7:
                out.append((proto, o, s, port))
            else:
                out.append((proto, s, o, port))
        return out

    def selftest(self):
        """The harness must see an open connection of each protocol where
        FORWARD accepts everything, and none where it drops everything:
        else its CLOSED would mean nothing.  Returns [problems]."""
        flows = [("tcp", "10.20.0.7", 4000, "10.10.1.10", 25),
                 ("udp", "10.20.0.7", 0, "10.10.1.10", 53),
                 ("icmp", "10.20.0.7", 0, "10.10.1.10", 0),
                 ("tcp", "10.10.1.10", 0, "10.30.1.10", 135),
                 ("udp", "10.10.1.10", 0, "198.51.100.7", 53)]
        bad = []
        for policy, want in (("ACCEPT", True), ("DROP", False)):
            rules = "*filter\n:INPUT ACCEPT\n:FORWARD %s\n:OUTPUT ACCEPT\nCOMMIT\n" % policy
            r = subprocess.run(["ip", "netns", "exec", self.ns["r"], self.ipt + "-restore"],
                               input=rules, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, timeout=30)
            if r.returncode != 0:
                return ["%s-restore: %s" % (self.ipt, r.stderr.strip())]
            got = self.observe([(pr, s, self.next_sport(), d, dp) for pr, s, _sp, d, dp in flows])
            for k, v in sorted(got.items()):
                if v != want:
                    bad.append("self-test: FORWARD %s: %s is %s" % (policy, k, "open" if v else "closed"))
        return bad

    def next_sport(self):
        self.sport += 1
        if self.sport > 60000:
            self.sport = 20000
        return self.sport

    def observe(self, flows):
        """The kernel's outcome of each flow: {"PROTO SRC:SPORT>DST:DPORT": open}."""
        for _pr, src, _sp, dst, _dp in flows:
            self.ensure(src)
            self.ensure(dst)
        servers = {}
        for side in ("in", "out"):
            mine = [(pr, d, dp) for (pr, s, sp, d, dp) in flows if self.side(d) == side and pr != "icmp"]
            if mine:
                servers[side] = subprocess.Popen(
                    ["ip", "netns", "exec", self.ns[side], sys.executable, "-S", HELPER, "serve",
                     json.dumps(sorted(set(mine))), str(WAIT * 3 + 2)],
                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            for side, pr in servers.items():
                line = pr.stdout.readline()
                if line.strip() != "ready":
                    raise RuntimeError("listener in %s did not start: %s %s" % (side, line, pr.stderr.read()))
            results = {}
            procs = {}
            for side in ("in", "out"):
                mine = [x for x in flows if self.side(x[1]) == side]
                if mine:
                    procs[side] = subprocess.Popen(
                        ["ip", "netns", "exec", self.ns[side], sys.executable, "-S", HELPER, "connect",
                         json.dumps(mine), str(WAIT)],
                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for side, pr in procs.items():
                out, err = pr.communicate(timeout=60)
                results.update(json.loads(out))
            return results
        finally:
            for pr in servers.values():
                pr.kill()
                pr.wait()

    def check(self, p):
        """(flows checked, agreed, [disagreement lines], open connections)."""
        # Even policies: the plain iptables rendering, one `iptables` command
        # per line on an empty filter table, as Capirca's doc/generators/
        # iptables.md says to load it; odd ones: speedway, iptables-restore.
        plain = p.meta["index"] % 2 == 0
        rel = "out/%s%s" % (p.name, "" if plain else ".ipt")
        f = os.path.join(p.dir, rel)
        if plain:
            empty = "*filter\n:INPUT ACCEPT\n:FORWARD ACCEPT\n:OUTPUT ACCEPT\nCOMMIT\n"
            script = "set -e\n%s-restore <<'EOF'\n%sEOF\n" % (self.ipt, empty)
            with open(f) as fh:
                for line in fh:
                    if line.strip() and not line.startswith("#"):
                        script += "%s %s\n" % (self.ipt, line.rstrip("\n"))
            r = subprocess.run(["ip", "netns", "exec", self.ns["r"], "sh", "-c", script],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=60)
            self.loaded["iptables"] = self.loaded.get("iptables", 0) + 1
        else:
            with open(f) as fh:
                r = subprocess.run(["ip", "netns", "exec", self.ns["r"], self.ipt + "-restore"],
                                   stdin=fh, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   text=True, timeout=30)
            self.loaded["speedway"] = self.loaded.get("speedway", 0) + 1
        if r.returncode != 0:
            return 0, 0, ["%s: the kernel refused it: %s" % (f, r.stderr.strip())], 0
        flows = [(proto, src, self.next_sport(), dst, port)
                 for proto, src, dst, port in self.flows(p)]
        results = self.observe(flows)
        n = agree = nopen = 0
        msgs = []
        for proto, src, sp, dst, dp in flows:
            key = "%s %s:%d>%s:%d" % (proto, src, sp, dst, dp)
            kv = "OPEN" if results.get(key) else "CLOSED"
            nopen += kv == "OPEN"
            if kv == "OPEN":
                self.open_by_proto[proto] = self.open_by_proto.get(proto, 0) + 1
            if proto == "icmp":
                # an echo request; fwlint's connection is the request and
                # its reply, whatever the identifier
                ends = [src, dst]
            else:
                ends = ["%s:%d" % (src, sp), "%s:%d" % (dst, dp)]
            r = subprocess.run([self.fwlint, "trace", "-t", "topo", rel,
                                "--connect", proto] + ends,
                               cwd=p.dir, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            lines = [x for x in r.stdout.split("\n") if x.strip()]
            fv = lines[-1].split()[0] if lines else "(none: %s)" % r.stderr.strip()
            n += 1
            self.by_proto[proto] = self.by_proto.get(proto, 0) + 1
            if fv == kv:
                agree += 1
            else:
                msgs.append("%s %s -> %s: kernel %s, fwlint trace --connect %s\n"
                            "    reproduce: cd %s && %s trace -t topo %s --connect %s %s" % (
                                proto, ends[0], ends[1], kv, fv, p.dir, self.fwlint, rel, proto,
                                " ".join(ends)))
        return n, agree, msgs, nopen
