# A delegate with throw() gets thrown exceptions; without it they are raised at the yield from.
class WithThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return "with"
    def throw(self, *args):
        print("delegate.throw got", type(args[0]).__name__)
        return "throw handled"

class WithoutThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return "without"

def gen(d):
    try:
        yield from d
    except KeyError:
        yield "outer caught"

g = gen(WithThrow())
print(next(g))
print(g.throw(KeyError("k")))
g = gen(WithoutThrow())
print(next(g))
print(g.throw(KeyError("k")))
