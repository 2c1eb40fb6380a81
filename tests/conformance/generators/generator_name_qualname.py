# __name__ and __qualname__ come from the function; they can be changed on the generator.
class Box:
    def items(self):
        yield 1

def outer():
    def inner():
        yield 2
    return inner()

g = Box().items()
print(g.__name__, g.__qualname__)
h = outer()
print(h.__name__, h.__qualname__)
g.__name__ = "renamed"
print(g.__name__, g.__qualname__)
