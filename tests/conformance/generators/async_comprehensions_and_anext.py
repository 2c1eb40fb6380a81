# Async comprehensions (list, set, dict, nested, async generator expressions)
# and the builtins aiter()/anext(), driven by hand with send(None).
import types

@types.coroutine
def tick():
    yield "tick"

async def agen(n):
    for i in range(n):
        await tick()
        yield i

async def main():
    squares = [i * i async for i in agen(4)]
    evens = {i async for i in agen(6) if i % 2 == 0}
    table = {i: str(i) async for i in agen(3)}
    nested = [(i, j) async for i in agen(2) for j in range(2)]
    awaited = [await tick() for _ in range(2)]
    gen = (i + 100 async for i in agen(3))
    collected = [x async for x in gen]
    it = aiter(agen(2))
    first = await anext(it)
    second = await anext(it, "default")
    third = await anext(it, "default")
    try:
        await anext(it)
    except StopAsyncIteration:
        stop = "StopAsyncIteration"
    return squares, sorted(evens), table, nested, awaited, collected, first, second, third, stop

c = main()
ticks = 0
try:
    while True:
        assert c.send(None) == "tick"
        ticks += 1
except StopIteration as e:
    for part in e.value:
        print(part)
print("ticks", ticks)
try:
    aiter(1)
except TypeError as e:
    print(e)
try:
    anext([])
except TypeError as e:
    print(e)
