# Delegating to a plain iterator class: send(None) becomes __next__().
class Three:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration("class done")
        print("__next__", self.i)
        return self.i

def gen():
    r = yield from Three()
    print("returned", r)

print(list(gen()))
