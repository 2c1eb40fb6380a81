# A bounded Queue between a fast producer and two slow consumers.
import asyncio

async def producer(q, log):
    for i in range(6):
        log.append(f"{asyncio.get_running_loop().time():.1f} put {i} (qsize {q.qsize()}, full {q.full()})")
        await q.put(i)
    for _ in range(2):
        await q.put(None)
    log.append("producer done")

async def consumer(name, q, log, delay):
    while True:
        item = await q.get()
        if item is None:
            log.append(f"{name} stops")
            return
        log.append(f"{asyncio.get_running_loop().time():.1f} {name} got {item}")
        await asyncio.sleep(delay)

async def main():
    q = asyncio.Queue(maxsize=2)
    log = []
    await asyncio.gather(producer(q, log), consumer("A", q, log, 1.0), consumer("B", q, log, 1.5))
    print("\n".join(log))
    print("empty:", q.empty(), "maxsize:", q.maxsize)

asyncio.run(main())
