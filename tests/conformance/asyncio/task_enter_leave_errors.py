# The loop's running task is switched by asyncio.tasks._enter_task and
# _leave_task around every step; misusing them gives CPython's RuntimeErrors.
import asyncio
from asyncio import tasks


async def other(n):
    return n


def outside_any_task(loop, a, b, done):
    print("current at first:", asyncio.current_task(loop))
    tasks._enter_task(loop, a)
    print("entered a:", asyncio.current_task(loop) is a)
    try:
        tasks._enter_task(loop, b)
    except RuntimeError as e:
        print("enter:", e)
    try:
        tasks._leave_task(loop, b)
    except RuntimeError as e:
        print("leave:", e)
    tasks._leave_task(loop, a)
    try:
        tasks._leave_task(loop, a)
    except RuntimeError as e:
        print("leave twice:", e)
    print("current at last:", asyncio.current_task(loop))
    done.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    a = loop.create_task(other(1), name="a")
    b = loop.create_task(other(2), name="b")
    done = loop.create_future()
    loop.call_soon(outside_any_task, loop, a, b, done)
    await done
    print("results:", await a, await b)


asyncio.run(main())
