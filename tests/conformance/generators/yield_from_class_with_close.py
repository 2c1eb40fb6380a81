# close() calls the delegate's close() if it has one.
class Closable:
    def __iter__(self):
        return self
    def __next__(self):
        return "value"
    def close(self):
        print("Closable.close called")

def gen():
    try:
        yield from Closable()
    finally:
        print("gen finally")

g = gen()
print(next(g))
g.close()
print("done")
