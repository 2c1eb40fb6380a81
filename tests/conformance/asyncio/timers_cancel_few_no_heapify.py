import asyncio

# Cancelled timers below the rebuild threshold are skipped lazily.
loop = asyncio.new_event_loop()
order = []
handles = [loop.call_at(2, order.append, i) for i in range(40)]
for i in range(0, 40, 3):
    handles[i].cancel()
loop.call_at(3, loop.stop)
loop.run_forever()
print(*order)
loop.close()
