#!/usr/bin/env python3
"""Inclusive instruction counts of named functions in a callgrind profile.

    bench/cgphases.py CALLGRIND.OUT FUNCTION...

prints one line "NAME COUNT" per FUNCTION, in the order given, and first
"total COUNT", the profile's whole count (every thread).  Exits 2 naming
every FUNCTION the profile does not hold (not called, or inlined into its
callers and so not a function of its own any more).

The profile is the file valgrind --tool=callgrind writes (its format:
valgrind's docs/callgrind-format, "Callgrind Format Specification").
Read directly rather than through callgrind_annotate, because
callgrind_annotate files a function's cost under each source file its
instructions come from (a function with code inlined from a header shows
up several times, once per file), while here a function is its name:

  - self cost: every cost line under fn=NAME, whatever fl=/fi=/fe= says;
  - inclusive cost: self cost, plus the inclusive cost of every call from
    NAME to another function (the cost line after calls=).  Callgrind
    names the deeper levels of a recursion NAME'2, NAME'3 (--separate-recs)
    and they count as NAME: their self cost is added and the calls between
    levels are not, so nothing is counted twice.

Threads: a profile written with the default --separate-threads=no holds
the costs of every thread in one part; with --separate-threads=yes there
is one file per thread (CALLGRIND.OUT-01, -02 ...; CALLGRIND.OUT itself
is left empty) and they are summed.  Either way the count of a phase
is over every thread that ran it.
"""

import glob
import os
import re
import sys

NAME_RE = re.compile(r"^\((\d+)\)(?: (.*))?$")


def _base(name):
    # "check_shadowed'2" -> "check_shadowed"; "foo.constprop.0" stays
    return name.split("'", 1)[0]


def _cost(line):
    """The Ir of a cost line "POS IR" (POS absolute, +N, -N or *)."""
    parts = line.split()
    return int(parts[1]) if len(parts) > 1 else 0


def parse(path, self_cost, calls_out, totals):
    """Add one profile file's costs: self_cost[name] += cost;
    calls_out[(caller, callee)] += inclusive cost of those calls."""
    names = {}

    def name_of(value):
        m = NAME_RE.match(value)
        if not m:
            return value
        ident, text = m.group(1), m.group(2)
        if text is not None:
            names[ident] = text
            return text
        return names[ident]

    fn = None
    cfn = None
    pending_call = False
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            c = line[0]
            if pending_call:
                # the line after calls=: the inclusive cost of the calls
                pending_call = False
                key = (_base(fn), _base(cfn))
                calls_out[key] = calls_out.get(key, 0) + _cost(line)
                continue
            if c.isdigit() or c in "+-*":
                self_cost[_base(fn)] = self_cost.get(_base(fn), 0) + _cost(line)
                continue
            if line.startswith("fn="):
                fn = name_of(line[3:])
            elif line.startswith("cfn="):
                cfn = name_of(line[4:])
            elif line.startswith("calls="):
                pending_call = True
            elif line.startswith("summary:") or line.startswith("totals:"):
                key = line.split(":", 1)[0]
                totals[key] = totals.get(key, 0) + int(line.split()[1])
            # ob=, fl=, fi=, fe=, cob=, cfi=, cfl=, jump=, headers: ignored
            # (for cfi/cfl/cob the ids they define name files and objects,
            # a space of their own, not functions)


def inclusive(self_cost, calls_out, name):
    total = self_cost.get(name, 0)
    for (caller, callee), cost in calls_out.items():
        if caller == name and callee != name:
            total += cost
    return total


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    path, wanted = argv[1], argv[2:]
    # with --separate-threads=yes, PATH itself is left empty
    files = [p for p in [path] + sorted(glob.glob(path + "-*"))
             if os.path.isfile(p) and os.path.getsize(p) > 0]
    if not files:
        print(f"cgphases: {path}: no such profile", file=sys.stderr)
        return 2
    self_cost, calls_out, totals = {}, {}, {}
    for p in files:
        parse(p, self_cost, calls_out, totals)
    total = totals.get("summary", totals.get("totals", 0))
    known = set(self_cost) | {callee for _, callee in calls_out}
    missing = [w for w in wanted if w not in known]
    if missing:
        print("cgphases: not a function of this profile (not called, or "
              "inlined at every call): " + ", ".join(missing), file=sys.stderr)
        return 2
    print(f"total {total}")
    for w in wanted:
        print(f"{w} {inclusive(self_cost, calls_out, w)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
