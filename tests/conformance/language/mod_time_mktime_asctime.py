import time
print(time.mktime((2020, 1, 1, 0, 0, 0, 0, 1, 0)), time.mktime(time.gmtime(123456789)))
print(time.mktime((2020, 13, 1, 0, 0, 0, 0, 0, 0)), time.mktime((2021, 3, 0, 25, 61, 0, 0, 0, 0)))
print(time.mktime((1969, 12, 31, 23, 59, 59, 0, 0, -1)), time.mktime((2020, 6, 1, 0, 0, 0, 0, 0, 1)))
print(time.asctime(time.gmtime(0)), time.asctime((2024, 7, 4, 9, 5, 3, 3, 186, 0)))
print(time.ctime(0), time.ctime(1e9), time.ctime(1718000000.7))
stamps = [time.mktime(time.localtime(s)) for s in (0, 99999, 1234567890)]
print(stamps)
for bad in [lambda: time.mktime((2020, 1)), lambda: time.asctime((2020, 1, 1, 24, 0, 0, 0, 1, 0)),
            lambda: time.mktime((2020.5, 1, 1, 0, 0, 0, 0, 1, 0)), lambda: time.asctime("x")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
