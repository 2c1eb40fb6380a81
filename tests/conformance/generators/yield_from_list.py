# yield from works with any iterable; the result is None.
def gen():
    r = yield from [1, 2, 3]
    print("result", r)
    r = yield from "ab"
    print("result", r)
    yield from range(2)

print(list(gen()))
