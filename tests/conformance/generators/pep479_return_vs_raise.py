# return in a generator is the clean way; it raises StopIteration for the caller.
def good():
    yield 1
    return

def bad():
    yield 1
    raise StopIteration

print(list(good()))
try:
    print(list(bad()))
except RuntimeError as e:
    print("bad:", e)
