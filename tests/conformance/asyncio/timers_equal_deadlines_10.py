import asyncio

loop = asyncio.new_event_loop()
order = []
for i in range(10):
    loop.call_at(5.0, order.append, i)
loop.call_at(6.0, loop.stop)
loop.run_forever()
print(*order)
print("time", loop.time())
loop.close()
