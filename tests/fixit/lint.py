#!/usr/bin/env python3
"""Part (a) of tests/fixit-check.sh: judge one broken sample's lint before
and after its fix-its were applied (stdlib only).

  lint.py compare BEFORE.json AFTER.json

BEFORE.json and AFTER.json are `fwlint -t TOPO -f json` of the broken
sample and of the same folder after `fwlint --fix=inplace`.  Exit 1 (with
one line per problem on standard output) when
  - a missing-opening, partial-opening or return-blocked finding is left;
  - a finding of AFTER was not in BEFORE: the same check, file, message
    and excess, with line numbers ("FILE:LINE", "line N") normalised, since
    the inserted rules move lines; exact otherwise;
  - a flow finding of BEFORE had no fix-it (empty "fixes" or a "nofix").
Prints "N flow findings, all with fix-its; M findings after, none new" on
success.
"""

import json
import re
import sys

FLOW = ("missing-opening", "partial-opening", "return-blocked")
# "edge-broken.rules:7", "fw-broken.cfg:49:1": a place in a file
PLACE = re.compile(r"(?<![\w/.-])([\w./-]+\.[\w]+):\d+(?::\d+)?")
LINE = re.compile(r"\blines? \d+\b")


def norm(message):
    message = PLACE.sub(r"\1:N", message)
    return LINE.sub("line N", message)


def key(finding):
    # over-permissive's message is the same for every rule: what it lets
    # through is in "excess"
    return (finding["check"], finding["file"], norm(finding["message"]),
            norm(finding["excess"] or ""))


def compare(before_path, after_path):
    with open(before_path, encoding="utf-8") as f:
        before = json.load(f)["findings"]
    with open(after_path, encoding="utf-8") as f:
        after = json.load(f)["findings"]
    problems = []
    flows = [f for f in before if f["check"] in FLOW]
    for f in flows:
        if not f["fixes"] or f["nofix"] is not None:
            problems.append(f"no fix-it for {f['file']}:{f['line']}: "
                            f"{f['check']}: {f['message']} (nofix: "
                            f"{f['nofix']})")
    for f in after:
        if f["check"] in FLOW:
            problems.append(f"left after the fix: {f['file']}:{f['line']}: "
                            f"{f['check']}: {f['message']}")
    old = {}
    for f in before:
        old[key(f)] = old.get(key(f), 0) + 1
    for f in after:
        k = key(f)
        if old.get(k, 0) > 0:
            old[k] -= 1
        elif f["check"] not in FLOW:
            problems.append(f"new after the fix: {f['file']}:{f['line']}: "
                            f"{f['check']}: {f['message']}"
                            + (f"; excess: {f['excess']}" if f["excess"]
                               else ""))
    for p in problems:
        print(p)
    if not flows:
        print("the broken sample has no flow finding: nothing to fix")
        return 1
    if problems:
        return 1
    print(f"{len(flows)} flow findings, all with fix-its; {len(after)} "
          f"findings after, none new")
    return 0


def main(argv):
    if len(argv) == 4 and argv[1] == "compare":
        return compare(argv[2], argv[3])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
