# Calling a function with the wrong number of arguments is a TypeError.
def add(a, b):
    return a + b

def scale(value, factor=2):
    return value * factor

print(add(1, 2), add("x", "y"), add([1], [2]))
print(scale(5), scale(5, 3), scale(factor=4, value=1.5))
print(add(b=10, a=3))
print("now with three arguments:")
print(add(1, 2, 3))
print("not reached")
