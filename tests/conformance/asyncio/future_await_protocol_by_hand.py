import asyncio

loop = asyncio.new_event_loop()
f = loop.create_future()
it = f.__await__()
first = next(it)
print("pending future yields itself:", first is f)
f.set_result("value")
try:
    next(it)
except StopIteration as e:
    print("StopIteration value:", e.value)
g = loop.create_future()
g.set_result(5)
it2 = iter(g)
try:
    next(it2)
except StopIteration as e:
    print("done future stops at once with", e.value)
h = loop.create_future()
h.set_exception(LookupError("gone"))
try:
    next(h.__await__())
except LookupError as e:
    print("failed future raises at once:", repr(e))
loop.close()
