# close() of a running generator raises ValueError inside it.
def gen():
    try:
        me.close()
    except ValueError as e:
        print("close:", e)
    yield "still alive"

me = gen()
print(next(me))
me.close()
print("closed from outside")
