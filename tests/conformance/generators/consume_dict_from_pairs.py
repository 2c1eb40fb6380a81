# dict() and str.join consume a generator of pairs or strings.
def pairs():
    yield "a", 1
    yield "b", 2
    print("pairs done")

d = dict(pairs())
print(d)
print(", ".join(k + "=" + str(v) for k, v in pairs()))
