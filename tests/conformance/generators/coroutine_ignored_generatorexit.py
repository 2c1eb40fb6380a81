# A coroutine that awaits again while being closed: "coroutine ignored GeneratorExit".
import types

@types.coroutine
def pause():
    yield

async def stubborn():
    try:
        await pause()
    finally:
        await pause()

c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("done")
