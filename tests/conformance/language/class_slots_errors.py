# What __slots__ refuses, with CPython's messages, and what a member
# descriptor says about itself.
import weakref


def attempt(label, make):
    try:
        make()
        print(label, 'ok')
    except (TypeError, ValueError, AttributeError) as e:
        print(label, type(e).__name__, e)


class P:
    __slots__ = ('y', 'x', '__z')


p = P()
attempt('del unset', lambda: delattr(p, 'x'))
print(list(P.__dict__))
print(P._P__z, repr(P.x), type(P.x).__name__, P.x.__name__, P.x.__objclass__.__name__)


def conflict():
    class Q:
        __slots__ = ('a',)
        a = 1


def int_base():
    class R(int):
        __slots__ = ('a',)


def not_str():
    class S:
        __slots__ = (1,)


def not_identifier():
    class S:
        __slots__ = ('1a',)


def dict_twice():
    class S:
        __slots__ = ('__dict__', '__dict__')


class A:
    __slots__ = ('a',)


class B:
    __slots__ = ('b',)


def layout_conflict():
    class C(A, B):
        pass


attempt('class variable', conflict)
attempt('int base', int_base)
attempt('not a string', not_str)
attempt('not an identifier', not_identifier)
attempt('__dict__ twice', dict_twice)
attempt('two layouts', layout_conflict)


class D(A):
    pass


d = D()
d.q = 1
print(d.__dict__)
attempt('wrong instance', lambda: P.x.__get__(d))
attempt('new attribute', lambda: setattr(p, 'w', 1))
attempt('__dict__', lambda: p.__dict__)
attempt('weakref', lambda: weakref.ref(p))


class Solo:
    __slots__ = 'solo'


print(Solo.__slots__, Solo.solo, hasattr(Solo(), '__weakref__'))


class Twice:
    __slots__ = ['a', 'a']


t = Twice()
t.a = 3
print(Twice.__slots__, t.a)


# __class__ may move an instance only between classes with the same slots.
class XY:
    __slots__ = ('x', 'y')


class YX:
    __slots__ = ('y', 'x')


class XZ:
    __slots__ = ('x', 'z')


moved = XY()
moved.x = 1
moved.__class__ = YX
print(type(moved).__name__, moved.x)
attempt('other slots', lambda: setattr(moved, '__class__', XZ))
attempt('a dict', lambda: setattr(moved, '__class__', D))
