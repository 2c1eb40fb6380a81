# A task waiting on a Future subclass that watches its callbacks, on a loop
# whose call_soon is overridden, and in debug mode.
import asyncio


class LoudFuture(asyncio.Future):
    def add_done_callback(self, fn, *, context=None):
        print('add_done_callback', getattr(fn, '__qualname__', type(fn).__name__))
        super().add_done_callback(fn, context=context)

    def remove_done_callback(self, fn):
        n = super().remove_done_callback(fn)
        print('removed', n)
        return n


class CountingLoop(asyncio.SelectorEventLoop):
    soon = 0

    def call_soon(self, callback, *args, context=None):
        CountingLoop.soon += 1
        return super().call_soon(callback, *args, context=context)


async def wait_for(fut):
    return await fut


async def main():
    loop = asyncio.get_running_loop()
    fut = LoudFuture(loop=loop)
    task = asyncio.create_task(wait_for(fut))
    await asyncio.sleep(0)
    loop.call_later(0.5, fut.set_result, 'done')
    print(await task)

    fut2 = LoudFuture(loop=loop)
    outer = asyncio.ensure_future(asyncio.wait_for(fut2, 0.1))
    try:
        await outer
    except asyncio.TimeoutError:
        print('timed out', fut2.cancelled())
    for i in range(3):
        await asyncio.sleep(0)
    return 'main done'


loop = CountingLoop()
print(loop.run_until_complete(main()))
print('call_soon calls > 5:', CountingLoop.soon > 5)
loop.close()

print(asyncio.run(main(), debug=True))
