# A suspended generator's frame has no f_back; while running it is the resumer's frame.
import sys

def gen():
    me = g.gi_frame
    print("while running, f_back is caller:", me.f_back.f_code.co_name)
    yield
    print("after resume, f_back is caller:", me.f_back.f_code.co_name)
    yield

def driver():
    next(g)

g = gen()
print("created:", g.gi_frame.f_back)
driver()
print("suspended:", g.gi_frame.f_back)
next(g)
print("suspended:", g.gi_frame.f_back)
