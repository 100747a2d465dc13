#!/usr/bin/env python3
"""Run commands interleaved, N rounds; print one line per command.

    measure.py N BUDGET TIMEOUT -- LABEL OKCODES STDIN STDOUT CMD [ARG...] \\
                                [--- LABEL OKCODES STDIN STDOUT CMD [ARG...]]...

Each round runs every command once, round-robin, starting one command
further on each round (round 1: A B C, round 2: B C A ...): every tool
sees the same state of the machine, since a busy spell on a shared machine
then slows all of them rather than whichever happened to run during it.
After a round, another starts only while the rounds so far, plus one more
of the same length, stay within BUDGET seconds (0: no limit); at least one
round runs.  So N is the most runs, and a slow workload gets fewer.

OKCODES: comma-separated exit statuses that count as success (fwlint exits
0 or 1 by its findings).  A command that exits with another status, or
runs longer than TIMEOUT seconds (its process group is killed), is not run
again.  STDIN: a file for its standard input, or "-" for /dev/null.
STDOUT: a file that gets the standard output of its first run, or "-"
(every other run writes to /dev/null).

Output, one line per command, in the order given:
    LABEL ok MEDIAN_WALL_S PEAK_RSS_KIB RUNS STATUSES METHOD
    LABEL fail STATUS FIRST_LINE_OF_STDERR...
(STATUS -9: killed after the timeout.  When the command wrote nothing on
standard error, the first line of its standard output, if kept: fwlint
reports a file it cannot read there.)

Peak memory is the child's maximum resident set size (ru_maxrss, KiB), the
largest of its runs:
- with GNU time (/usr/bin/time -f %M), exactly as it reports it;
- without it, from os.wait4 on a child forked from this script.  The kernel
  counts the pages a child inherited before exec in its peak, so that
  number has a floor of a few MiB (this Python's resident pages at fork);
  METHOD says "wait4" so that a reader knows.
For a command that is a shell running several programs one after another,
it is the largest of theirs (the kernel's maxrss of a process includes
its waited-for children).
Wall time is measured around fork/exec/wait with a monotonic clock; the
median of the runs is printed.
"""

import os
import signal
import statistics
import sys
import tempfile
import threading
import time

GNU_TIME = "/usr/bin/time"


def have_gnu_time():
    if os.environ.get("BENCH_NO_GNU_TIME"):
        return False  # to test the fallback
    if not os.access(GNU_TIME, os.X_OK):
        return False
    pid = os.fork()
    if pid == 0:
        try:
            fd = os.open(os.devnull, os.O_RDWR)
            for n in (0, 1, 2):
                os.dup2(fd, n)
            os.execv(GNU_TIME, [GNU_TIME, "-f", "%M", "true"])
        finally:
            os._exit(127)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status) == 0


def run_once(cmd, stdin_path, stdout_path, stderr_path, timeout, rss_file):
    argv = [GNU_TIME, "-f", "%M", "-o", rss_file] + cmd if rss_file else cmd
    t0 = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            os.setpgid(0, 0)
            fd = os.open(stdin_path if stdin_path != "-" else os.devnull,
                         os.O_RDONLY)
            os.dup2(fd, 0)
            if stdout_path:
                out = os.open(stdout_path,
                              os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            else:
                out = os.open(os.devnull, os.O_WRONLY)
            os.dup2(out, 1)
            err = os.open(stderr_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC,
                          0o644)
            os.dup2(err, 2)
            os.execvp(argv[0], argv)
        finally:
            os._exit(127)

    def kill():
        try:
            os.killpg(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    killer = threading.Timer(timeout, kill)
    killer.start()
    try:
        _, status, usage = os.wait4(pid, 0)
    finally:
        killer.cancel()
    wall = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    rss = usage.ru_maxrss
    if rss_file and code >= 0:
        with open(rss_file, encoding="ascii") as f:
            # GNU time writes "Command exited with non-zero status N" first
            words = f.read().split()
        if words and words[-1].isdigit():
            rss = int(words[-1])
    return wall, rss, code


def first_line(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.readline().strip()
    except OSError:
        return ""


class Job:
    def __init__(self, spec):
        if len(spec) < 5:
            raise ValueError("a command needs LABEL OKCODES STDIN STDOUT CMD")
        self.label = spec[0]
        self.ok = {int(c) for c in spec[1].split(",")}
        self.stdin = spec[2]
        self.stdout = spec[3] if spec[3] != "-" else None
        self.cmd = spec[4:]
        self.walls, self.rss, self.codes = [], [], []
        self.failed = None  # (status, first line of stderr)


def split_specs(args):
    specs, cur = [], []
    for a in args:
        if a == "---":
            specs.append(cur)
            cur = []
        else:
            cur.append(a)
    specs.append(cur)
    return specs


def main(argv):
    if len(argv) < 9 or argv[4] != "--":
        print(__doc__, file=sys.stderr)
        return 2
    rounds, budget, timeout = int(argv[1]), float(argv[2]), float(argv[3])
    try:
        jobs = [Job(s) for s in split_specs(argv[5:])]
    except ValueError as e:
        print(f"measure: {e}", file=sys.stderr)
        return 2
    method = "gnu-time" if have_gnu_time() else "wait4"
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        rss_file = os.path.join(tmp, "rss") if method == "gnu-time" else None
        err_file = os.path.join(tmp, "stderr")
        for r in range(rounds):
            live = [j for j in jobs if j.failed is None]
            if not live:
                break
            shift = r % len(live)
            for j in live[shift:] + live[:shift]:
                first = not j.walls
                wall, maxrss, code = run_once(
                    j.cmd, j.stdin, j.stdout if first else None, err_file,
                    timeout, rss_file)
                if code not in j.ok:
                    j.failed = (code, first_line(err_file) or
                                (first and j.stdout and
                                 first_line(j.stdout)) or
                                "(nothing on stderr)")
                    continue
                j.walls.append(wall)
                j.rss.append(maxrss)
                j.codes.append(code)
            spent = time.perf_counter() - start
            if budget > 0 and spent * (r + 2) / (r + 1) > budget:
                break
    for j in jobs:
        if j.failed is not None:
            print(f"{j.label} fail {j.failed[0]} {j.failed[1]}")
        else:
            print(f"{j.label} ok {statistics.median(j.walls):.3f} "
                  f"{max(j.rss)} {len(j.walls)} "
                  f"{','.join(str(c) for c in j.codes)} {method}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
