class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"Animal({self.name!r})"
class Dog(Animal):
    def speak(self):
        return super().speak() + " (woof)"
    @property
    def upper(self):
        return self.name.upper() if False else self.name + "!"
    @staticmethod
    def create(n):
        return Dog(n)
    @classmethod
    def make(cls, n):
        return cls(n)
d = Dog("Rex")
print(d.speak(), d, Animal.count, d.upper, Dog.create("a").name, Dog.make("b"))
print(isinstance(d, Animal), issubclass(Dog, Animal), type(d).__name__, Dog.__mro__)
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y
    def __len__(self):
        return 2
    def __iter__(self):
        return iter([self.x, self.y])
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
v = Vec(1, 2) + Vec(3, 4)
print(v, v == Vec(4, 6), len(v), list(v))
class MyError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise MyError("bad", 42)
except MyError as e:
    print("caught", e, e.code, e.args)
class Counter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Counter(3)))
raise MyError("final", 1)
