# Generators created in one order and bound to globals in the other.
def gen(name):
    try:
        yield
    finally:
        print("closing", name)

tmp = [gen("a"), gen("b"), gen("c")]
for g in tmp:
    next(g)
z = tmp[2]
y = tmp[1]
x = tmp[0]
del tmp, g
print("end")
