import asyncio

async def victim():
    await asyncio.sleep(10)

loop = asyncio.new_event_loop()
t = loop.create_task(victim())
loop.call_later(2, t.cancel)
try:
    loop.run_until_complete(t)
except asyncio.CancelledError:
    print("CancelledError reached the caller at", loop.time())
f = loop.create_future()
loop.call_soon(f.cancel)
loop.run_until_complete(f)
