# inspect.getgeneratorlocals follows the generator's variables; {} once closed.
import inspect

def gen(n):
    total = 0
    for i in range(n):
        total += i
        yield total

g = gen(3)
print(inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorlocals(g))
list(g)
print(inspect.getgeneratorlocals(g))
try:
    inspect.getgeneratorlocals([1])
except TypeError as e:
    print("TypeError:", e)
