import asyncio

calls = []

def bad_handler(loop, context):
    calls.append(context["message"].split(" at ")[0])
    raise ValueError("handler itself fails")

def cb():
    raise KeyError("cb")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(bad_handler)
    loop.call_soon(cb)
    loop.call_soon(print, "after cb")
    await asyncio.sleep(0.5)
    print("survived", loop.time(), calls)

asyncio.run(main())
