#!/usr/bin/env python3
"""Run a command N times; print "MEDIAN_WALL_S PEAK_RSS_KIB STATUSES METHOD".

    measure.py N TIMEOUT OKCODES STDIN -- CMD [ARG...]

OKCODES: comma-separated exit statuses that count as success (fwlint exits
0 or 1 by its findings); any other status, or a run longer than TIMEOUT
seconds (the whole process group is killed), makes this exit 2.  STDIN: a
file for the command's standard input, or "-" for /dev/null.

Peak memory is the child's maximum resident set size (ru_maxrss, KiB):
- with GNU time (/usr/bin/time -f %M), exactly as it reports it;
- without it, from os.wait4 on a child forked from this script.  The kernel
  counts the pages a child inherited before exec in its peak, so that
  number has a floor of a few MiB (this Python's resident pages at fork);
  METHOD says "wait4" so that a reader knows.
Wall time is measured around fork/exec/wait with a monotonic clock; the
median of the N runs is printed.
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


def run_once(cmd, stdin_path, timeout, rss_file):
    argv = [GNU_TIME, "-f", "%M", "-o", rss_file] + cmd if rss_file else cmd
    t0 = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            os.setpgid(0, 0)
            fd = os.open(stdin_path if stdin_path != "-" else os.devnull,
                         os.O_RDONLY)
            os.dup2(fd, 0)
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, 1)
            os.dup2(null, 2)
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
            lines = f.read().split()
        rss = int(lines[-1])
    return wall, rss, code


def main(argv):
    if len(argv) < 7 or argv[5] != "--":
        print(__doc__, file=sys.stderr)
        return 2
    n, timeout = int(argv[1]), float(argv[2])
    ok = {int(c) for c in argv[3].split(",")}
    stdin_path, cmd = argv[4], argv[6:]
    method = "gnu-time" if have_gnu_time() else "wait4"
    walls, rss, codes = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        rss_file = os.path.join(tmp, "rss") if method == "gnu-time" else None
        for _ in range(n):
            wall, maxrss, code = run_once(cmd, stdin_path, timeout, rss_file)
            walls.append(wall)
            rss.append(maxrss)
            codes.append(code)
            if code not in ok:
                print(f"measure: {' '.join(cmd)}: exit status {code}"
                      + (" (killed after the timeout)" if code == -9 else ""),
                      file=sys.stderr)
                return 2
    print(f"{statistics.median(walls):.3f} {max(rss)} "
          f"{','.join(str(c) for c in codes)} {method}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
