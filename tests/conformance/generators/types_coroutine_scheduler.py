# A tiny scheduler running async def tasks that suspend through a types.coroutine.
import types

@types.coroutine
def switch():
    yield

async def worker(name, n):
    for i in range(n):
        print(name, "step", i)
        await switch()
    return name + " done"

def run(coros):
    queue = list(coros)
    while queue:
        c = queue.pop(0)
        try:
            c.send(None)
        except StopIteration as e:
            print(e.value)
        else:
            queue.append(c)

run([worker("a", 2), worker("b", 3)])
