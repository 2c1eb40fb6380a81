import asyncio

async def gen(name):
    try:
        yield name
        yield name + "!"
    finally:
        print("finalizing", name, "at", asyncio.get_running_loop().time())
        await asyncio.sleep(1)
        print("finalized", name, "at", asyncio.get_running_loop().time())

keep = []

async def start():
    g = gen("kept")
    keep.append(g)
    return await anext(g)

loop = asyncio.new_event_loop()
print(loop.run_until_complete(start()))
loop.run_until_complete(asyncio.sleep(2))
print("calling shutdown_asyncgens at", loop.time())
loop.run_until_complete(loop.shutdown_asyncgens())
print("after shutdown_asyncgens at", loop.time())
loop.close()
try:
    keep[0].asend(None).send(None)
except StopAsyncIteration:
    print("closed generator is exhausted")
