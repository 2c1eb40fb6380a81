import asyncio

# More than 100 timers with more than half of them cancelled: CPython
# rebuilds its heap, which changes the order of equal deadlines.
loop = asyncio.new_event_loop()
order = []
handles = []
for i in range(150):
    handles.append(loop.call_at(1 + i % 3, order.append, i))
for i, h in enumerate(handles):
    if i % 5 != 0:
        h.cancel()
loop.call_at(10, loop.stop)
loop.run_forever()
print(len(order))
print(*order)
loop.close()
