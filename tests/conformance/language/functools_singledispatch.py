# singledispatch: choose an implementation by the first argument's type
from functools import singledispatch

@singledispatch
def describe(obj):
    return f"something: {obj!r}"

@describe.register(int)
def _(obj):
    return f"an int: {obj}"

@describe.register(list)
def _(obj):
    return "a list of " + ", ".join(describe(x) for x in obj)

class Animal:
    pass

class Dog(Animal):
    pass

@describe.register(Animal)
def _(obj):
    return f"an animal ({type(obj).__name__})"

for value in [1, True, "hi", [1, "x"], Dog(), 2.5]:
    print(describe(value))
