# TaskGroup waits for all its tasks on exit; tasks run in creation order.
import asyncio

async def job(name, delay, log):
    log.append(f"{name} starts")
    await asyncio.sleep(delay)
    log.append(f"{name} ends at {asyncio.get_running_loop().time()}")
    return name.upper()

async def main():
    log = []
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg as g:
        print(g is tg, repr(tg))
        t1 = tg.create_task(job("a", 1, log))
        t2 = tg.create_task(job("b", 0.5, log), name="bee")
        t3 = tg.create_task(job("c", 0.75, log))
        print(repr(tg))
        log.append("body done")
    log.append("after group")
    print(t1.result(), t2.result(), t3.result(), t2.get_name())
    print(repr(tg))
    print("\n".join(log))

asyncio.run(main())
