import asyncio

def handler(loop, ctx):
    print("handler:", ctx["message"], repr(ctx["exception"]))

async def doomed():
    raise ValueError("lost")

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    t = asyncio.create_task(doomed())
    await asyncio.sleep(0.5)
    print("before del")
    del t
    print("after del")
    t2 = asyncio.create_task(doomed())
    await asyncio.sleep(0.5)
    t2.exception()
    del t2
    print("retrieved exception: no report")

asyncio.run(main())
