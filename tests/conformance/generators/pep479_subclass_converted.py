# Subclasses of StopIteration are converted too.
class MyStop(StopIteration):
    pass

def gen():
    yield 1
    raise MyStop()

try:
    list(gen())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
