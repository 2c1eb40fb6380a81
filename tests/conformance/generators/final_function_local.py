# A generator held only by a function's local is closed when the function returns.
def gen():
    try:
        yield 1
    finally:
        print("gen finally")

def use():
    g = gen()
    print("got", next(g))
    print("returning")

use()
print("after use()")
