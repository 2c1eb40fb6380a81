# In 3.11 close() returns None even if the generator returns a value on GeneratorExit.
def gen():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"

g = gen()
next(g)
print(g.close())
print(g.gi_frame)
