# f_back follows whoever resumes the generator this time.
def gen():
    while True:
        yield g.gi_frame.f_back.f_code.co_name

def alpha():
    return next(g)

def beta():
    return g.send(None)

g = gen()
print(alpha())
print(beta())
print(alpha())
print(next(g))
