# A finished coroutine cannot be resumed: "cannot reuse already awaited coroutine".
async def coro():
    return 1

c = coro()
try:
    c.send(None)
except StopIteration as e:
    print("first run returned", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def outer():
    inner = coro()
    await inner
    try:
        await inner
    except RuntimeError as e:
        print("await again:", e)

try:
    outer().send(None)
except StopIteration:
    print("outer done")
