# enter_context on something that is not a context manager is a TypeError.
from contextlib import ExitStack

class NotCM:
    pass

with ExitStack() as stack:
    try:
        stack.enter_context(NotCM())
    except TypeError as e:
        print("TypeError:", e)
print("ok")
