import asyncio

def handler(loop, ctx):
    print("handler:", ctx["message"], repr(ctx.get("exception")))

async def grumpy():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        raise RuntimeError("refuse to die quietly")

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(grumpy(), name="grumpy")
    await asyncio.sleep(1)
    print("main done")

asyncio.run(main())
print("after run")
