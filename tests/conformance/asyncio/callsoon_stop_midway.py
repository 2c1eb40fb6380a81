import asyncio

loop = asyncio.new_event_loop()

def cb(n):
    print("cb", n)

loop.call_soon(cb, 1)
loop.call_soon(loop.stop)
loop.call_soon(cb, 2)
loop.call_soon(lambda: loop.call_soon(cb, 3))
loop.run_forever()
print("first run_forever returned")
loop.call_soon(loop.stop)
loop.call_soon(cb, 4)
loop.run_forever()
print("second run_forever returned")
loop.call_soon(cb, 5)
loop.call_soon(loop.stop)
loop.run_forever()
print("done", loop.is_running(), loop.is_closed())
loop.close()
