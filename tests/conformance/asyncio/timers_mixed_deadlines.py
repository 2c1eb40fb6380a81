import asyncio

loop = asyncio.new_event_loop()
deadlines = [3.0, 1.0, 2.0, 1.0, 3.0, 2.0, 1.0, 3.0, 2.0, 1.0, 2.0, 3.0, 1.0]
fired = []
for i, d in enumerate(deadlines):
    loop.call_at(d, lambda i=i: fired.append((loop.time(), i)))
loop.call_at(4.0, loop.stop)
loop.run_forever()
for t in (1.0, 2.0, 3.0):
    print(t, [i for (when, i) in fired if when == t])
loop.close()
