# throw() and close() reach a suspended @types.coroutine generator through await.
import types

@types.coroutine
def wait():
    try:
        yield "waiting"
    except KeyError as e:
        print("inner caught", e)
        yield "after throw"
    finally:
        print("inner finally")

async def outer():
    try:
        await wait()
    finally:
        print("outer finally")

c = outer()
print(c.send(None))
print(c.throw(KeyError("k")))
c.close()
print("closed")
