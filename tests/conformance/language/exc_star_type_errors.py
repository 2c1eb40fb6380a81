# except* with a type it may not use: an exception group class (alone or in a
# tuple) and classes that are not exceptions raise TypeError when checked.
def attempt(label, make_type):
    print("--", label)
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* make_type():
            print("handler ran")
    except TypeError as e:
        print("TypeError:", e)
        print("context:", repr(e.__context__))
    except ExceptionGroup as e:
        print("group escaped:", repr(e))

attempt("ExceptionGroup", lambda: ExceptionGroup)
attempt("BaseExceptionGroup", lambda: BaseExceptionGroup)
attempt("a subclass of ExceptionGroup", lambda: type("MyEG", (ExceptionGroup,), {}))
attempt("in a tuple", lambda: (ValueError, ExceptionGroup))
attempt("not an exception class", lambda: int)
attempt("an instance", lambda: ValueError())
attempt("tuple with a non-class", lambda: (ValueError, 3))
attempt("fine", lambda: (KeyError, ValueError))

# A later invalid clause is checked even when the earlier ones took everything.
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError:
    print("first clause took everything")
except* ExceptionGroup:
    print("never")

