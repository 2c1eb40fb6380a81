import asyncio

async def job():
    await asyncio.sleep(0.1)
    return 1

async def main():
    tg = asyncio.TaskGroup()
    c = job()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("before enter:", e)
    c.close()
    async with tg:
        tg.create_task(job())
    c = job()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("after exit:", e)
    c.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("re-enter:", e)

asyncio.run(main())
