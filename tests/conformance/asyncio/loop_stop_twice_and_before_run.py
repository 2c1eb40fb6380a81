import asyncio

loop = asyncio.new_event_loop()
# stop() before run_forever(): the loop runs one iteration, then stops
loop.stop()
loop.call_soon(print, "A")
loop.run_forever()
print("after first run")

loop.call_soon(print, "B")
loop.call_soon(loop.stop)
loop.call_soon(loop.stop)
loop.call_soon(print, "C")
loop.run_forever()
print("after second run")

loop.call_soon(print, "D", loop.time())
loop.call_later(5, lambda: print("E", loop.time()))
loop.call_later(1, loop.stop)
loop.run_forever()
print("after third run", loop.time())
loop.call_later(10, loop.stop)
loop.run_forever()
print("after fourth run", loop.time())
loop.close()
