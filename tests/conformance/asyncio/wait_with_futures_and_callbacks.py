import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f1, f2 = loop.create_future(), loop.create_future()
    f1.add_done_callback(lambda f: print("f1 own callback"))
    loop.call_later(1, f1.set_result, "one")
    loop.call_later(1, f2.set_result, "two")
    loop.call_later(1, print, "timer after the futures")
    done, pending = await asyncio.wait([f1, f2], return_when=asyncio.FIRST_COMPLETED)
    print("woke at", loop.time(), "done", sorted(f.result() for f in done), "pending", len(pending))

asyncio.run(main())
