import asyncio

async def child(parent):
    me = asyncio.current_task()
    print("child is not parent:", me is not parent, "name", me.get_name())
    await asyncio.sleep(0.1)
    return asyncio.current_task() is me

def callback(log):
    log.append(("in callback", asyncio.current_task()))

async def main():
    me = asyncio.current_task()
    print("main name:", me.get_name(), "done:", me.done())
    t = asyncio.create_task(child(me))
    print("child ok:", await t)
    log = []
    asyncio.get_running_loop().call_soon(callback, log)
    await asyncio.sleep(0)
    print(log)
    print("explicit loop arg:", asyncio.current_task(asyncio.get_running_loop()) is me)

asyncio.run(main())
