# traceback.format_exception_only and the exception line of user exceptions.
import traceback


class MyError(Exception):
    pass


class WithStr(Exception):
    def __str__(self):
        return "custom text"


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no")


class Pair(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)


print(traceback.format_exception_only(MyError("x")))
print(traceback.format_exception_only(MyError()))
print(traceback.format_exception_only(MyError("")))
print(traceback.format_exception_only(WithStr()))
print(traceback.format_exception_only(BadStr()))
print(traceback.format_exception_only(Pair(1, "two")))
print(traceback.format_exception_only(KeyError("k")))
print(traceback.format_exception_only(KeyError()))
print(traceback.format_exception_only(StopIteration(3)))
print(traceback.format_exception_only(ValueError, ValueError("old style")))
print(traceback.format_exception_only(None))

try:
    raise KeyboardInterrupt
except BaseException as e:
    print(traceback.format_exception_only(e))

te = traceback.TracebackException.from_exception(MyError("z"))
print(list(te.format()), str(te), te.exc_type.__name__)
te2 = traceback.TracebackException(type(te), None, None)
print(list(te2.format_exception_only()))
try:
    traceback.format_exception(ValueError("v"), ValueError("v"))
except ValueError as e:
    print(e)
try:
    traceback.format_exception(42)
except TypeError as e:
    print(e)

e = SyntaxError("bad thing", ("dir/prog.py", 3, 7, "  x = = 1\n", 3, 8))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print(str(e), e.args[0])
print(traceback.format_exception_only(e))
e = SyntaxError("only message")
print(str(e), e.lineno, e.filename)
print(traceback.format_exception_only(e))
e = IndentationError("unexpected indent", ("m.py", 2, 4, "    y\n"))
print(traceback.format_exception_only(e))
print(str(SyntaxError("m", (None, 4, None, None))))

e = ValueError("v")
e.add_note("note 1")
e.add_note("two\nlines")
print(e.__notes__)
print(traceback.format_exception_only(e))
try:
    e.add_note(3)
except TypeError as err:
    print(err)
try:
    raise KeyError("k")
except KeyError as err:
    err.add_note("while looking up")
    print(traceback.format_exception_only(err))
