# Native iterators expose __next__ and __iter__ as methods, as CPython's slot
# wrappers do: it.__next__ can be stored and called, raises StopIteration at
# the end, and __iter__ returns the iterator itself.
import itertools

nxt = itertools.count(1).__next__
print(nxt(), nxt(), nxt())

def gen():
    yield "g1"
    yield "g2"

samples = [
    ("list_iterator", iter([1, 2])),
    ("tuple_iterator", iter((1, 2))),
    ("range_iterator", iter(range(2))),
    ("str_ascii_iterator", iter("ab")),
    ("dict_keyiterator", iter({"a": 1, "b": 2})),
    ("dict_valueiterator", iter({"a": 1}.values())),
    ("dict_itemiterator", iter({"a": 1}.items())),
    ("set_iterator", iter({7})),
    ("map", map(abs, [-1, -2])),
    ("zip", zip("ab", "cd")),
    ("filter", filter(None, [0, 1, 2])),
    ("enumerate", enumerate("xy")),
    ("reversed", reversed([1, 2])),
    ("generator", gen()),
    ("count", itertools.count(5)),
    ("cycle", itertools.cycle("ab")),
    ("repeat", itertools.repeat(0, 2)),
    ("chain", itertools.chain([1], [2])),
    ("islice", itertools.islice(range(10), 2)),
]
for label, it in samples:
    first = it.__next__()
    same = it.__iter__() is it
    print(label, repr(first), same, hasattr(it, "__next__"), callable(it.__next__))

it = iter([1])
print(it.__next__())
try:
    it.__next__()
except StopIteration as e:
    print("StopIteration", e.args)

# __next__ reached through the type, as library code does
it = iter("xyz")
print(type(it).__next__(it), type(it).__iter__(it) is it)
print(next(it), list(it))

# the bound method keeps working as the iterator advances
it = map(str.upper, "abc")
step = it.__next__
print([step() for _ in range(3)])
try:
    step()
except StopIteration:
    print("exhausted")

# iterables that are not iterators have __iter__ but no __next__
print(hasattr([], "__iter__"), hasattr([], "__next__"), hasattr(range(3), "__next__"))
print(list([5, 6].__iter__()), list(range(3).__iter__()), sorted({3, 1}.__iter__()))
print(list("hi".__iter__()), list({"k": 0}.__iter__()))

# iterators written in Python are unchanged
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

c = Countdown(3)
print(c.__next__(), list(c))
