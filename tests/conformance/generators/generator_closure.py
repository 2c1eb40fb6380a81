# A generator closes over variables of the enclosing function and sees later changes.
def make():
    step = 1
    def gen():
        n = 0
        while n < 10:
            yield n
            n += step
    g = gen()
    step = 3
    return g

print(list(make()))
