import asyncio

a = asyncio.new_event_loop()
b = asyncio.new_event_loop()
fut = a.create_future()
try:
    b.run_until_complete(fut)
except ValueError as e:
    print("ValueError:", e)

async def await_foreign():
    await fut

try:
    b.run_until_complete(await_foreign())
except RuntimeError as e:
    print("RuntimeError mentions different loop:", "attached to a different loop" in str(e))
a.close()
b.close()
