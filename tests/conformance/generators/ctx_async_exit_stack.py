# AsyncExitStack unwinds async and sync callbacks in LIFO order.
from contextlib import AsyncExitStack, asynccontextmanager

@asynccontextmanager
async def res(name):
    print("open", name)
    yield name
    print("close", name)

async def async_cb(msg):
    print("async callback", msg)

async def main():
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(res("a"))
        stack.callback(print, "sync callback")
        stack.push_async_callback(async_cb, "x")
        b = await stack.enter_async_context(res("b"))
        print("using", a, b)
    return "finished"

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
