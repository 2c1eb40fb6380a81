import math
results = []
for x in [4, 9, 2.25, 0]:
    results.append(math.sqrt(x))
print(results)
print(math.factorial(6))
print(math.factorial(-2))
