# A task's coroutine returning: the result, the done callbacks in order (and
# one added afterwards), all_tasks() shrinking, and a cancel requested while
# the coroutine was finishing, which wins over the return value.
import asyncio


async def value(n):
    await asyncio.sleep(0)
    return n * 10


async def cancels_itself():
    asyncio.current_task().cancel('at the end')
    return 'lost'


async def main():
    order = []
    tasks = [asyncio.create_task(value(i), name=f'v{i}') for i in range(3)]
    for t in tasks:
        t.add_done_callback(lambda t, tag='a': order.append((t.get_name(), tag)))
        t.add_done_callback(lambda t, tag='b': order.append((t.get_name(), tag)))
    print(len(asyncio.all_tasks()))
    print(await asyncio.gather(*tasks))
    await asyncio.sleep(0)
    print(order)
    print(len(asyncio.all_tasks()), repr(tasks[0]).split(' coro=')[0])
    tasks[1].add_done_callback(lambda t: order.append('late'))
    await asyncio.sleep(0)
    print(order[-1], tasks[1].result(), tasks[1].done(), tasks[1].cancelled())

    t = asyncio.create_task(cancels_itself())
    try:
        print(await t)
    except asyncio.CancelledError as e:
        print('cancelled', e.args, t.cancelled(), t.cancelling())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('result() raises', type(e).__name__, e.args)


asyncio.run(main())
