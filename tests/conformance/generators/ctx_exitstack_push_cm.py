# push() with a context manager registers its __exit__ without calling __enter__.
from contextlib import ExitStack

class CM:
    def __enter__(self):
        print("enter (not called by push)")
    def __exit__(self, *exc):
        print("CM.__exit__", exc[0])
        return False

with ExitStack() as stack:
    cm = stack.push(CM())
    print(type(cm).__name__)
print("after")
