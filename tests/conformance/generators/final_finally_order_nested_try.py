# Nested try/finally blocks in a closed generator run innermost first.
def gen():
    try:
        try:
            yield 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")

g = gen()
next(g)
g.close()
print("closed")
