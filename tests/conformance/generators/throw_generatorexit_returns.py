# throw() of GeneratorExit into a generator that catches it and returns: throw raises StopIteration.
def gen():
    try:
        yield 1
    except GeneratorExit:
        return "bye"

g = gen()
next(g)
try:
    g.throw(GeneratorExit)
except StopIteration as e:
    print("StopIteration", e.value)
