# Closing a coroutine that never started: no warning, state CORO_CLOSED.
import inspect

async def coro():
    print("never runs")

c = coro()
print(inspect.getcoroutinestate(c))
c.close()
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
