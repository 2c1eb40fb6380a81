# send() ping-pong: the driver sends into `ping`, which sends into `pong` and
# yields pong's answer back; 1M rounds, 2M send() calls. Both ends keep a
# little state per message.
ROUNDS = 1_000_000
M = 1_000_000_007


def pong():
    acc = 1
    seen = {}
    x = yield
    while True:
        key = x & 1023
        seen[key] = seen.get(key, 0) + 1
        acc = (acc * 31 + x) % M
        x = yield acc, seen[key]


def ping(partner):
    reply = 0
    while True:
        x = yield reply
        acc, count = partner.send((x ^ reply) & 0xFFFF)
        reply = acc + count


def main():
    p = pong()
    next(p)
    g = ping(p)
    next(g)
    last = 0
    i = 0
    while i < ROUNDS:
        last = g.send(i)
        i += 1
    return last


print("send_pingpong", ROUNDS * 2, main())
