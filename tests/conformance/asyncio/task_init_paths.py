# Making a task every way: names from the counter or str(name), a subclass
# whose __init__ calls super().__init__, a non-coroutine (TypeError, and no
# "Task was destroyed" report), a generator-based coroutine, keyword and
# positional mistakes, and tasks made for a loop that is not running yet.
import asyncio
import types


async def work(x):
    await asyncio.sleep(0)
    return x * 2


class Logged(asyncio.Task):
    def __init__(self, coro, *, loop=None, name=None, context=None):
        print("Logged.__init__", name)
        super().__init__(coro, loop=loop, name=name, context=context)


@types.coroutine
def old_style():
    yield
    return "old"


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(work(1))
    b = asyncio.create_task(work(2), name=42)
    c = asyncio.Task(work(3), loop=loop, name="third")
    print(a.get_name(), repr(b.get_name()), c.get_name(), a.get_loop() is loop)
    print(await a, await b, await c)
    d = Logged(work(4), loop=loop, name="logged")
    print(type(d).__name__, d.get_name(), await d)
    e = asyncio.Task(old_style(), loop=loop)
    print(e.get_name(), await e)
    try:
        asyncio.Task(42, loop=loop)
    except TypeError as exc:
        print("TypeError", exc)
    try:
        asyncio.Task(loop=loop)
    except TypeError as exc:
        print("TypeError", exc)
    co = work(5)
    for args, kwargs in [((co, co), {}), ((co,), {"coro": co}), ((co,), {"colour": "red"})]:
        try:
            asyncio.Task(*args, loop=loop, **kwargs)
        except TypeError as exc:
            print("TypeError", exc)
    co.close()
    f = asyncio.create_task(work(6))
    print(f.done(), f.cancelled(), f.get_coro().__qualname__)
    print(await f, len(asyncio.all_tasks()))


asyncio.run(main())
loop = asyncio.new_event_loop()
t = loop.create_task(work(7), name="later")
print(t.get_name(), t.done())
print(loop.run_until_complete(t))
loop.close()
