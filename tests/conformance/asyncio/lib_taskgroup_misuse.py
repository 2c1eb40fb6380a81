# TaskGroup misuse messages.
import asyncio

async def nothing():
    pass

async def main():
    tg = asyncio.TaskGroup()
    coro = nothing()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    async with tg:
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)
    coro = nothing()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    async with asyncio.TaskGroup() as empty:
        pass
    print("empty group ok", repr(empty))

asyncio.run(main())
