# throw() into a coroutine reaches the innermost awaited generator.
import types

@types.coroutine
def leaf():
    try:
        yield "leaf suspended"
    except ValueError as e:
        print("leaf caught", e)
        return "leaf recovered"

async def middle():
    r = await leaf()
    print("middle got", r)
    return r.upper()

async def top():
    r = await middle()
    return "top: " + r

c = top()
print(c.send(None))
try:
    c.throw(ValueError("injected"))
except StopIteration as e:
    print(e.value)
