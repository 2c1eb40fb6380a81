import asyncio

loop = asyncio.new_event_loop()
for n in [2, 3, 4, 5, 7, 8, 11, 16, 20]:
    order = []
    t = loop.time() + 1
    for i in range(n):
        loop.call_at(t, order.append, i)
    loop.call_at(t + 1, loop.stop)
    loop.run_forever()
    print(f"n={n:2d} t={t}:", *order)
loop.close()
