# Deep recursion in Python code raises RecursionError, which can be caught;
# the program goes on afterwards, and the limit can be lowered and raised.
import sys


def down(n):
    return down(n + 1) + 1


def depth_reached():
    reached = 0

    def probe(n):
        nonlocal reached
        reached = n
        return probe(n + 1)

    try:
        probe(0)
    except RecursionError as e:
        return reached > 100, str(e)


try:
    down(0)
except RecursionError as e:
    print("caught:", type(e).__name__, e)

print("after:", sum(range(10)))
print(depth_reached())

sys.setrecursionlimit(200)
try:
    down(0)
except RecursionError as e:
    print("lowered:", e)
sys.setrecursionlimit(1000)
print("limit:", sys.getrecursionlimit())


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(500) % 1000003)
