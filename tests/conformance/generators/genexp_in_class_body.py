# In a class body only the first iterable sees the class scope.
class C:
    items = [1, 2, 3]
    doubled = list(x * 2 for x in items)

print(C.doubled)
try:
    class D:
        n = 3
        bad = list(x for x in range(2) if x < n)
except NameError as e:
    print("NameError:", e)
