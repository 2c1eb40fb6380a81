import asyncio

a = asyncio.new_event_loop()
b = asyncio.new_event_loop()
print("distinct:", a is not b)
asyncio.set_event_loop(a)
print("get returns a:", asyncio.get_event_loop() is a)
asyncio.set_event_loop(b)
print("get returns b:", asyncio.get_event_loop() is b)

async def where():
    return asyncio.get_running_loop()

print("a runs in a:", a.run_until_complete(where()) is a)
print("b runs in b:", b.run_until_complete(where()) is b)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
a.close()
b.close()
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print("TypeError:", e)
