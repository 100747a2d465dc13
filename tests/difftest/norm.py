"""Normalising fwlint's findings on one Capirca rendering (see README.md).

A finding becomes:

- missing-opening, partial-opening, return-blocked: (check, flow), the flow
  as the message names it ("TCP lan 10.20.0.0/16 -> EX1 10.10.1.10:993
  (imap4: IMAP4 over SSL)"), with the Capirca term whose rule it is at;
- over-permissive: the term it is at, and its excess as a set of probe
  packets (protocol, source, destination, port or ICMP type) from a grid
  made of the topology's addresses and the policy's ports: the excess text
  is parsed back into address and port sets and each probe tested against
  it, so that one excess split over several entries (IOS writes a term as
  one entry per port) and the same excess in one rule compare equal;
- shadowed-rule: the term, "full" when every rule of the term is
  shadowed, "partial" when only some are;
- any other check: (check, message).

A rule's term is the Capirca term that wrote it, found from the comments
Capirca puts in each format (pf "# term NAME", iptables chains "F_NAME",
IOS " remark NAME", ASA "access-list ACL remark NAME"); what comes before
the first term (the iptables policy, the IOS/ASA ACL header where the
implicit deny is reported, pf's default pass without a line) is
"(default)".
"""
import ipaddress
import re

DEFAULT = "(default)"
FLOW_CHECKS = ("missing-opening", "partial-opening", "return-blocked")


def term_of_lines(path, fmt, terms):
    """The term of each line (1-based) of a rendering."""
    names = set(terms)
    out = {}
    cur = DEFAULT
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().split("\n")
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if fmt == "pf":
            m = re.match(r"# term (\S+)$", s)
            if m and m.group(1) in names:
                cur = m.group(1)
            out[i] = cur
        elif fmt in ("speedway", "iptables"):
            m = re.match(r"-A (\S+) .*?(?:-j F_(\S+))?$", s)
            t = DEFAULT
            if m:
                chain = m.group(1)
                if chain.startswith("F_") and chain[2:] in names:
                    t = chain[2:]
                elif m.group(2) and m.group(2) in names:
                    t = m.group(2) + " (jump)"
            out[i] = t
        elif fmt == "ios":
            m = re.match(r"remark (\S+)$", s)
            if m and m.group(1) in names:
                cur = m.group(1)
            out[i] = cur
        elif fmt == "asa":
            m = re.match(r"access-list \S+ remark (\S+)$", s)
            if m and m.group(1) in names:
                cur = m.group(1)
            out[i] = cur
    return out, lines


def rule_lines(lines, fmt, tmap):
    """term -> the line numbers of its rules (permit/deny entries, pf
    pass/block, iptables -A in the term's chain)."""
    out = {}
    for i, line in enumerate(lines, 1):
        s = line.strip()
        t = tmap.get(i, DEFAULT)
        if t == DEFAULT or t.endswith("(jump)"):
            continue
        ok = False
        if fmt == "pf":
            ok = s.startswith("pass ") or s.startswith("block ")
        elif fmt in ("speedway", "iptables"):
            ok = s.startswith("-A ") and "-m comment" not in s
        elif fmt == "ios":
            ok = s.startswith("permit ") or s.startswith("deny ")
        elif fmt == "asa":
            ok = " extended permit " in s or " extended deny " in s
        if ok:
            out.setdefault(t, []).append(i)
    return out


# ---------------------------------------------------------------- the grid

class Names:
    """The topology's names and addresses, for reading an excess back."""

    def __init__(self, meta):
        self.zones = {"lan": ["10.20.0.0/16"], "servers": ["10.10.1.0/24"],
                      "siteb": ["10.30.1.0/24"]}
        if meta["lan2"]:
            self.zones["lan2"] = ["10.21.0.0/16"]
        self.hosts = {s["name"]: s["addr"] for s in meta["servers"]}
        self.hosts["EXB"] = meta["exb"]["addr"]
        inner = [ipaddress.ip_network(n) for v in self.zones.values() for n in v]
        self.inner = inner

    def probes(self):
        a = ["10.20.0.7", "10.10.1.200", "10.30.1.200", "198.51.100.7", "10.99.0.7"]
        if "lan2" in self.zones:
            a.append("10.21.0.7")
        a += list(self.hosts.values())
        return a

    def in_zone(self, name, addr):
        ip = ipaddress.ip_address(addr)
        if name == "internet":
            return ip.version == 4 and not any(ip in n for n in self.inner)
        return any(ip in ipaddress.ip_network(n) for n in self.zones[name])


def probe_ports(meta):
    ports = {1, 22, 53, 80, 443, 1023, 1024, 1025, 4000, 4999, 5000, 65535}
    for v in meta["services"].values():
        for _p, lo, hi in v:
            for x in (lo - 1, lo, hi, hi + 1):
                if 1 <= x <= 65535:
                    ports.add(x)
    for s in meta["servers"] + [meta["exb"]]:
        for k in ("dir", "store", "mta"):
            if k in s:
                ports |= {s[k] - 1, s[k], s[k] + 1}
    ports |= {25, 102, 110, 119, 135, 143, 389, 636, 993, 995, 123, 161}
    return sorted(ports)


class Unparsed(Exception):
    pass


def _inside(tok, base):
    """Is the first address of a host or block token in an item?"""
    m = re.search(r"(\d+\.\d+\.\d+\.\d+)", tok)
    return bool(m) and base(m.group(1))


def _addr_pred(text, names):
    """A predicate on an address for one address list of an excess."""
    items = []  # (base-predicate, [except-predicates])
    toks = [t.strip() for t in re.split(r",\s*|\s+and\s+", text)]
    i = 0

    def one(tok):
        tok = tok.strip()
        m = re.match(r"^(\S+) (\d+\.\d+\.\d+\.\d+)(?: at (\S+))?$", tok)
        if m and m.group(1) in names.hosts:
            a = m.group(2)
            return lambda x, a=a: x == a
        m = re.match(r"^(\S+)(?: (\d+\.\d+\.\d+\.\d+/\d+))?$", tok)
        if m and (m.group(1) in names.zones or m.group(1) == "internet"):
            z = m.group(1)
            return lambda x, z=z: names.in_zone(z, x)
        m = re.match(r"^(\d+\.\d+\.\d+\.\d+/\d+)$", tok)
        if m:
            n = ipaddress.ip_network(m.group(1), strict=False)
            return lambda x, n=n: ipaddress.ip_address(x) in n
        m = re.match(r"^(\d+\.\d+\.\d+\.\d+)-(\d+\.\d+\.\d+\.\d+)$", tok)
        if m:
            lo, hi = ipaddress.ip_address(m.group(1)), ipaddress.ip_address(m.group(2))
            return lambda x, lo=lo, hi=hi: lo <= ipaddress.ip_address(x) <= hi
        m = re.match(r"^(\d+\.\d+\.\d+\.\d+)$", tok)
        if m:
            return lambda x, a=m.group(1): x == a
        if tok == "any":
            return lambda x: True
        raise Unparsed(tok)

    in_except = False
    while i < len(toks):
        tok = toks[i]
        if " except " in tok:
            base, exc = tok.split(" except ", 1)
            items.append([one(base), [one(exc)]])
            in_except = True
        elif in_except and not re.match(r"^(lan2?|servers|siteb|internet)\b", tok) \
                and _inside(tok, items[-1][0]):
            # a further exception of the same item (a zone name starts a
            # new item; a host or block inside an except list continues it)
            items[-1][1].append(one(tok))
        else:
            items.append([one(tok), []])
            in_except = False
        i += 1

    def pred(x):
        for base, exc in items:
            if base(x) and not any(e(x) for e in exc):
                return True
        return False
    return pred


def _ports_pred(text):
    text = text.strip()
    if text in ("any port", "every port"):
        return lambda p: True
    neg = False
    m = re.match(r"^every port but (.*)$", text)
    if m:
        neg, text = True, m.group(1)
    else:
        m = re.match(r"^(?:port|ports) (.*)$", text)
        if not m:
            raise Unparsed(text)
        text = m.group(1)
    rs = []
    for part in re.split(r",\s*|\s+and\s+", text):
        part = part.strip()
        if not part:
            continue
        m = re.match(r"^(\d+)(?:-(\d+))?$", part)
        if not m:
            raise Unparsed(part)
        lo = int(m.group(1))
        rs.append((lo, int(m.group(2) or lo)))

    def pred(p):
        r = any(lo <= p <= hi for lo, hi in rs)
        return r != neg
    return pred


OTHER_PROTOS = ("p47", "p50", "p132")  # GRE, ESP, SCTP: the probes of other protocols


def _protos(text):
    text = text.replace(" over IPv4", "").strip()
    allp = {"tcp", "udp", "icmp"} | set(OTHER_PROTOS)

    def one(p):
        p = p.strip().lower()
        if p in ("tcp", "udp", "icmp"):
            return {p}
        m = re.match(r"^proto (\d+)$", p)
        if m:
            return {"p" + m.group(1)}
        raise Unparsed(text)
    m = re.match(r"^every protocol but (.*)$", text)
    if m:
        out = set(allp)
        for p in re.split(r",\s*|\s+and\s+", m.group(1)):
            out -= one(p)
        return out
    if text in ("every protocol", "any protocol", "IPv4"):
        return allp
    out = set()
    for p in re.split(r",\s*|\s+and\s+", text):
        out |= one(p)
    return out


def excess_set(excess, meta, names=None):
    """The probes in an excess, or None when it is not spelled out."""
    if excess is None:
        return frozenset()
    if "too complex" in excess:
        return None
    names = names or Names(meta)
    text = re.sub(r"\s*\(needed: [^)]*\)", "", excess)
    probes = names.probes()
    ports = probe_ports(meta)
    out = set()
    for term in text.split("; "):
        m = re.match(r"^(.*?) from (.*?)(?: source (ports? [\d, -]+(?:and [\d-]+)?|every port but [\d, -]+(?:and [\d-]+)?))? to (.*?)"
                     r"(?: on (.*?)| types? ([\d, ]+))?$", term.strip())
        if not m:
            raise Unparsed(term)
        protos = _protos(m.group(1))
        src = _addr_pred(m.group(2), names)
        if m.group(3):
            # a source-port restriction: the probes use source port 49152
            sp = _ports_pred(m.group(3))
            if not sp(49152):
                continue
        dst = _addr_pred(m.group(4), names)
        portp = _ports_pred(m.group(5)) if m.group(5) else (lambda p: True)
        types = None
        if m.group(6):
            types = {int(x) for x in m.group(6).replace(" ", "").split(",") if x}
        for s in probes:
            if not src(s):
                continue
            for d in probes:
                if s == d or not dst(d):
                    continue
                for p in protos:
                    if p in ("tcp", "udp"):
                        for port in ports:
                            if portp(port):
                                out.add((p, s, d, port))
                    elif p == "icmp":
                        for t in (0, 3, 5, 8, 11, 13):
                            if types is None or t in types:
                                out.add((p, s, d, t))
                    elif p in OTHER_PROTOS:
                        out.add((p, s, d, 0))
    return frozenset(out)


def flow_of(message):
    for sep in (" is dropped", " are dropped"):
        k = message.find(sep)
        if k > 0:
            return message[:k]
    return message


def normalise(findings, path, fmt, meta):
    """The normal form of one rendering's findings (see the head)."""
    terms = [t["name"] for t in meta["terms"]]
    tmap, lines = term_of_lines(path, fmt, terms)
    rl = rule_lines(lines, fmt, tmap)
    names = Names(meta)
    flows = {}     # (check, flow) -> {"terms": set, "example": str}
    over = {}      # term -> set of probes, or None for "not spelled out"
    shadowed = {}  # term -> set of shadowed lines
    other = set()
    for f in findings:
        c = f["check"]
        if c is None:
            if f["level"] == "error":
                other.add(("error", f["message"]))
            continue
        if f["file"] != path and c not in ("dynamic-rpc",):
            if f["file"] is not None and not f["file"].endswith(path.split("/")[-1]):
                other.add((c, f["message"]))
                continue
        line = f["line"]
        t = tmap.get(line, DEFAULT) if line is not None else DEFAULT
        if c in FLOW_CHECKS:
            k = (c, flow_of(f["message"]))
            e = flows.setdefault(k, {"terms": set(), "example": f["example"]})
            e["terms"].add(t)
        elif c == "over-permissive":
            try:
                s = excess_set(f["excess"], meta, names)
            except Unparsed as e:
                raise Unparsed("%s:%s: %s (in %r)" % (path, line, e, f["excess"]))
            if s is None or over.get(t, frozenset()) is None:
                over[t] = None
            else:
                over[t] = over.get(t, frozenset()) | s
        elif c == "shadowed-rule":
            shadowed.setdefault(t, set()).add(line)
        elif c == "dynamic-rpc":
            other.add((c, f["message"]))
        else:
            other.add((c, f["message"]))
    sh = {}
    for t, ls in shadowed.items():
        if t == DEFAULT or t.endswith("(jump)"):
            sh[t] = "full"
            continue
        mine = set(rl.get(t, []))
        sh[t] = "full" if mine and mine <= ls else "partial"
    return {"flows": flows, "over": over, "shadowed": sh, "other": other,
            "tmap": tmap, "lines": lines}


def summary(norm):
    """The JSON-able normal form (the expected findings of a case)."""
    def probes_summary(s):
        if s is None:
            return "not spelled out"
        return sorted("%s %s>%s %d" % p for p in s)
    return {
        "flows": sorted("%s: %s" % k for k in norm["flows"]),
        "over-permissive": {t: probes_summary(s) for t, s in sorted(norm["over"].items())},
        "shadowed-rule": dict(sorted(norm["shadowed"].items())),
        "other": sorted("%s: %s" % k for k in norm["other"]),
    }
