# Metaclasses, __init_subclass__, __set_name__, __mro_entries__, __class_getitem__,
# class __dict__ (mappingproxy) and assigning dunder methods after class creation.
class Registry(type):
    classes = []

    def __new__(mcs, name, bases, ns, **kwargs):
        ns["registered_as"] = name.lower()
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
        cls.extra = kwargs

    def describe(cls):
        return f"{cls.__name__} via {type(cls).__name__}"

    @property
    def upper_name(cls):
        return cls.__name__.upper()


class Plugin(metaclass=Registry):
    pass


class Audio(Plugin, flavour="loud"):
    pass


print(Registry.classes, Audio.registered_as, Audio.extra, Plugin.extra)
print(type(Audio).__name__, isinstance(Audio, Registry), Audio.describe(), Audio.upper_name)
print(Audio().registered_as)
try:
    Audio().describe()
except AttributeError as e:
    print(e)


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value=0):
        self.value = value


a, b = Config(1), Config(2)
print(a is b, a.value)


class Meta2(type):
    def __repr__(cls):
        return f"<Meta2 class {cls.__name__}>"

    def __len__(cls):
        return 42

    def __getitem__(cls, key):
        return (cls.__name__, key)


class Weird(metaclass=Meta2):
    pass


print(repr(Weird), len(Weird), Weird["k"])
Dyn = Meta2("Dyn", (), {"x": 1})
print(Dyn, Dyn.x)


class Base:
    subclasses = []

    def __init_subclass__(cls, /, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Base.subclasses.append(cls.__name__)


class One(Base, tag="first"):
    pass


class Two(One):
    pass


print(Base.subclasses, One.tag, Two.tag)
try:
    class Bad(object, tag=1):
        pass
except TypeError as e:
    print(e)


class Field:
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__

    def __get__(self, obj, objtype=None):
        return f"{self.owner}.{self.name}"


class Model:
    title = Field()
    body = Field()


print(Model().title, Model.body)


class Wrapper:
    def __mro_entries__(self, bases):
        return (dict,)


class FromWrapper(Wrapper()):
    pass


print(FromWrapper.__mro__, FromWrapper.__orig_bases__[0].__class__.__name__)


class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item!r}"


print(Box[int], Box["x"])
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], list[int]())
alias = dict[str, int]
print(alias.__origin__, alias.__args__, alias == dict[str, int], alias != list[int])
print(int | None, int | str | int, (int | str) == (str | int), None | int)
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None))
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)


class Point:
    x = 1

    def f(self):
        pass


print(type(Point.__dict__).__name__, list(Point.__dict__), Point.__dict__["x"], "f" in Point.__dict__)
print(Point.__doc__, len(Point.__dict__) > 3, Point.__dict__.get("nope", "dflt"))
try:
    Point.__dict__["y"] = 2
except TypeError as e:
    print(e)
Point.__repr__ = lambda self: "Point!"
Point.__eq__ = lambda self, other: True
Point.__len__ = lambda self: 7
print(repr(Point()), Point() == 3, len(Point()))


class SubPoint(Point):
    pass


Point.__str__ = lambda self: "changed later"
print(str(SubPoint()), repr(SubPoint()))
del Point.__len__
try:
    len(Point())
except TypeError as e:
    print(e)
print(Point.__name__, Point.__qualname__, Point.__module__)
Point.__name__ = "Renamed"
print(Point, Point.__name__)
print(Two.__mro__)
print(Plugin.__subclasses__(), type.mro(One))
