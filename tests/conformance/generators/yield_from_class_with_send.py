# A delegate class with send(): yield from calls it for non-None values.
class Doubler:
    def __init__(self):
        self.last = 0
    def __iter__(self):
        return self
    def __next__(self):
        return self.send(None)
    def send(self, value):
        if value == "stop":
            raise StopIteration("Doubler stopped")
        if value is not None:
            self.last = value * 2
        return self.last

def gen():
    r = yield from Doubler()
    yield "finished with " + r

g = gen()
print(next(g))
print(g.send(4))
print(g.send(10))
print(next(g))
print(g.send("stop"))
