# Returning from the GeneratorExit handler is a clean close.
def gen():
    try:
        yield "a"
    except GeneratorExit:
        print("closing")
        return
    yield "b"

g = gen()
print(next(g))
print(g.close())
