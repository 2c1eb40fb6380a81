# throw() is passed to the sub-generator; if it handles it, delegation goes on.
def inner():
    while True:
        try:
            yield "inner"
        except ValueError as e:
            print("inner handled", e)

def outer():
    yield from inner()

g = outer()
print(next(g))
print(g.throw(ValueError("x")))
print(next(g))
