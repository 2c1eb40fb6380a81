import asyncio

async def main():
    q = asyncio.PriorityQueue()
    items = [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (0, "critical"), (2, "a normal")]
    for it in items:
        q.put_nowait(it)
    while not q.empty():
        print(await q.get())
    # ties broken by an insertion counter
    counter = 0
    for prio, name in [(1, "x"), (1, "y"), (0, "z"), (1, "w")]:
        q.put_nowait((prio, counter, name))
        counter += 1
    print([q.get_nowait()[2] for _ in range(4)])
    try:
        q.put_nowait((1, {"d": 1}))
        q.put_nowait((1, {"e": 2}))
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
