# The caret lines CPython 3.11 prints under the failing part of a source line.
import traceback


def show(f):
    try:
        f()
    except Exception:
        text = traceback.format_exc().replace(__file__, "PROG")
        # Only the frame of f and the exception line.
        print("\n".join(text.splitlines()[3:]))


def binop():
    x = 1
    y = x / 0


def binop_whole_line():
    1 / 0


def binop_spaces():
    y = 3
    z = y   //   0


def binop_paren():
    z = (3) % 0


def binop_chain():
    a, b = 1, "s"
    c = a + a + b


def binop_power():
    r = 10 ** "2"


def subscript():
    d = {"a": {"b": None}}
    d["a"]["b"]["c"]


def subscript_spaces():
    xs = [1, 2]
    v = xs [ 5 ] + 1


def call():
    v = int("z") + 1


def call_method():
    s = "abc"
    s.upper().nope()


def attribute():
    o = None
    v = o.attr


def multi_line():
    v = 2
    r = (v
         + "s")


def multi_line_call():
    r = max(
        [])


def name_error():
    v = 1 + undefined_name


def unicode_line():
    s = "héllo wörld"; n = s.upper() + 5


def wide_chars():
    s = "日本語"; n = s + 1


def assert_fail():
    assert 1 > 2, "nope"


def raise_stmt():
    raise ValueError("whole line")


def for_loop():
    for i in 5:
        pass


def comprehension():
    return [x / 0 for x in range(3)]


def unpacking():
    a, b = [1, 2, 3]


def with_stmt():
    with 5:
        pass


def lambda_call():
    f = lambda: 1 / 0
    v = f()


def tab_indented():
	v = {}["tab"]


for fn in (binop, binop_whole_line, binop_spaces, binop_paren, binop_chain, binop_power,
           subscript, subscript_spaces, call, call_method, attribute, multi_line,
           multi_line_call, name_error, unicode_line, wide_chars, assert_fail,
           raise_stmt, for_loop, comprehension, unpacking, with_stmt, lambda_call,
           tab_indented):
    print("--", fn.__name__)
    show(fn)
