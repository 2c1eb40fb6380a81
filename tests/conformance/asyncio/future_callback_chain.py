import asyncio

async def main():
    loop = asyncio.get_running_loop()
    a, b, c = loop.create_future(), loop.create_future(), loop.create_future()
    log = []
    a.add_done_callback(lambda f: (log.append(f"a done t={loop.time()}"), b.set_result(f.result() + 1)))
    b.add_done_callback(lambda f: (log.append("b done"), loop.call_later(0.5, c.set_result, f.result() * 10)))
    c.add_done_callback(lambda f: log.append(f"c done t={loop.time()}"))
    loop.call_later(1, a.set_result, 1)
    print("c =", await c)
    await asyncio.sleep(0)
    print("\n".join(log))

asyncio.run(main())
