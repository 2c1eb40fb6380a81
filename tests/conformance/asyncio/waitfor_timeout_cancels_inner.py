import asyncio

async def slow():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(10)
        return "finished"
    except asyncio.CancelledError:
        print("inner cancelled at", loop.time())
        raise
    finally:
        print("inner finally")

async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(slow(), timeout=2.5)
    except asyncio.TimeoutError as e:
        print("TimeoutError at", loop.time(), "is builtin:", type(e) is TimeoutError, "args:", e.args)
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(t, 1)
    except TimeoutError:
        print("task cancelled:", t.cancelled(), "at", loop.time())

asyncio.run(main())
