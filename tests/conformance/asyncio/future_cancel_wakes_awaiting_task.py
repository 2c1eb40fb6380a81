import asyncio

async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError as e:
        print("waiter got CancelledError", e.args, "at", asyncio.get_running_loop().time())
        return "handled"

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut))
    loop.call_later(2, fut.cancel, "future cancelled")
    print("task result:", await t)
    print("future cancelled:", fut.cancelled(), "task cancelled:", t.cancelled())

asyncio.run(main())
