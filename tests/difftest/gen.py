#!/usr/bin/env python3
"""Random Capirca policies of an Exchange site, their fwlint topologies and
their renderings by Capirca's aclgen (see README.md).

    gen.py SEED N OUTDIR

writes OUTDIR/pNNNN/ for NNNN = 1..N, each with

    pNNNN.pol          the Capirca policy
    def/NETWORK.net    its networks, def/SERVICES.svc its services
    topo               the fwlint topology: zones, sites, required flows and
                       one firewall per rendering
    meta.json          what the generator chose (the terms, for run.py)
    out/pNNNN.pf       packetfilter  (pf.conf)
    out/pNNNN.ipt      speedway      (iptables-restore input)
    out/pNNNN          iptables      (iptables command lines)
    out/pNNNN.acl      cisco         (IOS extended ACL)
    out/pNNNN.asa      ciscoasa      (ASA access-list)
    pNNNN-asaeq.pol, out/pNNNN-asaeq.ipt, out/pNNNN-asaeq.acl
                       the policy without `option:: tcp-established`,
                       rendered by speedway and cisco: the ASA's references
                       (Capirca's ciscoasa drops that option)

The same SEED and N give the same files (random.Random(SEED), nothing
else); policy i depends on SEED and i only, so N=20 gives the first 20 of
N=200.  One aclgen run renders every policy: its start-up costs more than
the rendering.
"""
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

# Microsoft KB Q176466 (Exchange and Outlook ports for firewalls).
EPMAP = 135
SMTP = 25
POP3, POP3S = 110, 995
IMAP4, IMAP4S = 143, 993
LDAP, LDAPS = 389, 636
NNTP = 119
X400 = 102

# The zones; every address is fixed, the choices are which zones exist,
# which servers, which ports and which terms.
LAN = "10.20.0.0/16"
LAN2 = "10.21.0.0/16"
SERVERS_NET = "10.10.1.0/24"
SITEB_NET = "10.30.1.0/24"

# The five renderings: Capirca target, file suffix, fwlint format.
RENDERINGS = [
    ("pf", "packetfilter", ".pf", "pf"),
    ("speedway", "speedway", ".ipt", "iptables"),
    ("iptables", "iptables", "", "iptables"),
    ("ios", "cisco", ".acl", "cisco"),
    ("asa", "ciscoasa", ".asa", "asa"),
]
ACL = "fw-in"  # the name of the Cisco ACL (IOS and ASA)


def ports_text(ports):
    """Capirca service text: 25/tcp 1024-65535/tcp ..."""
    out = []
    for proto, lo, hi in ports:
        out.append("%d/%s" % (lo, proto) if lo == hi else "%d-%d/%s" % (lo, hi, proto))
    return " ".join(out)


def gen_one(seed, idx):
    rnd = random.Random("%d/%d" % (seed, idx))
    name = "p%04d" % idx
    P = name.upper() + "_"
    nets = {}
    svcs = {}

    # ---- topology
    lan2 = rnd.random() < 0.4
    nservers = rnd.choice([1, 1, 2, 3])
    servers = []
    used_static = set()
    for i in range(nservers):
        s = {"name": "EX%d" % (i + 1), "addr": "10.10.1.%d" % (10 + i)}
        if rnd.random() < 0.6:
            base = rnd.choice([4000, 4100, 5000, 6000, 1200])
            s["dir"], s["store"], s["mta"] = base + 3 * i, base + 3 * i + 1, base + 3 * i + 2
            used_static |= {s["dir"], s["store"], s["mta"]}
        servers.append(s)
    exb = {"name": "EXB", "addr": "10.30.1.10"}
    if rnd.random() < 0.5:
        exb["dir"], exb["store"], exb["mta"] = 4500, 4501, 4502
    scen = ["mapi"] + [c for c in ("pop3", "imap4", "ldap", "nntp") if rnd.random() < 0.5]
    variants = {c: rnd.choice(["both", "plain", "ssl"]) for c in scen if c != "mapi"}
    connector = rnd.choice(["rpc", "x400", "both"])
    smtp_out = rnd.random() < 0.5
    smtp_in_to = rnd.choice(["site"] + [s["name"] for s in servers])

    # ---- networks of the policy
    nets[P + "LAN"] = [LAN]
    if lan2:
        nets[P + "LAN2"] = [LAN2]
    nets[P + "CLIENTS"] = [P + "LAN"] + ([P + "LAN2"] if lan2 else [])
    nets[P + "SERVERS"] = [SERVERS_NET]
    nets[P + "SITEB"] = [SITEB_NET]
    for s in servers:
        nets[P + s["name"]] = [s["addr"] + "/32"]
    nets[P + "EXB"] = [exb["addr"] + "/32"]

    def dyn_ports(s):
        """What the generator opens for a server's RPC ports."""
        if "dir" in s:
            if rnd.random() < 0.7:
                return [("tcp", s["dir"], s["dir"]), ("tcp", s["store"], s["store"]),
                        ("tcp", s["mta"], s["mta"])]
            lo = min(s["dir"], s["mta"])
            return [("tcp", lo - rnd.choice([0, 2]), lo + rnd.choice([1, 2, 10]))]
        return rnd.choice([[("tcp", 1024, 65535)], [("tcp", 1024, 65535)],
                           [("tcp", 1025, 65535)], [("tcp", 4000, 4999)]])

    client_ports = [EPMAP]
    for c in scen[1:]:
        v = variants[c]
        if c == "pop3":
            client_ports += ([POP3] if v != "ssl" else []) + ([POP3S] if v != "plain" else []) + [SMTP]
        elif c == "imap4":
            client_ports += ([IMAP4] if v != "ssl" else []) + ([IMAP4S] if v != "plain" else []) + [SMTP]
        elif c == "ldap":
            client_ports += ([LDAP] if v != "ssl" else []) + ([LDAPS] if v != "plain" else [])
        elif c == "nntp":
            client_ports += [NNTP]
    client_ports = sorted(set(client_ports))
    # mutations of the client ports: one missing, extra ones
    if rnd.random() < 0.25 and len(client_ports) > 1:
        client_ports.remove(rnd.choice(client_ports))
    if rnd.random() < 0.3:
        client_ports += rnd.sample([80, 443, 102, 119, 143, 389, 3389, 445], rnd.choice([1, 2]))
    client_ports = sorted(set(client_ports))
    svcs[P + "CLIENT"] = [("tcp", p, p) for p in client_ports]
    # RPC: static ports of the servers or a range
    rpc = []
    for s in servers:
        rpc += dyn_ports(s)
    svcs[P + "RPC"] = sorted(set(rpc))
    site_ports = []
    if connector in ("rpc", "both"):
        site_ports += [EPMAP]
    if connector in ("x400", "both"):
        site_ports += [X400]
    if rnd.random() < 0.3:
        site_ports += [SMTP]
    svcs[P + "SITE"] = [("tcp", p, p) for p in sorted(set(site_ports))]
    svcs[P + "SITE_RPC"] = sorted(set(dyn_ports(exb) + rpc)) if connector in ("rpc", "both") else []
    svcs[P + "SMTP"] = [("tcp", SMTP, SMTP)]

    terms = []  # (name, dict of Capirca keywords, meta)

    def term(kind, **kw):
        terms.append({"name": "t%02d-%s" % (len(terms) + 1, kind), "kind": kind, "kw": kw})

    dst_servers = P + "SERVERS" if rnd.random() < 0.6 else None
    srv_list = " ".join(P + s["name"] for s in servers)
    dst = dst_servers or srv_list

    # the replies: a tcp-established term, or none (the stateless
    # renderings then drop the replies)
    rep = rnd.choice(["any", "servers", "servers", "none"])
    if rep == "any":
        term("replies", protocol="tcp", option="tcp-established", action="accept")
    elif rep == "servers":
        term("replies", **{"source-address": P + "SERVERS " + P + "SITEB", "protocol": "tcp",
                           "option": "tcp-established", "action": "accept"})
    # deny before permit: a client port denied first
    if rnd.random() < 0.25:
        p = rnd.choice(client_ports)
        svcs[P + "DENYFIRST"] = [("tcp", p, p)]
        term("deny-first", **{"source-address": P + "LAN", "destination-address": dst,
                              "protocol": "tcp", "destination-port": P + "DENYFIRST", "action": "deny"})
    # a broad permit early: every TCP port from the clients
    if rnd.random() < 0.12:
        term("broad", **{"source-address": P + "CLIENTS", "destination-address": P + "SERVERS",
                         "protocol": "tcp", "action": "accept"})
    if rnd.random() < 0.3:
        term("ping", **{"source-address": P + "CLIENTS", "destination-address": dst,
                        "protocol": "icmp", "icmp-type": "echo-request", "action": "accept"})
    term("clients", **{"source-address": P + "CLIENTS" if rnd.random() < 0.8 else P + "LAN",
                       "destination-address": dst, "protocol": "tcp",
                       "destination-port": P + "CLIENT", "action": "accept"})
    term("rpc", **{"source-address": P + "CLIENTS", "destination-address": dst,
                   "protocol": "tcp", "destination-port": P + "RPC", "action": "accept"})
    if site_ports:
        term("site-in", **{"source-address": P + "SITEB" if rnd.random() < 0.5 else P + "EXB",
                           "destination-address": dst, "protocol": "tcp",
                           "destination-port": P + "SITE", "action": "accept"})
        if svcs[P + "SITE_RPC"]:
            term("site-rpc", **{"source-address": P + "EXB", "destination-address": dst,
                                "protocol": "tcp", "destination-port": P + "SITE_RPC",
                                "action": "accept"})
        if rnd.random() < 0.8:
            term("site-out", **{"source-address": dst, "destination-address": P + "EXB",
                                "protocol": "tcp", "destination-port": P + "SITE",
                                "action": "accept"})
            if svcs[P + "SITE_RPC"] and rnd.random() < 0.8:
                term("site-out-rpc", **{"source-address": dst, "destination-address": P + "EXB",
                                        "protocol": "tcp", "destination-port": P + "SITE_RPC",
                                        "action": "accept"})
    # a partial overlap: a deny of part of the RPC range after its permit
    # (shadowed) or an overlapping UDP permit
    if rnd.random() < 0.2:
        term("shadow", **{"source-address": P + "LAN", "destination-address": dst,
                          "protocol": "tcp", "destination-port": P + "CLIENT", "action": "deny"})
    if rnd.random() < 0.25:
        svcs[P + "UDP"] = [("udp", 389, 389)] + ([("udp", 53, 53)] if rnd.random() < 0.5 else [])
        term("udp", **{"source-address": P + "CLIENTS", "destination-address": dst,
                       "protocol": "udp", "destination-port": P + "UDP", "action": "accept"})
    # the harder constructs, each now and then: an excluded block (pf `!`,
    # iptables a RETURN chain, Cisco deny entries before the permits),
    # reject, a source-port match, a protocol list, `established` on UDP,
    # the servers' echo replies, a permit of every protocol, a denied host
    # block inside the clients' net
    if rnd.random() < 0.25:
        nets[P + "LAN_BAD"] = ["10.20.%d.0/24" % rnd.randrange(1, 250)]
        term("exclude", **{"source-address": P + "LAN", "source-exclude": P + "LAN_BAD",
                           "destination-address": dst, "protocol": "tcp",
                           "destination-port": P + "CLIENT", "action": "accept"})
    if rnd.random() < 0.2:
        nets[P + "LAN_HOST"] = ["10.20.%d.%d/32" % (rnd.randrange(1, 250), rnd.randrange(1, 250))]
        term("deny-host", **{"source-address": P + "LAN_HOST", "destination-address": P + "SERVERS",
                             "protocol": rnd.choice(["tcp", "tcp udp", "icmp"]),
                             "action": rnd.choice(["deny", "reject"])})
    if rnd.random() < 0.2:
        svcs[P + "HIGH"] = [("tcp", 1024, 65535), ("udp", 1024, 65535)]
        svcs[P + "LDAPU"] = [("tcp", 389, 389), ("udp", 389, 389)]
        term("sport", **{"source-address": P + "CLIENTS", "source-port": P + "HIGH",
                         "destination-address": dst, "protocol": "tcp udp",
                         "destination-port": P + "LDAPU", "action": "accept"})
    kinds = {t["kind"] for t in terms}
    if rnd.random() < (0.6 if "udp" in kinds else 0.15):
        # the answers of the UDP services (the stateless renderings need them)
        svcs[P + "DNS"] = svcs.get(P + "UDP", [("udp", 53, 53)])
        term("udp-est", **{"source-address": P + "SERVERS", "protocol": "udp",
                           "source-port": P + "DNS", "option": "established", "action": "accept"})
    if rnd.random() < (0.6 if "ping" in kinds else 0.2):
        term("ping-reply", **{"source-address": P + "SERVERS", "destination-address": P + "CLIENTS",
                              "protocol": "icmp", "icmp-type": "echo-reply", "action": "accept"})
    if rnd.random() < 0.1:
        term("any-proto", **{"source-address": P + "EXB", "destination-address": dst,
                             "action": "accept"})
    if rnd.random() < 0.15:
        term("reject", **{"source-address": P + "LAN", "destination-address": P + "SERVERS",
                          "protocol": "udp", "action": "reject"})
    if rnd.random() < 0.15:
        nets[P + "SRV_BAD"] = ["10.10.1.%d/32" % rnd.choice([10, 11, 200])]
        term("dst-exclude", **{"source-address": P + "LAN", "destination-address": P + "SERVERS",
                               "destination-exclude": P + "SRV_BAD", "protocol": "tcp",
                               "destination-port": P + "SMTP", "action": "accept"})
    if rnd.random() < 0.15:
        term("icmp-types", **{"source-address": P + "SERVERS",
                              "protocol": "icmp",
                              "icmp-type": rnd.choice(["unreachable", "time-exceeded",
                                                       "unreachable time-exceeded"]),
                              "action": rnd.choice(["accept", "deny"])})
    if rnd.random() < 0.1:
        term("tunnel", **{"source-address": P + "EXB", "destination-address": P + "SERVERS",
                          "protocol": rnd.choice(["gre", "esp", "gre esp"]), "action": "accept"})
    if rnd.random() < 0.15:
        # more ports than one iptables multiport match takes (15)
        many = sorted(rnd.sample(range(3000, 3100), rnd.choice([16, 20, 31])))
        svcs[P + "MANY"] = [("tcp", x, x) for x in many]
        term("many-ports", **{"source-address": P + "CLIENTS", "destination-address": dst,
                              "protocol": "tcp", "destination-port": P + "MANY",
                              "action": rnd.choice(["accept", "deny"])})
    smtp_dst = dst if smtp_in_to == "site" else P + smtp_in_to
    term("smtp-in", **{"destination-address": smtp_dst, "protocol": "tcp",
                       "destination-port": P + "SMTP", "action": "accept"})
    if smtp_out and rnd.random() < 0.8:
        term("smtp-out", **{"source-address": dst, "protocol": "tcp",
                            "destination-port": P + "SMTP", "action": "accept"})
    if rnd.random() < 0.2:
        term("dup", **dict(terms[rnd.randrange(len(terms))]["kw"]))
    if rnd.random() < 0.5:
        kw = {"destination-address": P + "SERVERS", "action": "deny"}
        if rnd.random() < 0.4:
            kw["logging"] = "true"
        term("deny-servers", **kw)
    final = rnd.random() < 0.8
    if final:
        term("deny-all", action="deny")

    # ---- the policy text
    pol = ["# Generated by tests/difftest/gen.py %d %d (policy %d)." % (seed, idx, idx),
           "header {",
           "  target:: packetfilter %s in" % ACL,
           "  target:: iptables FORWARD DROP",
           "  target:: speedway FORWARD DROP",
           "  target:: cisco %s extended" % ACL,
           "  target:: ciscoasa %s" % ACL,
           "}", ""]
    order = ["source-address", "source-exclude", "source-port", "destination-address",
             "destination-exclude", "protocol", "destination-port", "logging",
             "icmp-type", "option", "action"]
    for t in terms:
        pol.append("term %s {" % t["name"])
        for k in order:
            if k in t["kw"]:
                pol.append("  %s:: %s" % (k, t["kw"][k]))
        pol.append("}")
        pol.append("")
    # The ASA's meaning in the words of another platform: Capirca's ciscoasa
    # drops `option:: tcp-established` (tests/capirca/README.md), so the ASA
    # file must mean what the same policy without the option means; render
    # that policy with speedway and cisco as the ASA's references.
    eq = []
    for line in pol:
        if line.strip() == "option:: tcp-established":
            continue
        if line.startswith("  target:: ") and not (
                line.startswith("  target:: speedway") or line.startswith("  target:: cisco ")):
            continue
        eq.append(line)
    eq[0] = eq[0].rstrip(".") + ", tcp-established removed: the ASA's reference."
    net_text = "".join("%s = %s\n" % (k, " ".join(v)) for k, v in nets.items())
    svc_text = "".join("%s = %s\n" % (k, ports_text(v)) for k, v in svcs.items() if v)

    # ---- the topology
    def ports_block(s):
        if "dir" not in s:
            return ";"
        return " { directory-port %d; store-port %d; mta-port %d; }" % (s["dir"], s["store"], s["mta"])
    topo = ["# Generated by tests/difftest/gen.py %d %d (policy %d)." % (seed, idx, idx),
            "exchange 5.5;",
            "zone internet any;",
            "zone lan %s;" % LAN]
    zones = ["internet", "lan"]
    if lan2:
        topo.append("zone lan2 %s;" % LAN2)
        zones.append("lan2")
    topo += ["zone servers %s;" % SERVERS_NET, "zone siteb %s;" % SITEB_NET]
    zones += ["servers", "siteb"]
    topo.append("site A {")
    for s in servers:
        topo.append("    server %s %s%s" % (s["name"], s["addr"], ports_block(s)))
    topo.append("}")
    topo.append("site B { server EXB %s%s }" % (exb["addr"], ports_block(exb)))
    cz = "lan, lan2" if lan2 else "lan"
    for c in scen:
        v = "" if c == "mapi" else " " + variants[c]
        topo.append("clients %s%s from %s to A;" % (c, v, cz))
    topo.append("smtp in from internet to %s;" % ("A" if smtp_in_to == "site" else smtp_in_to))
    if smtp_out:
        topo.append("smtp out from A to internet;")
    if connector in ("rpc", "both"):
        topo.append("connector rpc A B;")
    if connector in ("x400", "both"):
        topo.append("connector x400 A B;")
    ifname = {"internet": "in0", "lan": "cl0", "lan2": "cl1", "servers": "sv0", "siteb": "sb0"}
    for key, _target, suffix, fmt in RENDERINGS:
        topo.append("firewall %s {" % key)
        topo.append('    file "out/%s%s" format %s;' % (name, suffix, fmt))
        for z in zones:
            acl = " acl-in %s" % ACL if fmt in ("cisco", "asa") else ""
            topo.append("    interface %s zone %s%s;" % (ifname[z], z, acl))
        topo.append("}")
    for key, suffix, fmt in (("asa-ref-speedway", "-asaeq.ipt", "iptables"),
                             ("asa-ref-ios", "-asaeq.acl", "cisco")):
        topo.append("firewall %s {" % key)
        topo.append('    file "out/%s%s" format %s;' % (name, suffix, fmt))
        for z in zones:
            acl = " acl-in %s" % ACL if fmt == "cisco" else ""
            topo.append("    interface %s zone %s%s;" % (ifname[z], z, acl))
        topo.append("}")
    meta = {"name": name, "seed": seed, "index": idx, "terms": terms, "final_deny": final,
            "replies": rep, "servers": servers, "exb": exb, "lan2": lan2,
            "nets": nets, "services": {k: v for k, v in svcs.items() if v},
            "ifname": ifname, "zones": zones}
    return name, "\n".join(pol), "\n".join(eq), net_text, svc_text, "\n".join(topo) + "\n", meta


def main(argv):
    if len(argv) != 4:
        print("usage: gen.py SEED N OUTDIR", file=sys.stderr)
        return 2
    seed, n, outdir = int(argv[1]), int(argv[2]), argv[3]
    aclgen = shutil.which("aclgen")
    if not aclgen:
        print("difftest: aclgen not found (apt-get install python3-capirca)", file=sys.stderr)
        return 2
    os.makedirs(outdir, exist_ok=True)
    work = tempfile.mkdtemp(prefix="difftest-aclgen.")
    try:
        os.makedirs(os.path.join(work, "pol"))
        os.makedirs(os.path.join(work, "def"))
        os.makedirs(os.path.join(work, "out"))
        allnet, allsvc = [], []
        made = []
        for i in range(1, n + 1):
            name, pol, eq, net, svc, topo, meta = gen_one(seed, i)
            d = os.path.join(outdir, name)
            os.makedirs(os.path.join(d, "def"), exist_ok=True)
            os.makedirs(os.path.join(d, "out"), exist_ok=True)
            for rel, text in ((name + ".pol", pol), (name + "-asaeq.pol", eq), ("def/NETWORK.net", net),
                              ("def/SERVICES.svc", svc), ("topo", topo),
                              ("meta.json", json.dumps(meta, indent=1, sort_keys=True) + "\n")):
                with open(os.path.join(d, rel), "w") as f:
                    f.write(text)
            with open(os.path.join(work, "pol", name + ".pol"), "w") as f:
                f.write(pol)
            with open(os.path.join(work, "pol", name + "-asaeq.pol"), "w") as f:
                f.write(eq)
            allnet.append(net)
            allsvc.append(svc)
            made.append(name)
        with open(os.path.join(work, "def", "NETWORK.net"), "w") as f:
            f.write("".join(allnet))
        with open(os.path.join(work, "def", "SERVICES.svc"), "w") as f:
            f.write("".join(allsvc))
        r = subprocess.run([aclgen, "--base_directory=" + work,
                            "--definitions_directory=" + os.path.join(work, "def"),
                            "--output_directory=" + os.path.join(work, "out")],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if r.returncode != 0:
            print(r.stdout, file=sys.stderr)
            print("difftest: aclgen failed", file=sys.stderr)
            return 1
        missing = 0
        for name in made:
            for suffix in [r[2] for r in RENDERINGS] + ["-asaeq.ipt", "-asaeq.acl"]:
                src = os.path.join(work, "out", name + suffix)
                if not os.path.exists(src):
                    print("difftest: aclgen wrote no %s" % (name + suffix), file=sys.stderr)
                    missing += 1
                    continue
                shutil.copy(src, os.path.join(outdir, name, "out", name + suffix))
        if missing:
            return 1
    finally:
        shutil.rmtree(work)
    print("difftest: %d policies, %d renderings in %s" % (n, 5 * n, outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
