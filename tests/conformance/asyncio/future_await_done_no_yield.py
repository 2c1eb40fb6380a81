import asyncio

async def chatter(log):
    for i in range(3):
        log.append(f"chatter {i}")
        await asyncio.sleep(0)

async def main():
    loop = asyncio.get_running_loop()
    log = []
    t = asyncio.create_task(chatter(log))
    done = loop.create_future()
    done.set_result("x")
    for _ in range(3):
        await done               # finished: no suspension
        log.append("main awaited done future")
    pending = loop.create_future()
    loop.call_soon(pending.set_result, "y")
    log.append("main awaits pending")
    await pending
    log.append("main resumed")
    await t
    print("\n".join(log))

asyncio.run(main())
