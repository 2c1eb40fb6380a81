# Sorting compares with <, so mixed types fail with CPython's message.
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print("compare", self.n, other.n)
        return self.n < other.n
    def __repr__(self):
        return "Loud(" + str(self.n) + ")"

print(sorted([Loud(3), Loud(1), Loud(2)]))
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2].sort(key=5)
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2].sort(1)
except TypeError as e:
    print("TypeError:", e)
print(sorted([]), sorted([1]))
sorted([1, None, 2])
