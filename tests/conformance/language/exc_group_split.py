# BaseExceptionGroup.subgroup / split / derive: matching by type, tuple of types
# and predicate; nesting is kept; metadata (__traceback__, __cause__,
# __context__, __notes__) is copied to the parts; derive() of a subclass;
# ExceptionGroup[...] in annotations.
def show(label, eg):
    if eg is None:
        print(label, None)
        return
    def tree(e, depth):
        pad = "  " * depth
        if isinstance(e, BaseExceptionGroup):
            print(pad + type(e).__name__ + "(" + repr(e.message) + ")")
            for sub in e.exceptions:
                tree(sub, depth + 1)
        else:
            print(pad + repr(e))
    print(label)
    tree(eg, 1)

v1, v2, t1, k1 = ValueError(1), ValueError(2), TypeError(3), KeyError(4)
eg = ExceptionGroup("top", [v1, ExceptionGroup("mid", [t1, v2]), k1])

show("subgroup ValueError", eg.subgroup(ValueError))
show("subgroup (TypeError, KeyError)", eg.subgroup((TypeError, KeyError)))
show("subgroup OSError", eg.subgroup(OSError))
print(eg.subgroup(Exception) is eg, eg.subgroup(ExceptionGroup) is eg)
show("subgroup predicate", eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
print(eg.subgroup(lambda e: e is eg) is eg)
match, rest = eg.split(ValueError)
show("split match", match)
show("split rest", rest)
print(match.exceptions[0] is v1, match.exceptions[1].exceptions[0] is v2)
match, rest = eg.split(LookupError)
show("split LookupError match", match)
show("split LookupError rest", rest)
print(eg.split(ArithmeticError)[0], eg.split(ArithmeticError)[1] is eg)
print(eg.split(Exception)[0] is eg, eg.split(Exception)[1])

for bad in (42, "ValueError", (ValueError, 1), [ValueError], int):
    try:
        eg.split(bad)
    except TypeError as err:
        print("TypeError:", err)

# metadata is copied to the derived parts
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("meta", [ValueError("a"), TypeError("b")]) from OSError("cause")
except ExceptionGroup as caught:
    caught.add_note("note 1")
    m, r = caught.split(ValueError)
    print(m.__traceback__ is caught.__traceback__, m.__cause__ is caught.__cause__,
          repr(m.__context__), m.__suppress_context__)
    print(m.__notes__, r.__notes__, m.__notes__ is caught.__notes__)

# derive builds a plain group; a subclass can override it
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message.upper(), excs)

mg = MyGroup("mine", [ValueError("x"), TypeError("y")])
print(type(mg).__name__, repr(mg), mg)
print(type(mg.subgroup(ValueError)).__name__, mg.subgroup(ValueError).message)
d = eg.derive([OSError("d")])
print(type(d).__name__, repr(d))
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()]).derive([ValueError()])).__name__)

class Plain(ExceptionGroup):
    pass

p = Plain("plain", [ValueError(), TypeError()])
print(type(p.split(ValueError)[0]).__name__, type(p.split(ValueError)[1]).__name__)

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42

try:
    BadDerive("bad", [ValueError(), TypeError()]).split(ValueError)
except TypeError as err:
    print("TypeError:", err)

# a subclass with extra constructor arguments overrides __new__
class CodeGroup(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj
    def derive(self, excs):
        return CodeGroup(self.message, excs, self.code)

cg = CodeGroup("coded", [ValueError(), KeyError()], 7)
print(cg.code, cg.message, len(cg.exceptions), type(cg.subgroup(KeyError)).__name__, cg.subgroup(KeyError).code)

# subscripting the classes makes generic aliases (PEP 585), as in annotations
def handler(group: ExceptionGroup[OSError]) -> BaseExceptionGroup[KeyboardInterrupt]:
    pass

print(handler.__annotations__)
alias = ExceptionGroup[ValueError, TypeError]
print(alias, alias.__origin__ is ExceptionGroup, alias.__args__)
print(CodeGroup[KeyError])
