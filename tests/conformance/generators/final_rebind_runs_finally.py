# Rebinding the only variable closes the old generator before the new one runs.
def gen(name):
    try:
        print("start", name)
        yield name
    finally:
        print("close", name)

g = gen("first")
next(g)
g = gen("second")
print("rebound")
next(g)
print("end of program")
