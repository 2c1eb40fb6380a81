# ExitStack unwinds callbacks and context managers in LIFO order.
from contextlib import ExitStack, contextmanager

@contextmanager
def res(name):
    print("open", name)
    yield name
    print("close", name)

with ExitStack() as stack:
    names = [stack.enter_context(res(n)) for n in "abc"]
    stack.callback(print, "callback", "with", "args")
    print("using", names)
print("done")
