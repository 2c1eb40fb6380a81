# gi_code is the function's code object; co_flags marks it as a generator.
def gen():
    yield

def plain():
    return 1

g = gen()
print(g.gi_code is gen.__code__)
print(g.gi_code.co_name)
print(bool(gen.__code__.co_flags & 0x20), bool(plain.__code__.co_flags & 0x20))
list(g)
print(g.gi_code is gen.__code__)
