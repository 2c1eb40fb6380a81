import asyncio

loop = asyncio.new_event_loop()
for i in range(6):
    loop.call_soon(print, "cb", i, loop.time())
loop.call_soon(loop.stop)
loop.call_soon(print, "after stop in same batch")
loop.run_forever()
print("stopped at", loop.time())
loop.close()
