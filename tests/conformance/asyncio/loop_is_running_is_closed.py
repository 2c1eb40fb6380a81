import asyncio

loop = asyncio.new_event_loop()
print("before:", loop.is_running(), loop.is_closed())

async def inside():
    print("inside:", loop.is_running(), asyncio.get_running_loop() is loop)
    await asyncio.sleep(0)
    return loop.is_running()

print("result:", loop.run_until_complete(inside()))
print("between:", loop.is_running(), loop.is_closed())
loop.call_soon(lambda: print("callback sees running:", loop.is_running()))
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
print("after close:", loop.is_running(), loop.is_closed())
loop.close()
print("closing twice is fine:", loop.is_closed())
