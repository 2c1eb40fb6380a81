# A decorator that primes coroutines so callers can send right away.
def coroutine(func):
    def start(*args, **kwargs):
        cr = func(*args, **kwargs)
        next(cr)
        return cr
    return start

@coroutine
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)

p = printer(">>")
p.send("one")
p.send("two")
