# A future keeps its fields where CPython's C Future does, in its own struct;
# __init__ sets them all again, and a future whose __init__ never ran says so.
import asyncio


class Lazy(asyncio.Future):
    def __init__(self):
        pass  # skips Future.__init__


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.note = 'mine'  # a C Future takes attributes a program adds
    print(fut.note)
    print(hasattr(asyncio.Future, '__slots__'), '_state' in dir(fut), fut._state, fut._callbacks,
          fut._asyncio_future_blocking)
    fut.set_result(3)
    print(fut._state, fut._result, fut.done())
    task = asyncio.current_task()
    print(task._must_cancel, task._fut_waiter, task._log_destroy_pending, task._coro.__name__)
    lazy = Lazy()
    for name in ('done', 'cancelled', 'result', 'exception', 'get_loop', 'add_done_callback', '__del__'):
        try:
            args = (print,) if name == 'add_done_callback' else ()
            print(name, getattr(lazy, name)(*args))
        except Exception as e:
            print(name, type(e).__name__, e)
    try:
        asyncio.Task(42)
    except TypeError as e:
        print('TypeError', e)
    again = loop.create_future()
    again.add_done_callback(print)
    again.__init__(loop=loop)
    print(again._callbacks, again._state)
    again.set_exception(ValueError('x'))
    again.__init__(loop=loop)
    print(again._state, again._exception, again._log_traceback)


asyncio.run(main())
print('end')
