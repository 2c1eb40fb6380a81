# try/except* (PEP 654): each handler gets the matching part as a group, the
# rest moves on to the next handler, and what is left is raised at the end.
def tree(e, depth=0):
    pad = "  " * depth
    if isinstance(e, BaseExceptionGroup):
        print(pad + type(e).__name__ + "(" + repr(e.message) + ")")
        for sub in e.exceptions:
            tree(sub, depth + 1)
    else:
        print(pad + repr(e))

print("-- two handlers")
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    print("ValueError handler:", repr(e), type(e).__name__)
except* TypeError as e:
    print("TypeError handler:", repr(e))

print("-- naked exception is wrapped")
try:
    raise KeyError("naked")
except* LookupError as e:
    print(type(e).__name__, repr(e.message), e.exceptions, e.__traceback__ is not None)

print("-- tuple of types, handler without name")
try:
    raise ExceptionGroup("eg", [OSError("o"), ZeroDivisionError("z")])
except* (OSError, ArithmeticError):
    print("tuple handler ran once")

print("-- unmatched rest propagates")
try:
    try:
        raise ExceptionGroup("outer", [ValueError("v"), TypeError("t"), ExceptionGroup("in", [KeyError("k")])])
    except* ValueError as e:
        print("handled", e.exceptions)
    except* KeyError as e:
        print("handled keys:"); tree(e)
except ExceptionGroup as rest:
    print("rest:"); tree(rest)

print("-- a handler that does not match never runs")
try:
    try:
        raise ExceptionGroup("eg", [ValueError()])
    except* TypeError:
        print("never")
except ExceptionGroup as e:
    print("passed through", repr(e))

print("-- naked exception not matched stays naked")
try:
    try:
        raise ValueError("plain")
    except* TypeError:
        print("never")
except ValueError as e:
    print("still naked:", repr(e))

print("-- else and finally")
for fail in (False, True):
    try:
        if fail:
            raise ExceptionGroup("eg", [IndexError()])
        print("body ok")
    except* IndexError as e:
        print("handler", repr(e))
    else:
        print("else")
    finally:
        print("finally")

print("-- the name is unbound after the handler")
try:
    raise ExceptionGroup("eg", [ValueError()])
except* ValueError as err:
    pass
try:
    err
except NameError as ne:
    print("NameError:", ne)

print("-- sys.exc_info() and bare except inside the handler")
import sys
try:
    raise ExceptionGroup("eg", [ValueError("x"), TypeError("y")])
except* ValueError:
    print(repr(sys.exc_info()[1]))
except* TypeError:
    print(repr(sys.exc_info()[1]))
print(sys.exc_info())

print("-- in a loop and a function")
def handle(excs):
    try:
        raise ExceptionGroup("f", excs)
    except* ValueError as e:
        got = len(e.exceptions)
    except* TypeError as e:
        got = -len(e.exceptions)
    return got
for excs in ([ValueError()], [TypeError(), TypeError()], [ValueError(), ValueError(), ValueError()]):
    print(handle(excs))

print("-- everything matched by the first handler")
try:
    raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
except* ValueError as e:
    print("first:", e.exceptions)
except* TypeError:
    print("never")
print("done")
