# Sieve of Eratosthenes with a list of flags.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= limit:
        if is_prime[i]:
            for multiple in range(i * i, limit + 1, i):
                is_prime[multiple] = False
        i += 1
    primes = []
    for n in range(limit + 1):
        if is_prime[n]:
            primes.append(n)
    return primes

small = sieve(50)
print(small)
print("count below 50:", len(small), "largest:", small[-1])
big = sieve(1000)
print("primes up to 1000:", len(big), "sum:", sum(big), "last:", big[-1])
twins = 0
for k in range(1, len(big)):
    if big[k] - big[k - 1] == 2:
        twins += 1
print("twin prime pairs below 1000:", twins)
gap = 0
where = 0
for k in range(1, len(big)):
    if big[k] - big[k - 1] > gap:
        gap = big[k] - big[k - 1]
        where = big[k - 1]
print("largest gap:", gap, "after", where)
print(97 in big, 91 in big, sieve(1), sieve(2))
