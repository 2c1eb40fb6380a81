# A generator stored in an attribute is closed when the object goes away.
def gen():
    try:
        yield "item"
    finally:
        print("generator cleaned up")

class Holder:
    def __init__(self):
        self.g = gen()
        next(self.g)

h = Holder()
print("holder made")
h = None
print("holder gone")
