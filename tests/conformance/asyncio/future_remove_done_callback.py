import asyncio

def cb1(fut):
    print("cb1")

def cb2(fut):
    print("cb2")

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(cb1)
    f.add_done_callback(cb2)
    f.add_done_callback(cb1)
    f.add_done_callback(cb2)
    f.add_done_callback(cb1)
    print("removed cb1:", f.remove_done_callback(cb1))
    print("removed cb1 again:", f.remove_done_callback(cb1))
    print("removed print:", f.remove_done_callback(print))
    f.set_result(None)
    print("removed cb2 after done:", f.remove_done_callback(cb2))
    await asyncio.sleep(0)
    g = loop.create_future()
    g.add_done_callback(cb2)
    g.set_result(1)
    print("removed cb2 while scheduled:", g.remove_done_callback(cb2))
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
