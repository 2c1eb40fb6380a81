# f_lineno and f_lasti observed while the generator runs, from inside it.
import sys

def gen():
    f = g.gi_frame
    yield f.f_lineno
    yield f.f_lineno
    a = f.f_lasti
    b = f.f_lasti
    yield b > a

g = gen()
print(list(g))
