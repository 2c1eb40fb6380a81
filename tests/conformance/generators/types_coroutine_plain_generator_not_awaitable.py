# Without @types.coroutine a generator cannot be awaited.
import types

def plain():
    yield

async def uses_plain():
    await plain()

c = uses_plain()
try:
    c.send(None)
except TypeError as e:
    print("TypeError:", e)

@types.coroutine
def marked():
    yield "ok"

async def uses_marked():
    await marked()

print(uses_marked().send(None))
