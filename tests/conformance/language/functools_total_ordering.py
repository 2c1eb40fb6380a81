# total_ordering derives <=, >, >= from __eq__ and __lt__
from functools import total_ordering

@total_ordering
class Version:
    def __init__(self, text):
        self.parts = [int(p) for p in text.split(".")]
        self.text = text
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return f"Version({self.text!r})"

a, b = Version("3.9.1"), Version("3.11.0")
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(b >= Version("3.11.0"), b > Version("3.11.0"))
print(sorted([Version("1.2"), Version("1.10"), Version("1.1")]))
print(max(Version("0.9"), Version("0.10")))

@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        return self.cents == other.cents
    def __gt__(self, other):
        return self.cents > other.cents

print(Money(5) < Money(7), Money(5) >= Money(5), Money(9) <= Money(1))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)
