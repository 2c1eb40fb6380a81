# A generator holding another: dropping the outer closes the outer first, then the inner.
def inner():
    try:
        yield "inner"
    finally:
        print("inner closed")

def outer(it):
    try:
        yield next(it)
    finally:
        print("outer closed")

o = outer(inner())
print(next(o))
o = None
print("end")
