# Yielding after GeneratorExit is an error: "generator ignored GeneratorExit".
def gen():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring")

g = gen()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(g.gi_suspended)
g = None
print("end")
