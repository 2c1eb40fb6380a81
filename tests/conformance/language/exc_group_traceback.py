# How the traceback module lays out exception groups (the same text an
# uncaught group prints on stderr): nested boxes, chained exceptions inside
# them, and the limits on width (15 members) and depth (10 levels).
import traceback

def show(exc):
    print("".join(traceback.format_exception(exc)), end="")
    print("=" * 20)

def fail(cls, msg):
    raise cls(msg)

def group():
    errors = []
    for cls, msg in [(ValueError, "bad value"), (TypeError, "bad type")]:
        try:
            fail(cls, msg)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("two problems", errors)

try:
    group()
except ExceptionGroup as e:
    show(e)
    pieces = traceback.format_exception(e)
    print(repr(pieces[0]), repr(pieces[-1]))
    print(traceback.format_exception_only(e))

# members that are groups, a member with a context, and notes
try:
    try:
        raise KeyError("first")
    except KeyError:
        inner = ExceptionGroup("inner", [OSError("disk"), IndexError(3)])
        inner.add_note("a note on the inner group")
        raise ExceptionGroup("outer", [inner, RuntimeError("late")])
except ExceptionGroup as e:
    show(e)

# groups never raised have no traceback lines
show(BaseExceptionGroup("plain", [ValueError(1), BaseExceptionGroup("base", [KeyboardInterrupt()])]))

# except* output: what the handlers raised next to the unhandled rest
try:
    try:
        raise ExceptionGroup("batch", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise LookupError("replacement")
except ExceptionGroup as e:
    show(e)

# more than 15 members, and nesting deeper than 10 levels
show(ExceptionGroup("wide", [ValueError(i) for i in range(17)]))
deep = ValueError("bottom")
for level in range(12):
    deep = ExceptionGroup("level %d" % level, [deep])
show(deep)
print(traceback.format_exception(deep, chain=False)[-1], end="")
