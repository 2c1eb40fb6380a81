# Exceptions out of a task's coroutine: kept in the task, retrieved by await,
# passed to waiters; SystemExit and KeyboardInterrupt leave the loop at once.
import asyncio


class Boom(Exception):
    pass


async def fail(n):
    await asyncio.sleep(0)
    raise Boom(n)


async def main():
    t = asyncio.create_task(fail(1))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(t.done(), repr(t.exception()))
    try:
        await t
    except Boom as e:
        print('awaited', e)

    fut = asyncio.get_running_loop().create_future()

    async def wait_on(f):
        return await f
    waiters = [asyncio.create_task(wait_on(fut)) for _ in range(3)]
    await asyncio.sleep(0)
    print(repr(fut).replace('Task.task_wakeup()', 'W'))
    fut.set_exception(Boom('shared'))
    res = await asyncio.gather(*waiters, return_exceptions=True)
    print([repr(r) for r in res])

    async def stop_everything():
        await asyncio.sleep(0)
        raise SystemExit(3)
    t = asyncio.create_task(stop_everything())
    await asyncio.sleep(1)
    print('not reached')


try:
    asyncio.run(main())
except SystemExit as e:
    print('SystemExit', e.code)


async def interrupt():
    await asyncio.sleep(0)
    raise KeyboardInterrupt


async def main2():
    t = asyncio.create_task(interrupt())
    await asyncio.sleep(5)

try:
    asyncio.run(main2())
except KeyboardInterrupt:
    print('KeyboardInterrupt reached the top')
