# The rounding methods of int and float (__round__, __floor__, __ceil__, __trunc__),
# round() of subclasses through their own __round__, and None.__bool__.
import math
print((7).__round__(), (1234).__round__(-2), (2.5).__round__(), (2.675).__round__(2), (3.7).__floor__(), (3.2).__ceil__(), (-3.7).__trunc__())
print((5).__floor__(), (True).__ceil__(), type((True).__trunc__()).__name__, None.__bool__(), hasattr(None, "__bool__"))
print(math.floor(2.5), math.ceil(-0.5), math.trunc(-2.5), round(0.5), round(1.5), round(-2.5))
for bad in (float("nan"), float("inf")):
    for m in ("__floor__", "__ceil__", "__trunc__", "__round__"):
        try:
            getattr(bad, m)()
        except (ValueError, OverflowError) as e:
            print(m, type(e).__name__, e)
class MyInt(int):
    def __round__(self, n=None):
        return "mine"
print(round(MyInt(3)), int.__round__(MyInt(3)), MyInt(3).__floor__(), type(MyInt(3).__floor__()).__name__)
try:
    (1.5).__floor__(1)
except TypeError as e:
    print("TypeError:", e)
