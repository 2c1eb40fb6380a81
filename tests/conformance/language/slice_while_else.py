# A loop's else block runs only when the loop ends without break.
def find(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            print("found", repr(target), "at", i)
            break
        i += 1
    else:
        print(repr(target), "not found after", i, "checks")

data = [4, 8, 15, 16, 23, 42]
find(data, 15)
find(data, 99)
find([], 1)

# continue skips the rest of the body but the else still runs.
n = 0
odd_total = 0
while n < 10:
    n += 1
    if n % 2 == 0:
        continue
    odd_total += n
else:
    print("loop finished normally, n =", n, "odd_total =", odd_total)

# A while True loop only ends through break, so its else never runs.
k = 1
while True:
    k *= 3
    if k > 100:
        break
else:
    print("never printed")
print("first power of 3 above 100:", k)
