import asyncio

loop = asyncio.new_event_loop()
times = []

def tick(n):
    times.append(loop.time())
    if n < 10:
        loop.call_later(0.1, tick, n + 1)
    else:
        loop.stop()

loop.call_soon(tick, 0)
loop.run_forever()
for t in times:
    print(repr(t))
loop.close()
