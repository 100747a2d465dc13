#!/usr/bin/env python3
"""Differential test of fwlint across the five Capirca renderings of each
policy (see README.md).

    run.py [--kernel] [--expect] [--update] DIR...

DIR is a policy folder that gen.py wrote (pNNNN/) or a folder of them.
Each rendering is linted with `fwlint -f json -t DIR/topo FILE`, its
findings normalised (norm.py), and the five compared: every difference is
either one of the allowed differences of README.md (a rule below, by
check and condition) or a disagreement, printed with a reproducer.

--expect   also compare each policy's normal forms with DIR/expected.json
           (the regression cases, tests/difftest/cases/)
--update   write DIR/expected.json instead
--kernel   load the speedway (odd policies) or plain iptables (even ones)
           rendering into a router namespace and check `fwlint trace
           --connect` against the kernel (kernel.py; root); exit 2 when
           the harness's self-test fails

FWLINT names the binary (default build/fwlint of this tree); DIFFTEST_SCOPE
(servers or all) is passed to fwlint as --scope.  Exit 1 on a
disagreement (or a changed expectation), 0 otherwise.  A policy whose
meta.json says "xfail" lists the disagreements it is known to show (open
fwlint bugs): those are reported as XFAIL, and a listed one that no longer
shows is XPASS, a failure, so that the mark is removed after the fix.
"""
import hashlib
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import norm  # noqa: E402

FWLINT = os.environ.get("FWLINT", os.path.join(HERE, "..", "..", "build", "fwlint"))
KEYS = ["pf", "speedway", "iptables", "ios", "asa", "asa-ref-speedway", "asa-ref-ios"]
SUFFIX = {"pf": ".pf", "speedway": ".ipt", "iptables": "", "ios": ".acl", "asa": ".asa",
          "asa-ref-speedway": "-asaeq.ipt", "asa-ref-ios": "-asaeq.acl"}
FMT = {"asa-ref-speedway": "speedway", "asa-ref-ios": "ios"}
STATELESS = ("speedway", "iptables", "ios")


def lint(d, name, key):
    rel = "out/" + name + SUFFIX[key]
    scope = ["--scope=" + os.environ["DIFFTEST_SCOPE"]] if os.environ.get("DIFFTEST_SCOPE") else []
    r = subprocess.run([FWLINT, "-f", "json", "--fail-on", "never"] + scope + ["-t", "topo", rel],
                       cwd=d, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        raise RuntimeError("%s: fwlint exited %d: %s" % (rel, r.returncode, r.stderr.strip()))
    return rel, json.loads(r.stdout)["findings"]


def trace(d, name, key, example):
    """fwlint trace -t topo of a finding's example packet on one rendering:
    (verdict, term of the deciding line)."""
    # "TCP 10.20.0.1:49152 -> 10.10.1.10:993 in cl0 out sv0 NEW SYN"
    w = example.split()
    proto, src, dst = w[0].lower(), w[1], w[3]
    rel = "out/" + name + SUFFIX[key]
    r = subprocess.run([FWLINT, "trace", "-t", "topo", rel, proto, src, dst],
                       cwd=d, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    last = [x for x in r.stdout.split("\n") if x.strip()]
    if not last:
        return None, None
    v = last[-1].split()
    verdict = v[0]
    line = None
    if len(v) > 1 and ":" in v[1]:
        try:
            line = int(v[1].rstrip(":").split(":")[-1])
        except ValueError:
            line = None
    return verdict, line


class Policy:
    def __init__(self, d):
        self.dir = d
        with open(os.path.join(d, "meta.json")) as f:
            self.meta = json.load(f)
        self.name = self.meta["name"]
        self.terms = {t["name"]: t for t in self.meta["terms"]}
        self.norms = {}
        self.raw = {}

    def established_terms(self):
        return {n for n, t in self.terms.items() if t["kw"].get("option") == "tcp-established"}

    def lint_all(self):
        for k in KEYS:
            rel, fs = lint(self.dir, self.name, k)
            self.raw[k] = fs
            self.norms[k] = self._norm(fs, rel, k)

    def _norm(self, fs, rel, k):
        cwd = os.getcwd()
        os.chdir(self.dir)
        try:
            return norm.normalise(fs, rel, FMT.get(k, k), self.meta)
        finally:
            os.chdir(cwd)

    def term_of(self, key, line):
        return self.norms[key]["tmap"].get(line, norm.DEFAULT)


def compare(p):
    """[(class, allowed-rule or None, text)] for every difference."""
    out = []
    N = p.norms

    # 1. speedway and plain iptables are the same rules: everything equal
    a, b = N["speedway"], N["iptables"]
    for what in ("flows", "over", "shadowed", "other"):
        x, y = a[what], b[what]
        if what == "flows":
            x, y = set(x), set(y)
        if x != y:
            out.append(("speedway/iptables " + what, None,
                        "speedway and plain iptables differ in %s: %r vs %r" % (what, x, y)))

    # The reference of each rendering: speedway, but for the ASA the
    # speedway rendering of the policy without tcp-established (Capirca's
    # ciscoasa drops that option: README.md, "asa-no-established"); for
    # shadowing, IOS for pf and the IOS reference for the ASA.
    REF = {"pf": "speedway", "ios": "speedway", "asa": "asa-ref-speedway"}
    SREF = {"pf": "ios", "asa": "asa-ref-ios"}

    # 2. flows: missing-opening and partial-opening
    drops = ("missing-opening", "partial-opening")
    pfx = pf_exclude_from(p)
    udpe = udp_established(p)
    for k, ref in REF.items():
        for c in drops:
            mine = {fl for (cc, fl) in N[k]["flows"] if cc == c}
            theirs = {fl for (cc, fl) in N[ref]["flows"] if cc == c}
            for fl in sorted(theirs - mine):
                ex = N[ref]["flows"][(c, fl)]["example"]
                rule = None
                if k == "pf" and not p.meta["final_deny"]:
                    # pf passes what no rule matches (pf.conf(5)); the
                    # others drop it (FORWARD policy, implicit deny)
                    v, line = trace(p.dir, p.name, "pf", ex)
                    if v == "ACCEPT" and line is None:
                        rule = "pf-default-pass"
                if k == "pf" and rule is None and pfx:
                    v, line = trace(p.dir, p.name, "pf", ex)
                    if v == "MAYBE" or p.term_of("pf", line) in pfx:
                        rule = "pf-exclude"
                out.append(("flow " + c, rule, "%s lacks %s: %s (%s has it; e.g. %s)" % (k, c, fl, ref, ex)))
            for fl in sorted(mine - theirs):
                ex = N[k]["flows"][(c, fl)]["example"]
                rule = None
                if (k == "pf" and not p.meta["final_deny"] and c == "partial-opening"
                        and ("missing-opening", fl) in N[ref]["flows"]):
                    # part of the flow passes by pf's default
                    v, line = trace(p.dir, p.name, "pf", N[ref]["flows"][("missing-opening", fl)]["example"])
                    if v == "ACCEPT" and line is None:
                        rule = "pf-default-pass"
                if k == "pf" and rule is None and pfx and N[k]["flows"][(c, fl)]["terms"] & pfx:
                    rule = "pf-exclude"
                out.append(("flow " + c, rule, "%s has %s that %s lacks: %s (e.g. %s)" % (k, c, ref, fl, ex)))

    # 3. return-blocked: the stateless renderings only, and alike
    rb = {k: {fl for (c, fl) in N[k]["flows"] if c == "return-blocked"} for k in N}
    for k in ("pf", "asa"):
        for fl in sorted(rb[k]):
            out.append(("flow return-blocked", None, "%s (stateful) has return-blocked: %s" % (k, fl)))
    for fl in sorted(rb["speedway"] ^ rb["ios"]):
        who = "speedway" if fl in rb["speedway"] else "ios"
        out.append(("flow return-blocked", None, "only %s has return-blocked: %s" % (who, fl)))
    for fl in sorted(rb["speedway"] & rb["ios"]):
        out.append(("flow return-blocked", "stateless-replies",
                    "return-blocked on the stateless renderings, not on pf/asa: %s" % fl))

    # 4. over-permissive: the union of the excess, and the terms
    def total(k):
        s = set()
        for t, v in N[k]["over"].items():
            if v is None:
                return None
            s |= v
        return s
    for k, ref in REF.items():
        if k == "pf" and pfx:
            # pf from the exclude term on: compared term by term before it
            for t in sorted(set(N[ref]["over"]) | set(N[k]["over"])):
                x, y = N[ref]["over"].get(t), N[k]["over"].get(t)
                if x != y:
                    rule = "pf-exclude" if t in pfx or t == norm.DEFAULT else None
                    if t in udpe and x is None and y is not None and not y:
                        rule = "udp-established"
                    out.append(("over-permissive term", rule, "pf: term %s differs from %s" % (t, ref)))
            continue
        base, mine = total(ref), total(k)
        if base is None or mine is None:
            # not spelled out ("too complex"): the terms must agree
            tb, tm = set(N[ref]["over"]), set(N[k]["over"])
            if k == "pf" and not p.meta["final_deny"]:
                tm.discard(norm.DEFAULT)
            tb -= udpe
            tm -= udpe
            if tb != tm:
                out.append(("over-permissive terms", None,
                            "%s: over-permissive terms %s, %s %s" % (k, sorted(tm), ref, sorted(tb))))
            continue
        extra, less = mine - base, base - mine
        if extra:
            rule = None
            if k == "pf" and not p.meta["final_deny"]:
                d = N["pf"]["over"].get(norm.DEFAULT)
                if d is not None and extra <= d:
                    rule = "pf-default-pass"
            out.append(("over-permissive excess", rule,
                        "%s lets through %d probes more than %s%s" % (
                            k, len(extra), ref, "" if rule else ", e.g. %s" % sorted(extra)[:3])))
        if less:
            out.append(("over-permissive excess", None,
                        "%s lets through %d probes less than %s, e.g. %s" % (k, len(less), ref, sorted(less)[:3])))
        for t in sorted(set(N[ref]["over"]) | set(N[k]["over"])):
            x, y = N[ref]["over"].get(t), N[k]["over"].get(t)
            if x == y:
                continue
            rule = None
            if k == "pf" and t == norm.DEFAULT and not p.meta["final_deny"] and x is None:
                rule = "pf-default-pass"
            if t in udpe and x is None and y is not None and not y:
                rule = "udp-established"
            out.append(("over-permissive term", rule,
                        "%s: term %s: %s probes, %s: %s" % (
                            k, t, len(y) if y is not None else "-", ref, len(x) if x is not None else "-")))

    # 5. shadowed-rule: pf against IOS (full shadowing of a term: IOS
    # writes one entry per port and address); the ASA against the IOS
    # rendering of its reference, exactly
    sp, si = N["pf"]["shadowed"], N["ios"]["shadowed"]
    full_p = {t for t, v in sp.items() if v == "full"}
    full_i = {t for t, v in si.items() if v == "full"}
    for t in sorted(full_p ^ full_i):
        rule = None
        if t in pfx:
            rule = "pf-exclude"
        out.append(("shadowed-rule", rule, "term %s fully shadowed on %s only" % (t, "ios" if t in full_i else "pf")))
    for t, v in sorted(si.items()):
        if v == "partial" and t not in sp:
            out.append(("shadowed-rule partial", "cisco-entries", "ios: term %s partly shadowed (entries)" % t))
    if N["asa"]["shadowed"] != N["asa-ref-ios"]["shadowed"]:
        out.append(("shadowed-rule", None, "asa %s, its IOS reference %s" % (
            N["asa"]["shadowed"], N["asa-ref-ios"]["shadowed"])))
    for k in ("speedway", "iptables"):
        for t in sorted(sp):
            if t not in N[k]["shadowed"]:
                out.append(("shadowed-rule", "iptables-chain-per-term",
                            "%s: term %s not reported (its own chain)" % (k, t)))
        for t, v in sorted(N[k]["shadowed"].items()):
            if t not in sp and t not in si:
                out.append(("shadowed-rule", None, "%s: term %s shadowed on %s only" % (k, t, k)))

    # 6. the other checks (parse-error, unresolved, ...): equal everywhere
    for k in N:
        if k == "speedway":
            continue
        for x in sorted(N[k]["other"] ^ N["speedway"]["other"]):
            rule = None
            if k == "pf" and pfx and x[0] == "unresolved" and x in N[k]["other"] and any(
                    "<%s>" % e in x[1] for n in pfx for e in
                    (p.terms[n]["kw"].get("source-exclude", "") + " " +
                     p.terms[n]["kw"].get("destination-exclude", "")).split()):
                rule = "pf-exclude"
            out.append(("other " + x[0], rule, "%s vs speedway: %s: %s" % (k, x[0], x[1])))

    # 7. the ASA and speedway: how often the missing option makes a
    # difference (counted, allowed: the comparison above is against the
    # reference)
    if N["asa-ref-speedway"]["flows"].keys() != N["speedway"]["flows"].keys() or \
            N["asa-ref-speedway"]["over"] != N["speedway"]["over"]:
        out.append(("asa vs speedway", "asa-no-established",
                    "the ASA's findings differ from speedway's by the dropped tcp-established"))
    return out


def pf_exclude_from(p):
    """The terms from the first one with a source-exclude on, in order, or
    an empty set.  Capirca 2.0.6's packetfilter writes `from { !<EXCL>,
    <NET> }` and declares no table <EXCL>: a list is one rule per item
    (OpenBSD PF FAQ, "Lists and Macros": a "negated list" matches any
    possible address), and an undeclared table is filled at run time, which
    fwlint reports as unresolved; so the pf rendering means something else
    from that term on."""
    names = list(p.terms)
    for i, n in enumerate(names):
        if "source-exclude" in p.terms[n]["kw"] or "destination-exclude" in p.terms[n]["kw"]:
            return set(names[i:])
    return set()


def udp_established(p):
    """Terms with `option:: established` on UDP: speedway writes `-m state
    --state ESTABLISHED,RELATED`, which no opening packet matches; pf keeps
    state on a plain pass, IOS and the ASA permit the datagrams."""
    return {n for n, t in p.terms.items()
            if t["kw"].get("option") == "established" and "udp" in t["kw"].get("protocol", "")}


def digest(summary):
    out = dict(summary)
    op = {}
    for t, v in summary["over-permissive"].items():
        if isinstance(v, str):
            op[t] = v
        else:
            op[t] = "%d probes, sha1 %s" % (len(v), hashlib.sha1("\n".join(v).encode()).hexdigest()[:12])
    out["over-permissive"] = op
    return out


def expected_of(p):
    return {k: digest(norm.summary(p.norms[k])) for k in KEYS}


def policy_dirs(args):
    out = []
    for a in args:
        if os.path.exists(os.path.join(a, "meta.json")):
            out.append(a)
        else:
            out += sorted(os.path.join(a, x) for x in os.listdir(a)
                          if os.path.exists(os.path.join(a, x, "meta.json")))
    return out


def main(argv):
    opts = [a for a in argv[1:] if a.startswith("--")]
    args = [a for a in argv[1:] if not a.startswith("--")]
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    if not os.access(FWLINT, os.X_OK):
        print("difftest: %s is not executable (make first)" % FWLINT, file=sys.stderr)
        return 2
    kernel = "--kernel" in opts
    if kernel:
        import kernel as kmod
        k = kmod.Kernel(FWLINT)
        bad = k.selftest()
        if bad:
            for b in bad:
                print("difftest: kernel %s" % b)
            k.close()
            return 2
    start = time.time()
    stats = {"policies": 0, "renderings": 0, "findings": 0, "compared": 0,
             "allowed": {}, "bugs": {}, "xfail": 0, "kflows": 0, "kagree": 0, "kopen": 0,
             "expect_fail": 0}
    bad = 0
    try:
        for d in policy_dirs(args):
            p = Policy(d)
            p.lint_all()
            stats["policies"] += 1
            stats["renderings"] += 5  # and the ASA's two references
            stats["findings"] += sum(len([f for f in p.raw[k] if f["check"]]) for k in KEYS)
            stats["compared"] += sum(len(p.norms[k]["flows"]) + len(p.norms[k]["over"]) +
                                     len(p.norms[k]["shadowed"]) for k in KEYS)
            diffs = compare(p)
            xfail = set(p.meta.get("xfail", []))
            seen_x = set()
            for cls, rule, text in diffs:
                if rule:
                    stats["allowed"][rule] = stats["allowed"].get(rule, 0) + 1
                    if os.environ.get("DIFFTEST_VERBOSE"):
                        print("ALLOWED %s: %s [%s]: %s" % (d, cls, rule, text))
                    continue
                if any(x in text for x in xfail):
                    seen_x |= {x for x in xfail if x in text}
                    stats["xfail"] += 1
                    print("XFAIL %s: %s: %s" % (d, cls, text))
                    continue
                stats["bugs"][cls] = stats["bugs"].get(cls, 0) + 1
                bad += 1
                print("DISAGREE %s: %s: %s" % (d, cls, text))
                print("    reproduce: cd %s && %s -t topo out/%s{%s}" % (
                    d, FWLINT, p.name, ",".join(SUFFIX[k] for k in KEYS)))
            for x in sorted(xfail - seen_x):
                bad += 1
                print("XPASS %s: the known disagreement %r no longer shows: remove it from meta.json" % (d, x))
            exp_path = os.path.join(d, "expected.json")
            if "--update" in opts:
                with open(exp_path, "w") as f:
                    json.dump(expected_of(p), f, indent=1, sort_keys=True)
                    f.write("\n")
            elif "--expect" in opts:
                with open(exp_path) as f:
                    want = json.load(f)
                got = json.loads(json.dumps(expected_of(p)))
                if got != want:
                    bad += 1
                    stats["expect_fail"] += 1
                    for k in KEYS:
                        for part in want[k]:
                            w, g = want[k][part], got[k][part]
                            if w == g:
                                continue
                            print("CHANGED %s: %s %s:" % (d, k, part))
                            if isinstance(w, dict):
                                w = ["%s: %s" % kv for kv in sorted(w.items())]
                                g = ["%s: %s" % kv for kv in sorted(g.items())]
                            for x in sorted(set(w) - set(g)):
                                print("    - %s" % x)
                            for x in sorted(set(g) - set(w)):
                                print("    + %s" % x)
            if kernel:
                n, agree, msgs, nopen = k.check(p)
                stats["kflows"] += n
                stats["kopen"] += nopen
                stats["kagree"] += agree
                for m in msgs:
                    bad += 1
                    print("KERNEL %s: %s" % (d, m))
    finally:
        if kernel:
            k.close()
    el = time.time() - start
    print("difftest: %d policies, %d renderings, %d findings, %d normalised findings compared; "
          "allowed differences: %s; disagreements: %s; xfail %d%s; in %.0fs" % (
              stats["policies"], stats["renderings"], stats["findings"], stats["compared"],
              ", ".join("%s %d" % kv for kv in sorted(stats["allowed"].items())) or "none",
              ", ".join("%s %d" % kv for kv in sorted(stats["bugs"].items())) or "none",
              stats["xfail"],
              ("; kernel (%s; %s): %d flows (%s; %d open, %d closed), %d agreed" % (
                  k.version, ", ".join("%s %d" % kv for kv in sorted(k.loaded.items())),
                  stats["kflows"],
                  ", ".join("%s %d (%d open)" % (pr, c, k.open_by_proto.get(pr, 0))
                            for pr, c in sorted(k.by_proto.items())),
                  stats["kopen"], stats["kflows"] - stats["kopen"],
                  stats["kagree"])) if kernel else "",
              el))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
