# throw(Type, value) builds the exception from the value (deprecated form, still works in 3.11).
def gen():
    while True:
        try:
            yield
        except Exception as e:
            print(type(e).__name__, repr(e.args))

g = gen()
next(g)
g.throw(ValueError, "msg")
g.throw(ValueError, ("a", 1))
g.throw(ValueError, ValueError("inst"))
