import asyncio

# 120 tasks sleep until the same few instants; most are cancelled, so
# CPython drops the cancelled timers from its heap and re-heapifies, which
# decides the order in which the survivors wake up.
async def sleeper(i, log):
    try:
        await asyncio.sleep(1 + i % 2)
        log.append(i)
    except asyncio.CancelledError:
        pass

async def main():
    log = []
    tasks = [asyncio.create_task(sleeper(i, log)) for i in range(120)]
    await asyncio.sleep(0)
    for i, t in enumerate(tasks):
        if i % 7 != 3:
            t.cancel()
    await asyncio.gather(*tasks)
    print(len(log), log)
    print("end", asyncio.get_running_loop().time())

asyncio.run(main())
