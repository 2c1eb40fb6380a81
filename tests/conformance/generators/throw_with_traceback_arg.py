# throw(type, value, traceback) attaches the given traceback.
def gen():
    try:
        yield
    except KeyError as e:
        yield e.__traceback__ is not None

try:
    raise KeyError("first")
except KeyError as e:
    saved = e

g = gen()
next(g)
print(g.throw(KeyError, saved, saved.__traceback__))
