# Values and exceptions crossing yield from / await chains: sent down,
# thrown in, returned up, and a chain resumed past the recursion limit.
import sys


def leaf(log):
    total = 0
    while True:
        try:
            got = yield total
        except KeyError as e:
            log.append(("leaf caught", e.args[0]))
            got = 100
        if got is None:
            return total
        total += got


def relay(depth, log):
    if depth == 0:
        result = yield from leaf(log)
    else:
        result = yield from relay(depth - 1, log)
    log.append(("relay", depth, result))
    return result + 1


log = []
g = relay(5, log)
print(g.send(None), g.send(3), g.send(4), g.throw(KeyError("k")))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
print(log)

# The chain is built while it runs, so it can outgrow a limit lowered later.
g = relay(60, [])
print(next(g))
old = sys.getrecursionlimit()
sys.setrecursionlimit(40)
try:
    g.send(1)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(old)


# A delegate shared by two delegators, and one that is already running.
def numbers():
    for i in range(3):
        yield i


def take(it):
    yield from it


shared = numbers()
a, b = take(shared), take(shared)
print(next(a), next(b), next(a), list(b), list(a))


def reenter():
    yield next(outer)


def delegating():
    yield from reenter()


outer = delegating()
try:
    next(outer)
except ValueError as e:
    print("ValueError", e)


# An await chain: the innermost awaitable is a generator-based __await__.
class Ready:
    def __init__(self, name):
        self.name = name

    def __await__(self):
        x = yield self.name
        y = yield x * 2
        return x + y


async def level(n):
    if n == 0:
        return await Ready("bottom")
    return await level(n - 1) + 1


c = level(4)
print(c.send(None), c.send(5), end=" ")
try:
    c.send(6)
except StopIteration as e:
    print("result", e.value)
c = level(4)
c.send(None)
try:
    c.throw(ValueError("into the chain"))
except ValueError as e:
    print("ValueError", e)
print(c.cr_frame)


# One generator resumed in turn by a delegator's SEND, a for loop, a send()
# call whose result is yielded at once, and the delegator again: each resumer
# goes on as its own instructions say.
def limited():
    total = 0
    for i in range(8):
        got = yield i
        total += got or 0
    return total


def head(src):
    r = yield from src
    yield ("head got", r)


def relay_send(src, value):
    yield src.send(value)
    yield "relay done"


src = limited()
d = head(src)
print(next(d), d.send(10))
for v in src:
    print("for", v)
    if v == 3:
        break
r = relay_send(src, 5)
print(next(r), next(r))
print(d.send(1), list(d))


# The same with a fresh value sent by the send() call: it is freed as soon as
# the call is over, before the relay yields what the call returned.
class Noisy:
    def __del__(self):
        print("  the value sent is freed")


def ignoring():
    while True:
        yield "tick"


def delegator(it):
    yield from it


def relay_fresh(it):
    yield it.send(Noisy())
    yield "relay done"


it = ignoring()
dd = delegator(it)
print(next(dd))
rf = relay_fresh(it)
print(next(rf))
print("after the send")
print(next(rf))
