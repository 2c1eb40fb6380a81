# Each call makes an independent generator with its own frame and locals.
def counter(start):
    n = start
    while True:
        yield n
        n += 1

a = counter(10)
b = counter(100)
print(next(a), next(a), next(b), next(a), next(b))
print(a is b, a.gi_frame is b.gi_frame)
