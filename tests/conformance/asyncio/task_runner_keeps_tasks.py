import asyncio

async def ticker(log):
    loop = asyncio.get_running_loop()
    try:
        while True:
            await asyncio.sleep(1)
            log.append(loop.time())
    finally:
        print("ticker finally, ticks:", log)

async def start(log):
    return asyncio.create_task(ticker(log))

async def wait(d):
    await asyncio.sleep(d)

log = []
with asyncio.Runner() as runner:
    t = runner.run(start(log))
    print("ticker started:", not t.done())
    runner.run(wait(2.5))
    print("between runs:", log)
    runner.run(wait(1))
    print("still alive:", not t.done())
print("after runner closed:", t.cancelled())
