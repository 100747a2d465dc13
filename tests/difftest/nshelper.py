"""Run inside a network namespace by kernel.py (standard library only).

    nshelper.py serve '[[ADDR, PORT], ...]' SECONDS
        listen on each ADDR:PORT, print "ready", accept connections and send
        each one byte, for SECONDS
    nshelper.py connect '[[SRC, SPORT, DST, DPORT], ...]' WAIT
        open every connection at once from SRC:SPORT, each open when one
        byte arrives within WAIT seconds; print {"SRC:SPORT>DST:DPORT":
        true|false} as JSON
"""
import json
import select
import socket
import sys
import threading
import time


def serve(pairs, seconds):
    socks = []
    for addr, port in pairs:
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind((addr, port))
        s.listen(64)
        s.setblocking(False)
        socks.append(s)
    print("ready", flush=True)
    end = time.time() + seconds
    conns = []
    while time.time() < end:
        r, _, _ = select.select(socks, [], [], 0.1)
        for s in r:
            try:
                c, _ = s.accept()
                c.send(b"x")
                conns.append(c)
            except OSError:
                pass


def connect(flows, wait):
    out = {}

    def one(src, sport, dst, dport):
        key = "%s:%d>%s:%d" % (src, sport, dst, dport)
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.settimeout(wait)
        ok = False
        try:
            s.bind((src, sport))
            s.connect((dst, dport))
            ok = s.recv(1) == b"x"
        except OSError:
            ok = False
        finally:
            s.close()
        out[key] = ok

    ts = [threading.Thread(target=one, args=tuple(f)) for f in flows]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(json.dumps(out))


def main(argv):
    if argv[1] == "serve":
        serve(json.loads(argv[2]), float(argv[3]))
    elif argv[1] == "connect":
        connect(json.loads(argv[2]), float(argv[3]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
