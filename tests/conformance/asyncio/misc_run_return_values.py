import asyncio

async def value(x):
    await asyncio.sleep(0)
    return x

print(asyncio.run(value(None)))
print(asyncio.run(value([1, 2, 3])))
print(asyncio.run(value("text")))
r = asyncio.run(value((asyncio.run.__name__, 1)))
print(r)
with asyncio.Runner() as runner:
    print(runner.run(value(3.5)))
    print(runner.run(asyncio.sleep(1, result="sleep result")))
