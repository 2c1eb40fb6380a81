# The exception thrown in has the generator's handled exception as context.
def gen():
    try:
        raise KeyError("inside")
    except KeyError:
        yield "in handler"

g = gen()
print(next(g))
try:
    g.throw(ValueError("thrown"))
except ValueError as e:
    print("caught", repr(e), "context", repr(e.__context__))
