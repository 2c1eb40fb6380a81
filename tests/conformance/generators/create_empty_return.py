# A generator that returns before its first yield stops at once.
def gen(flag):
    if flag:
        return
    yield "never"

print(list(gen(True)))
g = gen(True)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(list(gen(False)))
