# throw(GeneratorExit) closes the delegate, then raises GeneratorExit in the outer generator.
def inner():
    try:
        yield 1
    finally:
        print("inner closed")

def outer():
    try:
        yield from inner()
    except GeneratorExit:
        print("outer got GeneratorExit")
        raise

g = outer()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated")
