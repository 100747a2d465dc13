#!/usr/bin/env python3
"""Print the table of make bench from the results bench/run.sh gathered.

    bench/table.py RESULTS

RESULTS holds one line per workload and tool, tab-separated:

    KEY  WORKLOAD  GOAL  TOOL  MEASURE-LINE

KEY names the workload (ipt10k, ipt100k, ipt1m, multi, pf, cisco), WORKLOAD
is its label in the table, GOAL the goal of issue 14 ("<=0.5x legacy,
<=40MiB"; "-" for none), TOOL fwlint, legacy or nft, and MEASURE-LINE what
bench/measure.py printed for it (without its label), or "skip REASON".

The goals are checked as written: "<=Fx legacy" against the ratio of the
medians of fwlint and iptables-legacy-restore --test of the same rounds,
"<=Ns" against fwlint's median, "<=NMiB" against fwlint's peak, "per rule
<=Fx 10k" against fwlint's time per rule here over its time per rule on
the 10k workload.  A goal that needs a number this run does not have is
"?"; "met" is "yes" when every part is met, else "NO".

Exits 0; the table is the output.
"""

import re
import sys

KIB_PER_MIB = 1024


class Row:
    def __init__(self, key, label, goal):
        self.key, self.label, self.goal = key, label, goal
        self.tools = {}

    def ok(self, tool):
        m = self.tools.get(tool)
        return m if m and m[0] == "ok" else None

    def wall(self, tool):
        m = self.ok(tool)
        return float(m[1]) if m else None

    def mib(self, tool):
        m = self.ok(tool)
        return int(m[2]) / KIB_PER_MIB if m else None

    def runs(self):
        n = [int(m[3]) for m in self.tools.values() if m and m[0] == "ok"]
        return str(max(n)) if n else "-"


def cell_time(row, tool):
    m = row.tools.get(tool)
    if m is None:
        return "-"
    if m[0] == "ok":
        return f"{float(m[1]):.3f}"
    if m[0] == "skip":
        return "skipped"
    if m[0] == "refused":
        return "refused (input limit)"
    return f"failed (exit {m[1]})"


def cell_mib(row, tool):
    v = row.mib(tool)
    return f"{v:.1f}" if v is not None else "-"


def ratio(a, b):
    return a / b if a is not None and b else None


def check_goal(row, rows):
    """(text of the verdict, per-rule ratio or None)"""
    if row.goal == "-":
        return "-"
    verdicts = []
    fw = row.wall("fwlint")
    for part in row.goal.split(","):
        part = part.strip()
        m = re.fullmatch(r"<=([\d.]+)x (legacy|nft)", part)
        if m:
            r = ratio(fw, row.wall(m.group(2)))
            verdicts.append(None if r is None else r <= float(m.group(1)))
            continue
        m = re.fullmatch(r"<=([\d.]+)s", part)
        if m:
            verdicts.append(None if fw is None else fw <= float(m.group(1)))
            continue
        m = re.fullmatch(r"<=([\d.]+)MiB", part)
        if m:
            v = row.mib("fwlint")
            verdicts.append(None if v is None else v <= float(m.group(1)))
            continue
        m = re.fullmatch(r"per rule <=([\d.]+)x (\w+)", part)
        if m:
            r = per_rule_ratio(row, rows, m.group(2))
            verdicts.append(None if r is None else r <= float(m.group(1)))
            continue
        verdicts.append(None)
    if any(v is False for v in verdicts):
        return "NO"
    if any(v is None for v in verdicts):
        return "?"
    return "yes"


def rules_of(label):
    """The rule count a label ends with: "iptables 10k" -> 10000."""
    m = re.search(r" (\d+)(k|M)?$", label)
    if not m:
        return None
    return int(m.group(1)) * {"k": 1000, "M": 1000000, None: 1}[m.group(2)]


def per_rule_ratio(row, rows, ref_label):
    ref = next((r for r in rows if r.key.startswith("ipt") and
                r.label.endswith(" " + ref_label)), None)
    if ref is None:
        return None
    a, b = row.wall("fwlint"), ref.wall("fwlint")
    na, nb = rules_of(row.label), rules_of(ref.label)
    if None in (a, b, na, nb) or b == 0:
        return None
    return (a / na) / (b / nb)


def main(argv):
    rows = []
    by_key = {}
    with open(argv[1], encoding="utf-8") as f:
        for line in f:
            key, label, goal, tool, meas = line.rstrip("\n").split("\t")
            if key not in by_key:
                by_key[key] = Row(key, label, goal)
                rows.append(by_key[key])
            by_key[key].tools[tool] = meas.split()
    head = ["workload", "runs", "fwlint s", "MiB", "legacy s", "MiB",
            "nft s", "MiB", "/legacy", "/nft", "goal (issue 14)", "met"]
    table = [head]
    notes = []
    for row in rows:
        fw = row.wall("fwlint")
        rl, rn = ratio(fw, row.wall("legacy")), ratio(fw, row.wall("nft"))
        table.append([
            row.label, row.runs(),
            cell_time(row, "fwlint"), cell_mib(row, "fwlint"),
            cell_time(row, "legacy"), cell_mib(row, "legacy"),
            cell_time(row, "nft"), cell_mib(row, "nft"),
            f"{rl:.2f}x" if rl is not None else "-",
            f"{rn:.2f}x" if rn is not None else "-",
            row.goal, check_goal(row, rows)])
        m = re.search(r"per rule <=[\d.]+x (\w+)", row.goal)
        if m:
            r = per_rule_ratio(row, rows, m.group(1))
            if r is not None:
                notes.append(f"{row.label}: fwlint's time per rule is {r:.2f}x "
                             f"its time per rule at {m.group(1)}")
    widths = [max(len(r[i]) for r in table) for i in range(len(head))]
    right = {1, 2, 3, 4, 5, 6, 7, 8, 9}
    for n, r in enumerate(table):
        cells = [c.rjust(w) if i in right else c.ljust(w)
                 for i, (c, w) in enumerate(zip(r, widths))]
        print("  ".join(cells).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))
    for n in notes:
        print(n)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
