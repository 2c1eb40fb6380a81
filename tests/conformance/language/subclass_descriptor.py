# Descriptors written in Python: __get__ and __set__ on a class attribute
class Positive:
    def __init__(self, name):
        self.name = "_" + name

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        setattr(obj, self.name, value)

class Rect:
    width = Positive("width")
    height = Positive("height")

    def __init__(self, w, h):
        self.width = w
        self.height = h

    def area(self):
        return self.width * self.height

r = Rect(3, 4)
print(r.width, r.height, r.area())
r.width = 10
print(r.area(), sorted(vars(r)))
try:
    r.height = -1
except ValueError as e:
    print("ValueError:", e)
print(type(Rect.width).__name__)
