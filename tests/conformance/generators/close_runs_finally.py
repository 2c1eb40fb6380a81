# close() raises GeneratorExit at the yield; finally blocks run.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = gen()
print(next(g))
print(g.close())
print("after close")
print(next(g, "exhausted"))
