#!/usr/bin/env python3
"""The conformance suite: every case under tests/conformance/ (README.md
there says what a case is).

    tests/conformance/run.py [CASE|FOLDER ...]

FWLINT names the binary (default: build/fwlint of this tree).  As root,
iptables cases are also loaded by the kernel, each in a network namespace
of its own; CONFORMANCE_KERNEL=0 uses the recorded verdicts only.
Exit 0 when every case passes, 1 when one fails, 2 on a setup error.
"""

import os
import re
import shlex
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
FOLDERS = ("pf", "iptables", "cisco")
DIRECTIVE = re.compile(r"^\s*[#!]@\s*([a-z][a-z-]*)\s*:\s*(.*?)\s*$")
FINDING = re.compile(r"^(.*?):(\d+):(\d+): (error|warning|note): ([a-z][a-z-]*): (.*)$")
ONCE = ("expect", "options", "kernel", "kernel-legacy", "restore", "family")
KEYS = ONCE + ("source", "finding", "no-finding", "trace")
TIMEOUT = 20


class CaseError(Exception):
    """A case file that does not follow the format."""


def read_case(path):
    keys = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for n, line in enumerate(f, 1):
            m = DIRECTIVE.match(line)
            if not m:
                continue
            key, value = m.group(1), m.group(2)
            if key not in KEYS:
                raise CaseError("line %d: unknown key '%s'" % (n, key))
            if key in ONCE and key in keys:
                raise CaseError("line %d: '%s' given twice" % (n, key))
            keys.setdefault(key, []).append(value)
    if "source" not in keys:
        raise CaseError("no 'source:' line: say where the behaviour is defined")
    if "expect" not in keys:
        raise CaseError("no 'expect:' line")
    return keys


def run(argv, cwd):
    try:
        p = subprocess.run(argv, cwd=cwd, capture_output=True, text=True,
                           errors="replace", timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, "", "timed out after %d s" % TIMEOUT
    return p.returncode, p.stdout, p.stderr


def findings(out):
    found = []
    for line in out.splitlines():
        m = FINDING.match(line)
        if m:
            found.append((m.group(1), int(m.group(2)), m.group(5), m.group(6)))
    return found


def parse_expect(value):
    if value == "accept":
        return ("accept", None, None)
    m = re.match(r"^reject\s+(\d+)\s*:\s*(.+)$", value)
    if m:
        return ("reject", int(m.group(1)), m.group(2))
    raise CaseError("expect: 'accept' or 'reject LINE: MESSAGE', not '%s'" % value)


def parse_kernel(value):
    word, _, rest = value.partition(" ")
    if word not in ("load", "refuse", "skip"):
        raise CaseError("kernel: 'load', 'refuse [MESSAGE]' or 'skip REASON', not '%s'" % value)
    if word == "skip" and not rest.strip():
        raise CaseError("kernel: skip needs a reason")
    return word, rest.strip()


class Kernel:
    """iptables-restore, nft and legacy, in a fresh namespace per file."""

    TOOLS = {"nft": ("iptables-nft-restore", "ip6tables-nft-restore"),
             "legacy": ("iptables-legacy-restore", "ip6tables-legacy-restore")}

    def __init__(self):
        self.why_not = None
        if os.environ.get("CONFORMANCE_KERNEL", "1") == "0":
            self.why_not = "CONFORMANCE_KERNEL=0"
        elif os.geteuid() != 0:
            self.why_not = "not root"
        elif not shutil.which("ip"):
            self.why_not = "no ip(8)"
        else:
            for tools in self.TOOLS.values():
                for t in tools:
                    if not shutil.which(t):
                        self.why_not = "no %s" % t
        self.seq = 0

    def load(self, variant, family, path, extra):
        tool = self.TOOLS[variant][1 if family == "6" else 0]
        self.seq += 1
        ns = "fwconf-%d-%d" % (os.getpid(), self.seq)
        if subprocess.run(["ip", "netns", "add", ns], capture_output=True).returncode:
            raise RuntimeError("cannot create network namespace %s" % ns)
        try:
            with open(path, "rb") as f:
                p = subprocess.run(["ip", "netns", "exec", ns, tool] + extra,
                                   stdin=f, capture_output=True, timeout=TIMEOUT)
            return p.returncode == 0, p.stderr.decode("utf-8", "replace").strip()
        finally:
            subprocess.run(["ip", "netns", "del", ns], capture_output=True)


def check_case(fwlint, path, kernel, stats):
    """Return a list of failure messages (empty: the case passes)."""
    keys = read_case(path)
    folder = os.path.basename(os.path.dirname(path))
    cwd, name = os.path.split(path)
    fails = []

    options = shlex.split(keys.get("options", [""])[0])
    fmt = [] if "-I" in options or any(o.startswith("--input-format") for o in options) \
        else ["-I", folder]
    kind, line, message = parse_expect(keys["expect"][0])

    status, out, err = run([fwlint] + fmt + options + [name], cwd)
    found = findings(out)
    if status is None or status not in (0, 1):
        return ["fwlint exited %s: %s" % (status, (err or out).strip()[:300])]
    errors = [f for f in found if f[2] == "parse-error"]
    if kind == "accept" and errors:
        fails.append("expected accept; fwlint: %s:%d: %s" % (errors[0][0], errors[0][1], errors[0][3]))
    if kind == "reject":
        hit = [f for f in errors if f[1] == line and message in f[3]]
        if not hit:
            said = "; ".join("%d: %s" % (f[1], f[3]) for f in errors) or "no parse-error"
            fails.append("expected reject %d: %s; fwlint: %s" % (line, message, said))
    for want in keys.get("finding", []):
        m = re.match(r"^(\d+)\s+([a-z][a-z-]*)$", want)
        if not m:
            raise CaseError("finding: 'LINE CHECK', not '%s'" % want)
        if not any(f[1] == int(m.group(1)) and f[2] == m.group(2) for f in found):
            fails.append("expected %s at line %s; fwlint: %s" % (
                m.group(2), m.group(1),
                "; ".join("%d %s" % (f[1], f[2]) for f in found) or "no finding"))
    for check in keys.get("no-finding", []):
        bad = [f for f in found if f[2] == check]
        if bad:
            fails.append("expected no %s; fwlint: %d: %s" % (check, bad[0][1], bad[0][3]))

    for t in keys.get("trace", []):
        args, sep, want = t.rpartition("=>")
        if not sep or not want.split():
            raise CaseError("trace: 'ARGS => VERDICT [LINE]', not '%s'" % t)
        words = want.split()
        wline = words.pop() if len(words) > 1 and words[-1].isdigit() else None
        stats["traces"] += 1
        status, out, err = run([fwlint, "trace"] + fmt + options + [name] + shlex.split(args), cwd)
        lines = out.splitlines()
        last = lines[-1] if lines else ""
        ok = status in (0, 1) and last.split()[:len(words)] == words
        if ok and wline is not None:
            ok = ("%s:%s:" % (name, wline)) in last
        if not ok:
            fails.append("trace %s: expected %s; fwlint (exit %s): %s" % (
                args.strip(), want.strip(), status, (last or err.strip())[:300]))

    if folder == "iptables":
        if "kernel" not in keys:
            raise CaseError("an iptables case says what the kernel does ('kernel:')")
        extra = shlex.split(keys.get("restore", [""])[0])
        family = keys.get("family", ["4"])[0]
        for key, variant in (("kernel", "nft"), ("kernel-legacy", "legacy")):
            if key not in keys:
                continue
            verdict, msg = parse_kernel(keys[key][0])
            if verdict == "skip":
                continue
            if key == "kernel" and (verdict == "load") != (kind == "accept"):
                fails.append("expect: %s disagrees with kernel: %s" % (kind, verdict))
            if kernel.why_not:
                continue
            loaded, said = kernel.load(variant, family, path, extra)
            stats["loaded"] += key == "kernel"
            if loaded != (verdict == "load") or (not loaded and msg and msg not in said):
                fails.append("%s: recorded %s; %s-restore %s: %s" % (
                    key, keys[key][0], variant, "loaded it" if loaded else "refused it", " | ".join(said.splitlines())[:300]))
    return fails


def collect(args):
    paths = []
    for a in args or [os.path.join(HERE, f) for f in FOLDERS]:
        a = os.path.abspath(a if os.path.exists(a) else os.path.join(HERE, a))
        if os.path.isdir(a):
            paths += sorted(os.path.join(a, n) for n in os.listdir(a)
                            if not n.startswith(".") and os.path.isfile(os.path.join(a, n)))
        elif os.path.isfile(a):
            paths.append(a)
        else:
            print("conformance: no such case: %s" % a, file=sys.stderr)
            sys.exit(2)
    return [p for p in paths if os.path.basename(os.path.dirname(p)) in FOLDERS]


def main():
    fwlint = os.path.abspath(os.environ.get("FWLINT") or os.path.join(TOP, "build", "fwlint"))
    if not os.access(fwlint, os.X_OK):
        print("conformance: %s is not built" % fwlint, file=sys.stderr)
        return 2
    kernel = Kernel()
    stats = {"traces": 0, "loaded": 0}
    count = {f: 0 for f in FOLDERS}
    passed = failed = 0
    for path in collect(sys.argv[1:]):
        rel = os.path.relpath(path, HERE) if path.startswith(HERE + os.sep) else path
        count[os.path.basename(os.path.dirname(path))] += 1
        try:
            fails = check_case(fwlint, path, kernel, stats)
        except CaseError as e:
            fails = ["not a valid case: %s" % e]
        except RuntimeError as e:
            print("conformance: %s" % e, file=sys.stderr)
            return 2
        if fails:
            failed += 1
            for f in fails:
                print("FAIL %s: %s" % (rel, f))
        else:
            passed += 1
    loaded = "%d loaded by the kernel" % stats["loaded"] if not kernel.why_not \
        else "none loaded by the kernel: %s" % kernel.why_not
    print("conformance: %d pf, %d iptables (%s), %d cisco, %d traces: %d passed, %d failed" % (
        count["pf"], count["iptables"], loaded, count["cisco"], stats["traces"], passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
