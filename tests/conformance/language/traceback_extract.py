# traceback.extract_tb / extract_stack, FrameSummary, StackSummary and the print_* functions.
import sys
import traceback


def norm(text):
    if isinstance(text, list):
        return [norm(t) for t in text]
    return text.replace(__file__, "PROG")


class Out:
    """A file-like object collecting what print_* writes."""
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def text(self):
        return norm("".join(self.parts))


def f(a, b=2):
    c = a + b
    raise RuntimeError(c)


try:
    f(1)
except RuntimeError as e:
    tb = e.__traceback__
    summary = traceback.extract_tb(tb)
    print(type(summary).__name__, isinstance(summary, list), len(summary))
    for fs in summary:
        print(norm(repr(fs)), fs.lineno, fs.name, repr(fs.line), fs.colno, fs.end_colno, fs.end_lineno, len(fs))
        filename, lineno, name, line = fs
        print(filename == __file__, lineno, name, line, fs[2], fs[-1])
    print(summary[1] == (__file__, 27, "f", "raise RuntimeError(c)"))
    print(summary[0] == summary[0], summary[0] == summary[1])
    print(norm(traceback.format_list(summary)))
    print(norm(traceback.format_tb(tb)))
    print(norm(traceback.format_tb(tb, limit=1)))
    for frame, lineno in traceback.walk_tb(tb):
        print(frame.f_code.co_name, lineno)
    te = traceback.TracebackException.from_exception(e, capture_locals=True, limit=-1)
    print(norm("".join(te.format())))
    out = Out()
    traceback.print_tb(tb, file=out)
    print(out.text())
    out = Out()
    traceback.print_exception(e, file=out)
    print(out.text())
    out = Out()
    traceback.print_exception(type(e), e, tb, limit=1, file=out)
    print(out.text())
    out = Out()
    traceback.print_exc(file=out)
    print(out.text())
    out = Out()
    traceback.print_exc(file=out, limit=-1)
    print(out.text())

print(traceback.format_list([("x.py", 3, "g", "  pass  "), ("y.py", 4, "h", None)]))
traceback.print_list([("x.py", 3, "g", "pass")], file=sys.stdout)
fs = traceback.FrameSummary("x.py", 3, "g", line="y = 1")
print(fs.line, fs.lineno, fs.locals, fs == traceback.FrameSummary("x.py", 3, "g"))
fs = traceback.FrameSummary(__file__, 26, "f")
print(repr(fs.line))
fs = traceback.FrameSummary("nowhere.py", 3, "g")
print(repr(fs.line))
fs = traceback.FrameSummary("x.py", 1, "g", locals={"n": 1, "s": "t"}, line="pass")
print(traceback.StackSummary.from_list([fs]).format())


def a():
    return b()


def b():
    out = Out()
    traceback.print_stack(file=out, limit=2)
    print(out.text())
    print(norm(traceback.format_stack(limit=2)))
    st = traceback.extract_stack(limit=3)
    print(len(st), [s.name for s in st], st[-1].line, st[-1].colno)
    print(norm(traceback.format_stack(sys._getframe(1), limit=1)))
    return 1


a()
print(sys._getframe().f_code.co_name)
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)
