# Starred unpacking consumes everything.
def gen(n):
    for i in range(n):
        print("yield", i)
        yield i

first, *rest = gen(4)
print(first, rest)
*init, last = gen(3)
print(init, last)
