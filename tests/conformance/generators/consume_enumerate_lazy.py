# enumerate and map pull from the generator only on demand.
def gen():
    for c in "abc":
        print("yield", c)
        yield c

e = enumerate(gen(), 1)
print("enumerate made")
print(next(e))
m = map(str.upper, gen())
print("map made")
print(next(m), next(m))
