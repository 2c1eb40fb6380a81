# lru_cache turns the exponential Fibonacci into a linear one
from functools import lru_cache

calls = 0

@lru_cache(maxsize=128)
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(10), calls)
print(fib.cache_info())
print(fib(10), calls)
print(fib.cache_info())
print(fib(30), calls)
print(fib.cache_info().hits, fib.cache_info().currsize)
fib.cache_clear()
print(fib.cache_info())
print([fib(n) for n in range(12)])
print(fib.__name__, fib.cache_info().misses)
