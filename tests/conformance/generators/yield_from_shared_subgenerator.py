# Two delegators sharing one sub-generator take turns consuming it.
def source():
    for i in range(5):
        yield i

def delegator(name, src):
    yield from src
    print(name, "saw the end")

s = source()
a = delegator("a", s)
b = delegator("b", s)
print(next(a), next(b), next(a), next(b), next(a))
print(list(b))
print(list(a))
