# A generator that catches a thrown exception; throw() returns the next yielded value.
def gen():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught", e)
            yield "recovered"

g = gen()
print(next(g))
print(g.throw(ValueError("bad")))
print(next(g))
print(g.throw(ValueError("again")))
