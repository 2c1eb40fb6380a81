# nullcontext does nothing and returns its argument.
from contextlib import nullcontext

with nullcontext() as x:
    print(x)
with nullcontext(42) as y:
    print(y)
try:
    with nullcontext():
        raise KeyError("not suppressed")
except KeyError as e:
    print("KeyError", e)
