# Augmented assignment on names and on list items.
n = 10
n += 5
n -= 3
n *= 4
print(n)
n //= 5
n %= 7
n **= 3
n /= 2
print(n)
bits = 12
bits &= 10
bits |= 1
bits ^= 15
bits >>= 2
print(bits)
counts = [0, 0, 0]
for ch in "abcabca":
    counts[ord(ch) - ord("a")] += 1
print("counts:", counts)
scores = [10, 20, 30, 1]
scores[0] *= 3
scores[-1] -= 5
scores[1] //= 3
scores[2] **= 2
scores[3] <<= 3
print(scores)
words = ["spam", "egg"]
words[1] += "s"
words[0] *= 2
print(words)
# += extends a list in place (aliases see it); a = a + [...] makes a new one.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
