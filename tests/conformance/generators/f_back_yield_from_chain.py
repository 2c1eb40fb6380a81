# Inside yield from, the sub-generator's f_back is the delegating generator's frame.
def inner():
    f = inner_gen.gi_frame
    print("inner f_back:", f.f_back.f_code.co_name)
    print("outer f_back:", f.f_back.f_back.f_code.co_name)
    yield

def outer():
    yield from inner_gen

def main():
    next(outer_gen)

inner_gen = inner()
outer_gen = outer()
main()
print("suspended inner f_back:", inner_gen.gi_frame.f_back)
