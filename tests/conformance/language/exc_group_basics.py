# ExceptionGroup / BaseExceptionGroup: construction, checks, message, exceptions,
# str and repr, and which class BaseExceptionGroup(...) actually returns.
eg = ExceptionGroup("many", [ValueError(1), TypeError("t")])
print(type(eg).__name__, eg.message, eg.exceptions, eg.args)
print(str(eg))
print(repr(eg))
print(type(eg.exceptions).__name__, len(eg.exceptions))
one = ExceptionGroup("one", (KeyError("k"),))
print(str(one), repr(one))

b = BaseExceptionGroup("all plain", [ValueError(), OSError()])
print(type(b).__name__, isinstance(b, Exception), isinstance(b, ExceptionGroup))
b = BaseExceptionGroup("has base", [ValueError(), KeyboardInterrupt()])
print(type(b).__name__, isinstance(b, Exception), str(b))
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2)])])
print(nested, nested.exceptions[1].exceptions)

checks = [
    lambda: ExceptionGroup("m", ValueError()),
    lambda: ExceptionGroup("m", []),
    lambda: ExceptionGroup("m", ()),
    lambda: ExceptionGroup("m", [ValueError(), 42]),
    lambda: ExceptionGroup("m", [ValueError, TypeError()]),
    lambda: ExceptionGroup("m", [KeyboardInterrupt()]),
    lambda: ExceptionGroup(42, [ValueError()]),
    lambda: ExceptionGroup("m"),
    lambda: ExceptionGroup(),
    lambda: ExceptionGroup("m", [ValueError()], 3),
    lambda: ExceptionGroup("m", {ValueError()}),
    lambda: ExceptionGroup("m", None),
    lambda: BaseExceptionGroup("m", [SystemExit(), 1.5]),
    lambda: ExceptionGroup("m", exceptions=[ValueError()]),
]
for check in checks:
    try:
        check()
        print("no error")
    except (TypeError, ValueError) as err:
        print(type(err).__name__ + ":", err)

# exceptions and message are read-only
try:
    eg.message = "x"
except AttributeError as err:
    print("AttributeError:", err)
try:
    eg.exceptions = ()
except AttributeError as err:
    print("AttributeError:", err)

# a generator of exceptions is not a sequence
try:
    ExceptionGroup("gen", (e for e in [ValueError()]))
except TypeError as err:
    print("TypeError:", err)

# a list argument is copied into a tuple
items = [ValueError("a")]
eg = ExceptionGroup("copy", items)
items.append(TypeError("b"))
print(len(eg.exceptions), eg.args[1] is items)

try:
    raise ExceptionGroup("raised", [ZeroDivisionError("z")])
except ExceptionGroup as caught:
    print("caught", repr(caught), caught.exceptions[0].__traceback__)
except Exception:
    print("wrong handler")

try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt()])
except Exception:
    print("wrong handler")
except BaseExceptionGroup as caught:
    print("caught base group", caught)

raise ExceptionGroup("final", [ValueError(1), TypeError(2)])
