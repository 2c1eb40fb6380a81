# An async generator driven by hand: __anext__() returns an awaitable that raises StopIteration(value).
import inspect
import types

async def agen():
    yield 1
    yield 2

print(inspect.isasyncgenfunction(agen), inspect.isasyncgen(agen()))
print(type(agen()) is types.AsyncGeneratorType)
ag = agen()
for _ in range(3):
    aw = ag.__anext__()
    try:
        aw.send(None)
    except StopIteration as e:
        print("item", e.value)
    except StopAsyncIteration:
        print("StopAsyncIteration")
