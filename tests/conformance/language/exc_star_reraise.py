# except* handlers that raise: a bare `raise` re-raises its part with the
# original nesting; new exceptions are collected, chained to the part being
# handled, and raised together with what was not handled.
def tree(e, depth=0):
    pad = "  " * depth
    if isinstance(e, BaseExceptionGroup):
        print(pad + type(e).__name__ + "(" + repr(e.message) + ")")
        for sub in e.exceptions:
            tree(sub, depth + 1)
    else:
        ctx = e.__context__
        print(pad + repr(e) + ("  context=" + repr(ctx) if ctx is not None else ""))

def run(label, body):
    print("--", label)
    try:
        body()
    except BaseException as e:
        print("escaped:")
        tree(e, 1)
    else:
        print("nothing escaped")

def bare_reraise():
    try:
        raise ExceptionGroup("orig", [ValueError(1), ExceptionGroup("sub", [ValueError(2), TypeError(3)])])
    except* ValueError:
        raise
run("bare raise keeps the structure", bare_reraise)

def reraise_all():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise
run("both parts re-raised", reraise_all)

def raise_new():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
run("new exception plus unhandled rest", raise_new)

def raise_new_only():
    try:
        raise ExceptionGroup("orig", [ValueError(1)])
    except* ValueError:
        raise KeyError("only")
run("a single new exception is raised alone", raise_new_only)

def raise_new_and_reraise():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise RuntimeError("from handler")
    except* TypeError:
        raise
run("new, re-raised and unhandled together", raise_new_and_reraise)

def raise_group():
    try:
        raise ExceptionGroup("orig", [ValueError(1)])
    except* ValueError as e:
        raise ExceptionGroup("replacement", [IndexError(9)]) from e
run("raise a new group from the part", raise_group)

def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
run("naked exception re-raised comes out wrapped", naked_reraise)

def naked_new():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("replacement")
run("naked exception replaced", naked_new)

def raise_part():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
run("raise e (not bare) counts as new", raise_part)

def nested():
    try:
        try:
            raise ExceptionGroup("orig", [ValueError(1), TypeError(2), KeyError(3)])
        except* ValueError:
            print("inner handled ValueError")
        except* TypeError:
            raise
    except* TypeError as e:
        print("outer got", repr(e))
    except* KeyError as e:
        print("outer got keys", repr(e))
run("nested try/except*", nested)

def base_group():
    try:
        raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
    except* ValueError as e:
        print("handler:", type(e).__name__, repr(e))
run("BaseExceptionGroup split", base_group)

def with_finally():
    try:
        try:
            raise ExceptionGroup("orig", [ValueError(1), TypeError(2)])
        except* ValueError:
            raise OSError("handler")
        finally:
            print("finally runs")
    except ExceptionGroup as e:
        print("outer except:", repr(e))
        raise
run("finally runs before propagation", with_finally)
