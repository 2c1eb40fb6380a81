# issubclass with collections.abc for built-in and user classes
import collections.abc as cabc

print(issubclass(list, cabc.Iterable), issubclass(list, cabc.Iterator))
print(issubclass(type(iter([])), cabc.Iterator), issubclass(type(iter("")), cabc.Iterator))
print(issubclass(dict, cabc.Mapping), issubclass(dict, cabc.Sequence))
print(issubclass(str, (cabc.Mapping, cabc.Sequence)))
print(issubclass(bool, cabc.Hashable), issubclass(list, cabc.Hashable))

class MyList(list):
    pass

class MyDict(dict):
    pass

print(issubclass(MyList, cabc.MutableSequence), issubclass(MyDict, cabc.MutableMapping))
print(isinstance(MyList(), cabc.Sequence), isinstance(MyDict(), cabc.Mapping))
print(isinstance(MyList(), list), isinstance(MyDict(), dict))
try:
    issubclass(5, cabc.Iterable)
except TypeError as e:
    print("TypeError:", e)
import collections
print(collections.abc.Sized is cabc.Sized)
