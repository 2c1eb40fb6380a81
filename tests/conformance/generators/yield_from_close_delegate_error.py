# If closing the delegate raises, that exception is thrown into the outer generator.
def inner():
    try:
        yield 1
    finally:
        raise KeyError("inner close failed")

def outer():
    try:
        yield from inner()
    except KeyError as e:
        print("outer caught", e)

g = outer()
next(g)
g.close()
print("closed")
