# A native coroutine driven with send(): cr_running, cr_suspended, cr_frame.
import types

@types.coroutine
def pause():
    yield "paused"

async def coro():
    print("running:", c.cr_running, "suspended:", c.cr_suspended)
    await pause()
    return 7

c = coro()
print(c.cr_running, c.cr_suspended, c.cr_frame is None)
print(c.send(None))
print(c.cr_running, c.cr_suspended, c.cr_frame is None)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print(c.cr_running, c.cr_suspended, c.cr_frame is None)
