# print() writes to whatever sys.stdout is now; StringIO; contextlib.redirect_stdout.
import contextlib
import io
import sys


class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, s):
        self.calls.append(s)
        return len(s)

    def flush(self):
        self.calls.append("<flush>")


rec = Recorder()
print("to", "recorder", sep="-", end="!\n", file=rec)
print(file=rec)
print(1, 2, 3, file=rec, flush=True)
print(rec.calls)

old = sys.stdout
sys.stdout = rec
print("captured", 42)
sys.stdout.write("direct\n")
sys.stdout = old
print("back", rec.calls[-3:])

buf = io.StringIO()
with contextlib.redirect_stdout(buf) as target:
    print("inside", target is buf)
    print("second line")
print(repr(buf.getvalue()))
print(sys.stdout is old)

err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
    sys.stderr.write("raw\n")
print(repr(err.getvalue()))

outer, inner = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(outer):
    print("a")
    with contextlib.redirect_stdout(inner):
        print("b")
    print("c")
print(repr(outer.getvalue()), repr(inner.getvalue()))


class Bad:
    def __str__(self):
        raise ValueError("no str")


try:
    print("before", Bad(), "after", file=rec)
except ValueError as e:
    print("error:", e, rec.calls[-2:])

sys.stdout = None
print("dropped")
sys.stdout = old
print("restored")

try:
    print("x", file=42)
except AttributeError as e:
    print(e)
try:
    print("x", sep=3)
except TypeError as e:
    print(e)
print("a", "b", sep=None, end=None)
print(sys.stdout.write("abc\n"))
print(type(sys.stdout).__name__, sys.stdout.name, sys.stderr.name)
