# A future's _callbacks, as CPython's C Future reports them: None while it
# has no done callback, the (callback, context) pairs while it has some, and
# None again once they are scheduled or all removed.
import asyncio


def first(fut):
    print("first callback, result", fut.result())


def second(fut):
    print("second callback")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("fresh:", fut._callbacks)
    fut.add_done_callback(first)
    fut.add_done_callback(second)
    print("two added:", [cb.__name__ for cb, ctx in fut._callbacks])
    print("removed:", fut.remove_done_callback(second), [cb.__name__ for cb, ctx in fut._callbacks])
    print("removed again:", fut.remove_done_callback(second))
    print("removed the last:", fut.remove_done_callback(first), fut._callbacks)
    print("nothing to remove:", fut.remove_done_callback(first))
    fut.add_done_callback(first)
    fut.set_result(42)
    print("scheduled:", fut._callbacks)
    await asyncio.sleep(0)
    fut.add_done_callback(second)  # done: scheduled at once, not kept
    print("after done:", fut._callbacks)
    await asyncio.sleep(0)

    task = asyncio.create_task(asyncio.sleep(0.01))
    print("task:", task._callbacks)
    done = asyncio.ensure_future(asyncio.sleep(0))
    results = await asyncio.gather(task, done)
    print("gathered:", results, task._callbacks, done._callbacks)
    print(repr(fut))


asyncio.run(main())
