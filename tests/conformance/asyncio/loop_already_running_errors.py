import asyncio

async def other():
    return 1

async def main():
    loop = asyncio.get_running_loop()
    c = other()
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print("run_until_complete:", e)
    c.close()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("run_forever:", e)
    try:
        loop.close()
    except RuntimeError as e:
        print("close:", e)
    print("still running:", loop.is_running(), "closed:", loop.is_closed())
    await asyncio.sleep(1)
    print("main finished at", loop.time())

asyncio.run(main())
