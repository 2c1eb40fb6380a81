# Dropping a delegating generator closes the whole yield from chain, innermost first.
def inner():
    try:
        yield
    finally:
        print("inner closed")

def middle():
    try:
        yield from inner()
    finally:
        print("middle closed")

def outer():
    try:
        yield from middle()
    finally:
        print("outer closed")

g = outer()
next(g)
g = None
print("done")
