import asyncio

loop = asyncio.new_event_loop()
days100 = 86400 * 100
loop.call_later(days100, lambda: print("100 days later", loop.time()))
loop.call_later(3600, lambda: print("an hour later", loop.time()))
loop.call_later(86400, lambda: print("a day later", loop.time()))
loop.call_later(days100 + 0.5, loop.stop)
loop.run_forever()

async def napper():
    await asyncio.sleep(1e6)
    return loop.time()

print("napper woke at", loop.run_until_complete(napper()))
loop.close()
