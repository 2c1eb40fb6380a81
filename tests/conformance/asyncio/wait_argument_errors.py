import asyncio

async def job():
    await asyncio.sleep(1)

async def main():
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("empty:", e)
    t = asyncio.create_task(job())
    try:
        await asyncio.wait([t], return_when="SOMETIMES")
    except ValueError as e:
        print("bad return_when:", e)
    c = job()
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("coroutine:", e)
    c.close()
    try:
        await asyncio.wait(t)
    except TypeError as e:
        print("single future:", e)
    done, pending = await asyncio.wait([t, t])
    print("duplicates collapse:", len(done), len(pending))

asyncio.run(main())
