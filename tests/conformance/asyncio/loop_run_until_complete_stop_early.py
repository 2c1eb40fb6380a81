import asyncio

loop = asyncio.new_event_loop()

async def slow():
    await asyncio.sleep(10.0)
    return "finished"

loop.call_later(3.0, loop.stop)
t = loop.create_task(slow())
try:
    loop.run_until_complete(t)
except RuntimeError as e:
    print("RuntimeError:", e)
print("time", loop.time(), "task done:", t.done())
print("result:", loop.run_until_complete(t), "time", loop.time())
loop.close()
