# async for inside a coroutine, the coroutine driven by hand.
import types

@types.coroutine
def tick():
    yield "tick"

async def numbers(n):
    for i in range(n):
        await tick()
        yield i

async def consume():
    out = []
    async for x in numbers(3):
        out.append(x)
    return out

c = consume()
ticks = 0
while True:
    try:
        c.send(None)
        ticks += 1
    except StopIteration as e:
        print(e.value, "ticks:", ticks)
        break
