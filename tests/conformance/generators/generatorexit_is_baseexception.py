# GeneratorExit is not an Exception: `except Exception` does not catch it during close.
def gen():
    try:
        yield 1
    except Exception:
        print("Exception caught (wrong)")
    finally:
        print("finally runs")

print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
g = gen()
next(g)
g.close()
print("closed cleanly")
