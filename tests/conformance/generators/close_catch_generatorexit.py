# A generator may catch GeneratorExit to clean up, then must stop.
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise

g = gen()
next(g)
g.close()
print("done")
