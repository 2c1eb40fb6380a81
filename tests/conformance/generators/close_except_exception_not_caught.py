# except Exception around a yield does not see GeneratorExit.
def gen():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__)

g = gen()
next(g)
g.throw(ValueError)
g.close()
print("closed:", g.gi_frame is None)
