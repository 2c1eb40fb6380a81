# A generator expression is a generator named <genexpr>.
g = (i for i in range(3))
print(type(g).__name__, g.__name__, g.__qualname__)

def f():
    return (i for i in [])

print(f().__qualname__)
print(g.gi_frame.f_code.co_name)
print(next(g), list(g))
