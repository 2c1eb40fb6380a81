# Recursive functions, all shallow.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

print(fact(0), fact(5), fact(10))
print(fact(30))

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

row = []
for i in range(12):
    row.append(fib(i))
print(row)

def digit_sum(n):
    if n < 10:
        return n
    return n % 10 + digit_sum(n // 10)

print("digit sum of 30! =", digit_sum(fact(30)))

def hanoi(n, source, target, spare):
    if n == 0:
        return 0
    moves = hanoi(n - 1, source, spare, target)
    print("move disk", n, "from", source, "to", target)
    return moves + 1 + hanoi(n - 1, spare, target, source)

print("moves:", hanoi(3, "A", "C", "B"))
