def fib(n):
    a, b = 0, 1
    out = []
    for i in range(n):
        out.append(a)
        a, b = b, a + b
    return out
print(fib(10), 2**100, 0.1+0.2, "生成器"[1])
x = 5
while x > 0:
    x -= 2
else:
    print("done", x)
def outer():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
f = outer()
f(); f(5)
print(f(), f"{x!r:>6}|{3.14159:.2f}|{1234567:,}|{'hi':^8}|")
try:
    1/0
except ZeroDivisionError as e:
    print("caught", e)
finally:
    print("finally")
def g():
    try:
        return "from try"
    finally:
        print("cleanup")
print(g())
for i in range(3):
    try:
        if i == 1:
            continue
        print("i", i)
    finally:
        print("f", i)
