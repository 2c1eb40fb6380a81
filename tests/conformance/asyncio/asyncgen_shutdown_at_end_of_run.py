import asyncio

async def stream():
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        print("stream finalized at", asyncio.get_running_loop().time())

holder = []

async def main():
    g = stream()
    holder.append(g)      # keep it alive, suspended
    print(await anext(g), await anext(g))
    await asyncio.sleep(2)
    print("main returns")

asyncio.run(main())
print("after asyncio.run")
