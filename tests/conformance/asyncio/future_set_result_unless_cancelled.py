# futures._set_result_unless_cancelled, the timer callback of asyncio.sleep():
# on a pending, a cancelled and a finished future, on a Future subclass, and
# through sleep() itself.
import asyncio
from asyncio import futures


class Watched(asyncio.Future):
    def set_result(self, result):
        print('Watched.set_result', result)
        super().set_result(result)

    def cancelled(self):
        print('Watched.cancelled')
        return super().cancelled()


async def main():
    loop = asyncio.get_running_loop()
    pending = loop.create_future()
    pending.add_done_callback(lambda f: print('callback sees', f.result()))
    futures._set_result_unless_cancelled(pending, 'value')
    print(pending.done(), pending.result())
    await asyncio.sleep(0)

    cancelled = loop.create_future()
    cancelled.cancel()
    futures._set_result_unless_cancelled(cancelled, 'ignored')
    print(cancelled.cancelled())

    try:
        futures._set_result_unless_cancelled(pending, 'again')
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)

    watched = Watched(loop=loop)
    futures._set_result_unless_cancelled(watched, 3)
    print(watched.result())

    task = asyncio.ensure_future(asyncio.sleep(1))
    try:
        futures._set_result_unless_cancelled(task, 4)
    except RuntimeError as e:
        print('RuntimeError', e)
    task.cancel()

    print(await asyncio.sleep(0.5, 'slept'), loop.time())
    sleeper = asyncio.ensure_future(asyncio.sleep(2, 'never'))
    loop.call_later(1, sleeper.cancel)
    try:
        await sleeper
    except asyncio.CancelledError:
        print('sleep cancelled at', loop.time())


asyncio.run(main())
