# % conversions check the type of their argument
def attempt(fmt, value):
    try:
        print(fmt % value)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

attempt("%x", 1.5)
attempt("%f", "1.5")
attempt("%c", "ab")
attempt("%c", 1114112)
attempt("%z", 1)
attempt("%", 1)
attempt("abc %", 1)
attempt("%(key)s", 1)
attempt("%*d", ("a", 1))
attempt("%d", float("nan"))
attempt("%d", [1])
print("%d" % "42")
