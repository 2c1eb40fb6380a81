# Unpacking pulls exactly the items it needs, plus one to check the count.
def gen(n):
    for i in range(n):
        print("yield", i)
        yield i

a, b = gen(2)
print(a, b)
try:
    a, b = gen(3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = gen(2)
except ValueError as e:
    print("ValueError:", e)
