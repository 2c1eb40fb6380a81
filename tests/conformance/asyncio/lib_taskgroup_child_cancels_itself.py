# A child that ends cancelled is not an error; the group finishes normally.
import asyncio

async def quitter(log):
    await asyncio.sleep(0.5)
    log.append("quitter cancels itself")
    asyncio.current_task().cancel()
    await asyncio.sleep(0)
    log.append("not reached")

async def worker(log):
    await asyncio.sleep(1)
    log.append("worker done")
    return 42

async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        q = tg.create_task(quitter(log))
        w = tg.create_task(worker(log))
    log.append(f"group done: quitter cancelled={q.cancelled()}, worker={w.result()}")
    print("\n".join(log))

asyncio.run(main())
