import asyncio

async def background():
    loop = asyncio.get_running_loop()
    try:
        while True:
            await asyncio.sleep(1)
            print("background tick", loop.time())
    except asyncio.CancelledError:
        print("background cancelled at", loop.time())
        await asyncio.sleep(5)
        print("background cleanup finished at", loop.time())
        raise
    finally:
        print("background finally")

async def main():
    asyncio.create_task(background())
    await asyncio.sleep(2.5)
    print("main returns at", asyncio.get_running_loop().time())
    return "main result"

print(asyncio.run(main()))
print("after run")
