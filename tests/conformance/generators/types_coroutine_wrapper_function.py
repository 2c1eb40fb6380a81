# types.coroutine on a plain function that returns a generator wraps the result so it can be awaited.
import types

def inner():
    got = yield "from inner"
    return got

def plain():
    return inner()

wrapped = types.coroutine(plain)
print(wrapped is plain, wrapped.__name__, wrapped.__wrapped__ is plain)
w = wrapped()
print(type(w).__name__, w.__name__)
print(iter(w) is w, type(iter(w)).__name__)

async def use():
    r = await wrapped()
    return "awaited: " + r

c = use()
print(c.send(None))
try:
    c.send("reply")
except StopIteration as e:
    print(e.value)

def returns_int():
    return 5

print(types.coroutine(returns_int)())
try:
    types.coroutine(5)
except TypeError as e:
    print("TypeError:", e)
