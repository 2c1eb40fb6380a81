# A Sequence from __getitem__ and __len__: iteration, in, reversed, index, count
from collections.abc import Sequence, MutableSequence

class Squares(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("out of range")
        return i * i

s = Squares(6)
print(list(s), len(s), s[-1])
print(16 in s, 17 in s)
print(list(reversed(s)))
print(s.index(9), s.count(4), s.count(5))
try:
    s.index(7)
except ValueError:
    print("7 is not a square here")

class Stack(MutableSequence):
    def __init__(self):
        self._items = []
    def __len__(self):
        return len(self._items)
    def __getitem__(self, i):
        return self._items[i]
    def __setitem__(self, i, v):
        self._items[i] = v
    def __delitem__(self, i):
        del self._items[i]
    def insert(self, i, v):
        self._items.insert(i, v)

st = Stack()
st.append(1)
st.extend([2, 3, 4])
print(list(st), st.pop(), st.pop(0), list(st))
st.reverse()
st += [9]
st.remove(2)
print(list(st), isinstance(st, Sequence))
