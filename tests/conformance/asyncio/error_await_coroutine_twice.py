import asyncio

async def once():
    await asyncio.sleep(0.1)
    return "value"

async def main():
    c = once()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    t = asyncio.create_task(once())
    print(await t, await t)
    async def not_awaitable():
        await 5
    try:
        await not_awaitable()
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
