# functools.partial: freezing some arguments of a call
from functools import partial

def power(base, exponent):
    return base ** exponent

square = partial(power, exponent=2)
cube = partial(power, exponent=3)
two_to = partial(power, 2)
print(square(5), cube(2), two_to(10))
print(square.func is power, square.args, square.keywords, two_to.args)
greet = partial(print, "Hello,", sep=" ")
greet("world")
p = partial(partial(power, 3), exponent=4)
print(p(), p.args, p.keywords)
print(partial(max, 5)(1, 9), partial(sorted, reverse=True)([3, 1, 2]))
print(list(map(partial(power, exponent=2), range(5))))
print(repr(partial(len, "abc")))
print(repr(partial(power, 1, exponent=2)).startswith("functools.partial(<function power at 0x"))
try:
    partial(3)
except TypeError as e:
    print("TypeError:", e)
