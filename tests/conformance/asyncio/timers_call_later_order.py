import asyncio

loop = asyncio.new_event_loop()
delays = [3, 0.5, 2, 0.25, 1, 4, 0.75, 1.5]
for d in delays:
    loop.call_later(d, lambda d=d: print(f"fired {d} at {loop.time()}"))
loop.call_later(4.5, loop.stop)
loop.run_forever()
print("end", loop.time())
loop.close()
