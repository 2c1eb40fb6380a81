# Arguments are bound when the generator is created, even though the body waits.
def arg(name):
    print("evaluating", name)
    return name

def gen(a, b=arg("default")):
    print("body sees", a, b)
    yield a + b

print("defining done")
g = gen(arg("x"), arg("y"))
print("generator made")
print(next(g))
