# Subclassing a namedtuple to add methods and properties
from collections import namedtuple

class Vector(namedtuple("Vector", "x y")):
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

    def scaled(self, k):
        return self._replace(x=self.x * k, y=self.y * k)

v = Vector(3, 4)
w = Vector(1, 1)
print(v, w)
print(v + w, v.norm2, v.scaled(2))
print(isinstance(v, tuple), len(v), list(v))
print(Vector._fields)
print(Vector.__mro__[1].__name__)
