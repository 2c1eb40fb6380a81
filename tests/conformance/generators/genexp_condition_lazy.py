# Conditions and the element expression run only as items are requested.
def check(x):
    print("check", x)
    return x % 2 == 0

g = (x * 10 for x in range(5) if check(x))
print("created")
print(next(g))
print(next(g))
print("stop early")
