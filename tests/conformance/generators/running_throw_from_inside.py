# throw() into a running generator raises ValueError.
def gen():
    try:
        me.throw(KeyError("k"))
    except ValueError as e:
        print("throw:", e)
    yield 1

me = gen()
print(next(me))
