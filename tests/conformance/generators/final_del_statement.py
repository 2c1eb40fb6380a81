# del of the last reference closes the generator.
def gen():
    try:
        yield
    finally:
        print("closed by del")

g = gen()
next(g)
del g
print("after del")
