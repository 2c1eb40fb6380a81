# namedtuple: field strings, defaults, _make and argument errors
from collections import namedtuple

Color = namedtuple("Color", "red green blue")
print(Color(255, 128, 0))
Version = namedtuple("Version", "major, minor, patch", defaults=[0, 0])
print(Version(3), Version(3, 11), Version(3, 11, 7))
print(Version._field_defaults)
Account = namedtuple("Account", ["owner", "balance"], defaults=[0])
print(Account("ann"), Account("bob", 10))
try:
    Color(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    Color(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    Color(1, 2, 3, alpha=4)
except TypeError as e:
    print("TypeError:", e)
try:
    Color._make([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    Color(1, 2, 3)._replace(alpha=1)
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple("Bad", ["ok", "_hidden"])
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple("Bad", ["a", "a"])
except ValueError as e:
    print("ValueError:", e)
print(namedtuple("R", ["a", "def", "a"], rename=True)._fields)
Color()
