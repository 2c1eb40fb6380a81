import asyncio

async def other(log):
    log.append("other")

async def main():
    ev = asyncio.Event()
    ev.set()
    log = []
    asyncio.create_task(other(log))
    for i in range(3):
        log.append(f"wait -> {await ev.wait()}")
    await asyncio.sleep(0)
    log.append("end")
    print(log)

asyncio.run(main())
