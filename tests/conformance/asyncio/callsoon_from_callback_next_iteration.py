import asyncio

loop = asyncio.new_event_loop()
log = []

def a(n):
    log.append(f"a{n}")
    if n < 3:
        loop.call_soon(a, n + 1)

def b(n):
    log.append(f"b{n}")
    if n < 1:
        loop.call_soon(b, n + 1)

loop.call_soon(a, 0)
loop.call_soon(b, 0)
loop.call_soon(log.append, "c")
loop.call_later(0, log.append, "later0")
loop.call_soon(log.append, "d")
loop.call_later(1, loop.stop)
loop.run_forever()
print(" ".join(log))
print("time", loop.time())
loop.close()
