# A generator referenced only from a frame in the uncaught exception's traceback is closed after the error line.
def gen():
    try:
        yield 1
    finally:
        print("generator finally")

def fail():
    g = gen()
    next(g)
    raise RuntimeError("uncaught")

print("start")
fail()
