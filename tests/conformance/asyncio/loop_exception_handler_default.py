import asyncio

# The default handler logs to stderr only; the loop keeps going.
def explode():
    raise RuntimeError("boom in callback")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(explode)
    loop.call_later(0.5, explode)
    print("scheduled")
    await asyncio.sleep(1)
    print("still alive at", loop.time())
    loop.set_exception_handler(lambda l, ctx: print("custom:", ctx["message"].split(" at ")[0]))
    loop.call_soon(explode)
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    loop.call_soon(explode)
    await asyncio.sleep(0)
    print("back to default, done")

asyncio.run(main())
