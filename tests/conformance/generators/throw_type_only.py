# throw(Type) instantiates the exception with no arguments.
def gen():
    try:
        yield
    except Exception as e:
        print(type(e).__name__, e.args)
        yield "handled"

g = gen()
next(g)
print(g.throw(KeyError))
