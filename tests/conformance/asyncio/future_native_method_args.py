# Future.__init__, add_done_callback and get_running_loop are C methods in
# CPython: wrong arguments give Argument Clinic's messages, and a wrong self
# the descriptor's.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for call in (lambda: f.add_done_callback(),
                 lambda: f.add_done_callback(print, print),
                 lambda: f.add_done_callback(fn=print),
                 lambda: f.add_done_callback(print, ctx=None),
                 lambda: asyncio.get_running_loop(1),
                 lambda: asyncio.events._get_running_loop(1, 2),
                 lambda: asyncio.Future(1),
                 lambda: asyncio.Future(loop=loop, x=1),
                 lambda: asyncio.Future(lop=loop),
                 lambda: asyncio.Future.add_done_callback(3, print),
                 lambda: asyncio.Future.__init__(3)):
        try:
            call()
        except TypeError as e:
            print(type(e).__name__, e)
    print(f.add_done_callback(print, context=None))
    g = asyncio.Future()
    print(g.get_loop() is loop, g._state, asyncio.Future(loop=None).get_loop() is loop)
    print(asyncio.get_running_loop.__name__, asyncio.events._get_running_loop() is loop)
    f.set_result(5)
    f.add_done_callback(lambda x: print("late", x.result()))
    await asyncio.sleep(0)


asyncio.run(main())
print(asyncio.events._get_running_loop())
