# Closing a created generator moves it straight to GEN_CLOSED.
import inspect

def gen():
    yield

g = gen()
print(inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g))
