# Sets need hashable members and reject unrelated operand types.
try:
    set([[1], [2]])
except TypeError as e:
    print("TypeError:", e)
try:
    set([1]) | [2]
except TypeError as e:
    print("TypeError:", e)
try:
    set([1]) < [1]
except TypeError as e:
    print("TypeError:", e)
try:
    hash(set())
except TypeError as e:
    print("TypeError:", e)
s = set(range(3))
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
frozenset([1]).add(2)
