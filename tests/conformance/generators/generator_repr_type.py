# The repr of a generator names its qualified name (addresses are normalised by the checker).
def gen():
    yield

class K:
    def method(self):
        yield

print(repr(gen()).split(" at ")[0])
print(repr(K().method()).split(" at ")[0])
print(repr((x for x in [])).split(" at ")[0])
print(type(gen()))
