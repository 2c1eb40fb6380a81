class Res:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.swallow
with Res("a") as r, Res("b"):
    print("body", r.name)
with Res("c", True):
    1 / 0
print("after suppressed")
def f():
    for i in range(3):
        with Res(f"loop{i}"):
            if i == 1:
                return "returned"
            if i == 0:
                continue
print(f())
try:
    with Res("d"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
with 5:
    pass
