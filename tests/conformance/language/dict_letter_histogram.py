# A letter histogram printed as bars, most common first.
text = "mississippi river banks"
hist = dict()
for ch in text:
    if ch != " ":
        hist[ch] = hist.get(ch, 0) + 1

def count_then_letter(item):
    return (-item[1], item[0])

for letter, n in sorted(hist.items(), key=count_then_letter):
    print(letter, "#" * n, n)
print(sum(hist.values()), len(hist))
vowels = dict.fromkeys("aeiou", 0)
for ch in text:
    if ch in vowels:
        vowels[ch] += 1
print(vowels)
