# Values sent into the top coroutine arrive at the innermost yield.
import types

@types.coroutine
def receive():
    value = yield "need a value"
    return value

async def adder():
    total = 0
    for _ in range(3):
        total += await receive()
    return total

c = adder()
print(c.send(None))
print(c.send(1))
print(c.send(2))
try:
    c.send(3)
except StopIteration as e:
    print("sum", e.value)
