# SystemExit.code: the one argument, None without any, the tuple of several;
# an assigned code wins.
try:
    raise SystemExit(3)
except SystemExit as e:
    print(e.code, e.args)
print(SystemExit().code, SystemExit('bye').code, SystemExit(1, 2).code)
e = SystemExit(4)
e.code = 'changed'
print(e.code, e.args)


class Quit(SystemExit):
    pass


print(Quit(7).code)
