# Closing a generator that never started does not run its body.
def gen():
    print("body")
    try:
        yield 1
    finally:
        print("finally")

g = gen()
g.close()
print("closed")
print(next(g, "exhausted"))
print(g.gi_frame)
