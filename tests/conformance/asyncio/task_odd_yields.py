# What a task does with each kind of value its coroutine yields, and with
# futures of another loop or itself.
import asyncio
import types


@types.coroutine
def bare(value):
    got = yield value
    return got


async def yields(value):
    return await bare(value)


async def main():
    loop = asyncio.get_running_loop()
    for value in (1, 'text', [1, 2], (x for x in ())):
        task = asyncio.create_task(yields(value))
        try:
            await task
        except RuntimeError as e:
            print(type(e).__name__, str(e).split(' in task ')[0].split(' with ')[0][:60])

    other = asyncio.new_event_loop()
    foreign = other.create_future()
    task = asyncio.create_task(yields(foreign))
    try:
        await task
    except RuntimeError as e:
        print('foreign:', str(e)[:40])
    other.close()

    async def await_self():
        await asyncio.sleep(0)
        await me
    me = asyncio.create_task(await_self())
    try:
        await me
    except RuntimeError as e:
        print('self:', str(e)[:30])

    # A yield of a non-blocking future (_asyncio_future_blocking False).
    fut = loop.create_future()
    fut.set_result(5)
    task = asyncio.create_task(yields(fut))
    try:
        await task
    except RuntimeError as e:
        print('not blocking:', str(e)[:45])


asyncio.run(main())
