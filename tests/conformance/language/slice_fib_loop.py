# Fibonacci numbers with tuple assignment: both right-hand sides are
# evaluated before either name is rebound.
a, b = 0, 1
count = 0
while count < 15:
    print(a, end=" ")
    a, b = b, a + b
    count += 1
print()

# The same idea in a function, used to reach big numbers.
def fib(n):
    x, y = 0, 1
    for i in range(n):
        x, y = y, x + y
    return x

print("fib(10) =", fib(10))
print("fib(50) =", fib(50))
print("fib(100) =", fib(100))
print("fib(0) =", fib(0), "fib(1) =", fib(1))

# Collect the even ones below 1000.
evens = []
a, b = 0, 1
while a < 1000:
    if a % 2 == 0:
        evens.append(a)
    a, b = b, a + b
print("even fibs below 1000:", evens, "sum", sum(evens))
