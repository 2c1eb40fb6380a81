import time
t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t.tm_zone, t.tm_gmtoff)
print(t[0], t[-1], len(t), list(t[:3]), tuple(t) == (1970, 1, 1, 0, 0, 0, 3, 1, 0))
print(time.gmtime(1234567890))
print(time.localtime(951782400.9))
print(time.gmtime(-86401.5))
print(time.localtime(), time.localtime().tm_zone)
y, m, d, *rest = time.gmtime(10 ** 9)
print(y, m, d, rest)
print(type(t), isinstance(t, tuple), time.struct_time((2000, 1, 2, 3, 4, 5, 6, 7, 0)))
for bad in [lambda: time.gmtime("x"), lambda: time.gmtime(float("nan")), lambda: time.gmtime(2 ** 80),
            lambda: time.struct_time((1, 2)), lambda: t.tm_nope]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError, AttributeError) as e:
        print(type(e).__name__, e)
