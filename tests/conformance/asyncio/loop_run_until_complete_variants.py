import asyncio

loop = asyncio.new_event_loop()

async def coro(x):
    await asyncio.sleep(1.5)
    return x * 2

# a coroutine
print("coro ->", loop.run_until_complete(coro(5)), loop.time())
# a task
t = loop.create_task(coro(7))
print("task ->", loop.run_until_complete(t), loop.time(), t.done())
# a plain future completed by a timer
fut = loop.create_future()
loop.call_later(2.0, fut.set_result, "from timer")
print("future ->", loop.run_until_complete(fut), loop.time())
# an already finished future: returns at once
print("done future ->", loop.run_until_complete(fut), loop.time())
# a future that fails
bad = loop.create_future()
loop.call_later(0.5, bad.set_exception, KeyError("k"))
try:
    loop.run_until_complete(bad)
except KeyError as e:
    print("raised", repr(e), loop.time())
loop.close()
