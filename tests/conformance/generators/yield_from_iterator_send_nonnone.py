# Sending a non-None value to a delegate without send() is an AttributeError.
class Plain:
    def __iter__(self):
        return self
    def __next__(self):
        return "item"

def gen():
    yield from Plain()

g = gen()
print(next(g))
try:
    g.send(5)
except AttributeError as e:
    print("AttributeError:", e)
print(g.gi_frame is None)
