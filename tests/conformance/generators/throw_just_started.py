# throw() into a just-started generator raises at once, without running the body.
def gen():
    print("body ran")
    try:
        yield 1
    except KeyError:
        print("never caught here")

g = gen()
try:
    g.throw(KeyError("early"))
except KeyError as e:
    print("propagated:", e)
print(list(g))
