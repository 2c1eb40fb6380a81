import itertools
class Source:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(itertools.islice("ABCDEFG", 2)), list(itertools.islice("ABCDEFG", 2, 4)))
print(list(itertools.islice("ABCDEFG", 2, None)), list(itertools.islice("ABCDEFG", 0, None, 2)))
print(list(itertools.islice(range(100), 10, 30, 7)), list(itertools.islice([], 3)))
s = Source(20)
print(list(itertools.islice(s, 3, 8, 2)), s.i)
print(list(itertools.islice(s, 2)), s.i)
s2 = Source(5)
print(list(itertools.islice(s2, 0)), s2.i, list(itertools.islice(s2, 10)), s2.i)
print(list(itertools.islice(itertools.count(), 5, 10)))
for args in [(-1,), (1, -1), (0, 5, 0), ("a",), (None, None, None)]:
    try:
        print(list(itertools.islice("abc", *args)))
    except ValueError as e:
        print("ValueError", e)
