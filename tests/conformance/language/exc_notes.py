# BaseException.add_note and __notes__ (3.11), with_traceback, and the
# uncaught-exception line, which does not show the notes.
e = ValueError("v")
print(hasattr(e, "__notes__"))
print(e.add_note("first"))
e.add_note("second")
print(e.__notes__, type(e.__notes__).__name__)
print(e.__dict__)
try:
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)
try:
    e.add_note()
except TypeError as err:
    print("TypeError:", err)
e.__notes__ = ("not", "a list")
try:
    e.add_note("third")
except TypeError as err:
    print("TypeError:", err)
del e.__notes__
e.add_note("fresh")
print(e.__notes__)

eg = ExceptionGroup("g", [TypeError()])
eg.add_note("group note")
print(eg.__notes__, eg.exceptions[0].__dict__)

class Custom(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code

c = Custom(5)
c.add_note("hint")
print(c.code, c.args, c.__notes__, sorted(c.__dict__))

def f():
    raise KeyError("k")

try:
    f()
except KeyError as err:
    tb = err.__traceback__
    fresh = RuntimeError("again")
    print(fresh.with_traceback(tb) is fresh, fresh.__traceback__ is tb)
    print(fresh.with_traceback(None).__traceback__)
    try:
        fresh.with_traceback(5)
    except TypeError as err2:
        print("TypeError:", err2)

x = RuntimeError("bad")
x.add_note("this note is not on the last line")
raise x
