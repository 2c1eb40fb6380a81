# Tasks, futures and coroutines caught in cycles are freed by gc.collect():
# a resource that refers to itself, left in a failed task's frame (which
# its exception's traceback keeps), and a future and a resource that refer
# to each other. (Whether the finished task itself is cyclic garbage depends
# on Task being written in Python or in C, so the program does not show it.)
import asyncio
import gc
import weakref

gc.disable()


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("released", self.name)


async def failing():
    res = Resource("in failed task")
    res.me = res
    await asyncio.sleep(0)
    raise ValueError("boom")


async def waiter(fut):
    res = Resource("in waiter")
    res.fut = fut
    fut.res = res
    return await fut


async def main():
    task = asyncio.create_task(failing())
    try:
        await task
    except ValueError as e:
        print("caught", e)
    ref = weakref.ref(task)
    del task
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    w = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    fut.set_result(42)
    print("waiter got", await w)
    del fut, w
    return ref


ref = asyncio.run(main())
print("collecting")
gc.collect()
print("task gone:", ref() is None)
