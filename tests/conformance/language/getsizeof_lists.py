# sys.getsizeof of lists depends on CPython's allocated capacity, not just the
# length: append over-allocates, list(sized) and literals preallocate exactly.
import sys
from sys import getsizeof

# The classic growth table: when does an appended list reallocate?
items = []
last = None
for i in range(70):
    size = getsizeof(items)
    if size != last:
        print("append", len(items), size)
        last = size
    items.append(i)

print("empty", getsizeof([]), getsizeof(list()), [].__sizeof__())
a, b, c = 1, 2, 3
print("literals", getsizeof([a]), getsizeof([a, b]), getsizeof([a, b, c]), getsizeof([1, 2, 3]), getsizeof([1, 2, 3, 4, 5]), getsizeof([-1, -2, -3]))

for n in [0, 1, 2, 3, 5, 8, 9, 10, 100, 1000]:
    print(n, "list(range)", getsizeof(list(range(n))), "comprehension", getsizeof([x for x in range(n)]),
          "repeat", getsizeof([0] * n), "from generator", getsizeof(list(x for x in range(n))))

numbers = list(range(20))
print("slice", getsizeof(numbers[:5]), getsizeof(numbers[::2]), getsizeof(numbers[:]))
print("copy", getsizeof(numbers.copy()), "concat", getsizeof(numbers + numbers), "sorted", getsizeof(sorted(numbers)))
print("sorted set", getsizeof(sorted({3, 1, 2})), "list(str)", getsizeof(list("hello")), "list(map)", getsizeof(list(map(str, numbers))))
print("star", getsizeof([*numbers]), getsizeof([0, *numbers]), getsizeof([*range(7)]))
empty = []
print("star with items before", getsizeof([a, *empty]), getsizeof([a, b, c, *range(5)]), getsizeof([a, *numbers, b]))
big_display = [a, b, c, a, b, c, a, b, c, a, b, c, a, b, c, a, b, c, a, b, c, a, b, c, a, b, c, a, b, c, a, b, c]
print("display of", len(big_display), getsizeof(big_display))
first, *rest = numbers
print("starred target", getsizeof(rest))
print("split", getsizeof("a b c".split()), getsizeof("one two".split(maxsplit=1)), getsizeof(" ".join("x" * 30).split()))
print("splitlines", getsizeof("a\nb\nc".splitlines()))

grow = []
grow.extend([1, 2, 3])
print("extend list", getsizeof(grow))
grow.extend(range(10))
print("extend range", getsizeof(grow))
grow += (1, 2)
print("+= tuple", getsizeof(grow))
grow.insert(0, 0)
print("insert", getsizeof(grow))

shrink = list(range(100))
del shrink[10:]
print("del slice", getsizeof(shrink))
shrink.pop()
shrink.pop(0)
print("pop", getsizeof(shrink))
shrink.remove(5)
print("remove", getsizeof(shrink))
shrink[2:4] = []
print("slice assign", getsizeof(shrink))
shrink.clear()
print("clear", getsizeof(shrink))

one = [1]
one.pop()
print("popped empty", getsizeof(one))
one.extend([1, 2, 3])
print("then extend", getsizeof(one))

rep = [1, 2, 3]
alias = rep
rep *= 4
print("*=", getsizeof(rep), alias is rep, len(alias))
rep *= 0
print("*= 0", getsizeof(rep), rep)

drain = list(range(30))
sizes = []
while drain:
    drain.pop()
    sizes.append(getsizeof(drain))
print("draining", sorted(set(sizes)))

class Stack(list):
    pass

stack = Stack()
print("subclass", getsizeof(stack))
stack.extend(range(5))
print("subclass extended", getsizeof(stack))
