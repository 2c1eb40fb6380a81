# reversed works on sequences and on anything with __reversed__.
print(list(reversed([1, 2, 3])), list(reversed((4, 5, 6))))
print(list(reversed(range(5))), list(reversed("abc")))
print(type(reversed([])).__name__, type(reversed(())).__name__, type(reversed(range(3))).__name__)
class Countdown:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "item" + str(i)
print(list(reversed(Countdown())))
class Backwards:
    def __reversed__(self):
        return iter([3, 2, 1])
print(list(reversed(Backwards())))
r = reversed([1, 2, 3, 4])
print(next(r), next(r), list(r), list(r))
try:
    reversed(set([1]))
except TypeError as e:
    print("TypeError:", e)
reversed(42)
