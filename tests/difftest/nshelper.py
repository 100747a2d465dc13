"""Run inside a network namespace by kernel.py (standard library only).

    nshelper.py serve '[[PROTO, ADDR, PORT], ...]' SECONDS
        listen on each ADDR:PORT (tcp: accept connections and send each one
        byte; udp: answer each datagram from ADDR:PORT), print "ready", for
        SECONDS (echo requests the kernel answers itself)
    nshelper.py connect '[[PROTO, SRC, SPORT, DST, DPORT], ...]' WAIT
        open every connection at once from SRC:SPORT: tcp, open when the
        server's byte arrives; udp, a datagram, open when the answer
        arrives; icmp, an echo request with identifier SPORT, open when its
        echo reply arrives; each within WAIT seconds; print
        {"PROTO SRC:SPORT>DST:DPORT": true|false} as JSON
"""
import json
import select
import socket
import struct
import sys
import threading
import time


def serve(pairs, seconds):
    socks = []
    for proto, addr, port in pairs:
        if proto == "tcp":
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind((addr, port))
            s.listen(64)
        else:
            s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            s.bind((addr, port))
        s.setblocking(False)
        socks.append(s)
    print("ready", flush=True)
    end = time.time() + seconds
    conns = []
    while time.time() < end:
        r, _, _ = select.select(socks, [], [], 0.1) if socks else ([], [], time.sleep(0.1))
        for s in r:
            try:
                if s.type == socket.SOCK_STREAM:
                    c, _ = s.accept()
                    c.send(b"x")
                    conns.append(c)
                else:
                    data, peer = s.recvfrom(64)
                    s.sendto(b"y", peer)
            except OSError:
                pass


def _csum(b):
    if len(b) % 2:
        b += b"\0"
    t = sum(struct.unpack("!%dH" % (len(b) // 2), b))
    t = (t >> 16) + (t & 0xFFFF)
    t += t >> 16
    return ~t & 0xFFFF


def connect(flows, wait):
    out = {}

    def tcp(src, sport, dst, dport):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.settimeout(wait)
        try:
            s.bind((src, sport))
            s.connect((dst, dport))
            return s.recv(1) == b"x"
        except OSError:
            return False
        finally:
            s.close()

    def udp(src, sport, dst, dport):
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s.settimeout(wait)
        try:
            s.bind((src, sport))
            s.sendto(b"q", (dst, dport))
            data, peer = s.recvfrom(64)
            return data == b"y" and peer == (dst, dport)
        except OSError:
            return False
        finally:
            s.close()

    def icmp(src, ident, dst, _type):
        s = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP)
        s.settimeout(0.1)
        try:
            s.bind((src, 0))
            hdr = struct.pack("!BBHHH", 8, 0, 0, ident, 1) + b"difftest"
            pkt = hdr[:2] + struct.pack("!H", _csum(hdr)) + hdr[4:]
            s.sendto(pkt, (dst, 0))
            end = time.time() + wait
            while time.time() < end:
                try:
                    data, peer = s.recvfrom(256)
                except socket.timeout:
                    continue
                ihl = (data[0] & 15) * 4
                t, _c, _k, i = struct.unpack("!BBHH", data[ihl:ihl + 6])
                if t == 0 and i == ident and peer[0] == dst:
                    return True
            return False
        except OSError:
            return False
        finally:
            s.close()

    def one(proto, src, sport, dst, dport):
        key = "%s %s:%d>%s:%d" % (proto, src, sport, dst, dport)
        out[key] = {"tcp": tcp, "udp": udp, "icmp": icmp}[proto](src, sport, dst, dport)

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
