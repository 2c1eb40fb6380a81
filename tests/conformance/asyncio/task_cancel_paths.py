# Cancellation reaching a task at each point of its life: before its first
# step, while it waits for a future, while it sleeps, with and without a
# message, and a cancel the coroutine swallows.
import asyncio


async def waiter(fut, log):
    try:
        return await fut
    except asyncio.CancelledError as e:
        log.append(('cancelled', e.args))
        raise


async def swallow(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append('swallowed')
    return 'kept going'


async def main():
    loop = asyncio.get_running_loop()
    log = []
    fut = loop.create_future()
    t1 = asyncio.create_task(waiter(fut, log))
    print('cancel before start:', t1.cancel('early'))
    try:
        await t1
    except asyncio.CancelledError as e:
        print('t1', e.args, t1.cancelled(), t1.cancelling())

    fut2 = loop.create_future()
    t2 = asyncio.create_task(waiter(fut2, log))
    await asyncio.sleep(0)
    print(repr(fut2))
    print('cancel waiting:', t2.cancel('late'), fut2.cancelled())
    try:
        await t2
    except asyncio.CancelledError as e:
        print('t2', e.args, t2.cancelled())

    t3 = asyncio.create_task(swallow(log))
    await asyncio.sleep(0)
    t3.cancel()
    print('t3', await t3, t3.cancelled(), t3.cancelling(), t3.uncancel())

    t4 = asyncio.create_task(asyncio.sleep(1, 'slept'))
    await asyncio.sleep(0)
    t4.cancel()
    t4.cancel()
    print('t4 cancelling', t4.cancelling())
    try:
        await t4
    except asyncio.CancelledError:
        print('t4 cancelled', t4.done())
    print(t4.cancel(), log)

    # Cancelled while it runs: the cancel lands at its next await.
    async def self_cancel():
        asyncio.current_task().cancel('myself')
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError as e:
            print('self cancel', e.args)
            return 'survived'
    print(await asyncio.create_task(self_cancel()))

    # The future a task waits for is cancelled from outside.
    fut5 = loop.create_future()
    t5 = asyncio.create_task(waiter(fut5, log))
    await asyncio.sleep(0)
    fut5.cancel('from outside')
    try:
        await t5
    except asyncio.CancelledError as e:
        print('t5', e.args, log[-1])


asyncio.run(main())
