import asyncio

async def precious():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(3)
    print("precious finished at", loop.time())
    return "saved"

async def caller(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("caller cancelled at", asyncio.get_running_loop().time())
        raise

async def main():
    inner = asyncio.create_task(precious())
    t = asyncio.create_task(caller(inner))
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("caller task cancelled; inner done?", inner.done())
    print("inner result:", await inner, "at", asyncio.get_running_loop().time())

asyncio.run(main())
