import asyncio

async def work():
    me = asyncio.current_task()
    print("running as", me.get_name())
    me.set_name("renamed-inside")
    await asyncio.sleep(0)
    return me.get_name()

async def main():
    a = asyncio.create_task(work(), name="alpha")
    b = asyncio.create_task(work())
    c = asyncio.create_task(work(), name=None)
    d = asyncio.create_task(work(), name=12345)
    print([t.get_name() for t in (a, b, c, d)])
    b.set_name(("tuple", 1))
    print("b now", b.get_name())
    print(await asyncio.gather(a, b, c, d))
    print("after named tasks:", asyncio.create_task(work()).get_name())
    await asyncio.sleep(0.1)

asyncio.run(main())
