# add_done_callback, __init__ and __del__ are Future's own C methods: a
# subclass inherits them, may override them and call them through super().
import asyncio
import gc


class Logged(asyncio.Future):
    def __init__(self, *, loop=None):
        super().__init__(loop=loop)
        self.added = 0

    def add_done_callback(self, fn, *, context=None):
        self.added += 1
        super().add_done_callback(fn, context=context)


def handler(loop, ctx):
    print("handler:", ctx["message"], type(ctx.get("exception")).__name__)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    f = Logged()
    f.add_done_callback(lambda fut: print("done", fut.result(), fut.added))
    f.add_done_callback(lambda fut: print("second"))
    f.set_result("ok")
    await asyncio.sleep(0)
    g = Logged()
    g.set_exception(KeyError("k"))
    del g
    gc.collect()
    await asyncio.sleep(0)
    h = asyncio.Future()
    h.set_exception(ValueError("v"))
    h.exception()
    del h
    print("retrieved: silent")

    async def forever():
        await asyncio.Event().wait()

    t = asyncio.create_task(forever())
    await asyncio.sleep(0)
    t._log_destroy_pending = True
    print("pending task dropped")


asyncio.run(main())
print("end")


def dropped_pending_task():
    loop = asyncio.new_event_loop()
    loop.set_exception_handler(lambda loop, ctx: print("handler:", ctx["message"], ctx["task"].get_name()))

    async def never():
        pass

    t = loop.create_task(never(), name="dropped")
    del t
    print("closing")
    # CPython's task goes when close() drops its first step; here the loop
    # keeps its unfinished tasks (loop_core.h), so it goes with the loop.
    loop.close()
    del loop
    gc.collect()
    print("closed")


dropped_pending_task()
