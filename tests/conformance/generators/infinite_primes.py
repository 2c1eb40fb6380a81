# An infinite prime generator with trial division by the primes found so far.
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1

p = primes()
print([next(p) for _ in range(15)])
