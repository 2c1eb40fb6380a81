# errors raised while parsing format strings
def show(e):
    print(type(e).__name__ + ":", e)

def attempt(fmt):
    try:
        print(repr(fmt.format()))
    except (ValueError, IndexError, KeyError) as e:
        show(e)

def attempt1(fmt, a):
    try:
        print(repr(fmt.format(a)))
    except (ValueError, IndexError, KeyError) as e:
        show(e)

attempt("{")
attempt("}")
attempt("x{0")
attempt1("{0!}", 1)
attempt1("{0!r", 1)
attempt1("{0!rs}", 1)
attempt1("{0[}", 1)
attempt1("{0.}", 1)
attempt1("{0[]}", 1)
attempt1("{0[1]x}", "ab")
attempt("{name}")
attempt1("{:d}", "text")
attempt1("{:s}", 5)
try:
    "{:{:{}}}".format(1, 2, 3)
except ValueError as e:
    show(e)
print("{} {}".format(1))
