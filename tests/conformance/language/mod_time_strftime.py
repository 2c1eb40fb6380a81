import time
print(time.strftime("%Y-%m-%d %H:%M:%S"))
t = time.gmtime(1700000000)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %y %Z %z %%", t))
print(time.strftime("%c | %x | %X", t))
print(time.strftime("%I:%M %p, %U %W %w %u %e %D %F %T %R %C %G %V", t))
print(time.strftime("%-d/%-m %_H %Q %", t))
print(time.strftime("%a %d %b", (2024, 2, 29, 12, 0, 0, 3, 60, 0)), time.strftime("%Z|%z", (2024, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime("", t), time.strftime("plain text", t))
for stamp in [0, 86400 * 31, 946684799, 1e9, 2 ** 31]:
    print(time.strftime("%Y-%m-%dT%H:%M:%S %j %U", time.gmtime(stamp)))
for bad in [lambda: time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.strftime(5),
            lambda: time.strftime("%Y", [2020, 1, 1, 0, 0, 0, 0, 1, 0]), lambda: time.strftime("%Y", (2020, 1))]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
