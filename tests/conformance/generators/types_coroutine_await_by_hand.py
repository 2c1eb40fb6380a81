# A @types.coroutine generator awaited inside an async def, driven by hand with send().
import types

@types.coroutine
def request(what):
    reply = yield what
    return reply

async def task():
    a = await request("first")
    print("task got", a)
    b = await request("second")
    print("task got", b)
    return a + b

t = task()
print("yielded", t.send(None))
print("yielded", t.send(10))
try:
    t.send(32)
except StopIteration as e:
    print("task returned", e.value)
