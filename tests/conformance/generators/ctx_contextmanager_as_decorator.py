# A @contextmanager object used as a decorator makes a fresh generator per call.
from contextlib import contextmanager

@contextmanager
def announce(name):
    print("start", name)
    yield
    print("stop", name)

@announce("job")
def work(x):
    print("working on", x)
    return x * 2

print(work(1))
print(work(2))
print(work.__name__)
