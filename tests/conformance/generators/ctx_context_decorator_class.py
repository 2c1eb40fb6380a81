# ContextDecorator lets a class-based context manager decorate functions.
from contextlib import ContextDecorator

class traced(ContextDecorator):
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print("enter", self.label)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.label, t.__name__ if t else None)
        return False

@traced("f")
def f(x):
    return 10 / x

print(f(2))
try:
    f(0)
except ZeroDivisionError:
    print("ZeroDivisionError")
