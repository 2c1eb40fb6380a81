# A generator that never started has nothing to clean up when dropped.
def gen():
    try:
        yield 1
    finally:
        print("never printed")

g = gen()
g = None
print("dropped unstarted generator")
