# Wrong arguments fail at the call, before any generator exists.
def gen(a, b):
    yield a + b

try:
    gen(1)
except TypeError as e:
    print("TypeError:", e)
try:
    gen(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(list(gen(1, 2)))
