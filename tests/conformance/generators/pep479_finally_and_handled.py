# StopIteration raised by next() on an exhausted generator inside an except block in a generator.
def gen():
    it = iter([])
    try:
        next(it)
    except StopIteration:
        yield "handled StopIteration"
    yield "after"

print(list(gen()))

def gen2():
    try:
        yield 1
    finally:
        raise StopIteration("in finally")

g = gen2()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("close:", e)
