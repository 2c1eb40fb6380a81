# throw(GeneratorExit subclass) behaves like close for the generator's handlers.
class MyExit(GeneratorExit):
    pass

def gen():
    try:
        yield 1
    except GeneratorExit as e:
        print("got", type(e).__name__)
        raise

g = gen()
next(g)
try:
    g.throw(MyExit)
except MyExit:
    print("MyExit propagated")
print(g.gi_frame)
