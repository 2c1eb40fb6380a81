import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for name in "abc":
        f.add_done_callback(lambda fut, name=name: print(f"cb {name} result={fut.result()} t={loop.time()}"))
    loop.call_soon(print, "queued before set_result")
    f.set_result("R")
    print("set_result returned; callbacks not run yet")
    loop.call_soon(print, "queued after set_result")
    f.add_done_callback(lambda fut: print("cb d (added after done)"))
    await asyncio.sleep(0)
    print("main after one yield")
    await asyncio.sleep(0)
    print("main after two yields")

asyncio.run(main())
