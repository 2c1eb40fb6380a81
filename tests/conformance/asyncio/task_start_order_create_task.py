import asyncio

async def child(name):
    print("start", name)
    await asyncio.sleep(0)
    print("resume", name)

async def main():
    print("main creates a")
    a = asyncio.create_task(child("a"))
    print("main creates b")
    b = asyncio.create_task(child("b"))
    print("main still running, tasks not started:", a.done(), b.done())
    await asyncio.sleep(0)
    print("main after first yield")
    c = asyncio.create_task(child("c"))
    await asyncio.sleep(0)
    print("main after second yield")
    await asyncio.gather(a, b, c)
    print("all done")

asyncio.run(main())
