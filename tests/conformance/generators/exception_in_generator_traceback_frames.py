# An exception escaping a generator: the traceback's last entry is in the generator.
def gen():
    yield 1
    1 / 0

g = gen()
next(g)
try:
    next(g)
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
