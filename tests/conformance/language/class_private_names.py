# Private name mangling: __name inside a class body becomes _Class__name.
class Account:
    __count = 0
    __slots_like__ = "dunder names stay"

    def __init__(self, owner, __pin=1234):
        self.owner = owner
        self.__balance = 0
        self.__pin = __pin
        Account.__count += 1

    def __check(self, pin):
        return pin == self.__pin

    def deposit(self, amount, pin):
        if not self.__check(pin):
            raise PermissionError("bad pin")
        self.__balance += amount
        return self.__balance

    def peek(self):
        return [self.__balance for _ in range(2)], (lambda: self.__balance)()

    def call_with_keyword(self):
        try:
            return self.deposit(5, __pin=self.__pin)
        except TypeError as e:
            return str(e)

    @classmethod
    def count(cls):
        return cls.__count


a = Account("ann")
print(a.deposit(10, 1234), a.peek())
print(sorted(a.__dict__))
print(sorted(k for k in Account.__dict__ if "Account" in k or "slots" in k))
print(Account.count(), Account._Account__count)
print(Account._Account__check.__name__, Account._Account__check.__qualname__)
print(Account.__init__.__code__.co_varnames)
print(a.call_with_keyword())
try:
    a.__balance
except AttributeError as e:
    print(e)
try:
    a.deposit(1, 0)
except PermissionError as e:
    print(e)


class _Leading:
    def __init__(self):
        self.__v = 1


class ___:
    def __init__(self):
        self.__v = 1
        self.__ = 2
        self.___ = 3


print(_Leading().__dict__, ___().__dict__)


class Sub(Account):
    def __init__(self):
        super().__init__("sub")
        self.__balance = 99


s = Sub()
print(sorted(s.__dict__.items()))


class Outer:
    class __Inner:
        __z = 1

        def get(self):
            return self.__z

    inner = __Inner()

    def make(self):
        return self.__Inner


print([k for k in Outer.__dict__ if "Inner" in k], Outer._Outer__Inner.__name__, Outer._Outer__Inner.__qualname__)
print(Outer.inner.get(), Outer().make().__name__)


def __helper():
    return "module level"


class UsesGlobal:
    def run(self):
        try:
            return __helper()
        except NameError as e:
            return str(e)

    def declare(self):
        global __shared
        __shared = "set"
        return __shared


print(UsesGlobal().run(), UsesGlobal().declare(), _UsesGlobal__shared)


class Annotated:
    __a: int = 1
    b: str
    print(__annotations__)


class Kw:
    def f(self, *, __k=3):
        return __k


print(Kw.f.__kwdefaults__, Kw().f(_Kw__k=4))
print(getattr(a, "_Account__balance"), hasattr(a, "__balance"))
