# Frames freed by returning calls are reused by later calls of the same size;
# a frame something still holds (sys._getframe, a traceback, a suspended
# generator) keeps its own locals, whatever runs after it.
import sys


def keep(tag):
    a = tag
    b = tag * 2
    return sys._getframe()


def churn(n):
    x = n * 2
    y = x + 1
    return y


frames = [keep(t) for t in "pqr"]
for i in range(1000):
    churn(i)
print([sorted(f.f_locals.items()) for f in frames])
print([f.f_code.co_name for f in frames], frames[0] is not frames[1], frames[0].f_lineno)


def boom(v):
    local = v
    raise ValueError(v)


tracebacks = []
for i in range(3):
    try:
        boom(i * 10)
    except ValueError as e:
        tracebacks.append(e.__traceback__)
for i in range(500):
    churn(i)
print([tb.tb_next.tb_frame.f_locals["local"] for tb in tracebacks])


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500), depth(10), depth(300))


def gen(k):
    for i in range(k):
        yield i * k


gens = [gen(n) for n in range(2, 7)]
for i in range(100):
    churn(i)
print([next(g) for g in gens], [list(g) for g in gens])


def outer(n):
    def inner(m):
        return n + m
    return inner


adders = [outer(n) for n in range(4)]
for i in range(100):
    churn(i)
print([f(100) for f in adders])
