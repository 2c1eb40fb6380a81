# An exception raised while a dropped generator closes is reported and ignored.
def gen():
    try:
        yield
    finally:
        print("finally runs")
        raise ValueError("lost")

g = gen()
next(g)
g = None
print("program continues")
