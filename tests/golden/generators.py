# Generators: send, throw, yield from, close and finalisation.
def counter(start):
    n = start
    while True:
        got = yield n
        if got is not None:
            n = got
        n += 1

def relay(inner):
    total = yield from inner
    return total

def finite():
    try:
        yield 'a'
        yield 'b'
    finally:
        print('finite closed')
    return 'done'

c = counter(10)
print(next(c), c.send(20), next(c))
r = relay(finite())
print(next(r))
try:
    r.throw(ValueError('stop'))
except ValueError as e:
    print('caught', e)
pairs = [(k, v) for k, v in {'x': 1, 'y': 2}.items()]
seen = {1, 2, 3}
left = finite()
next(left)
