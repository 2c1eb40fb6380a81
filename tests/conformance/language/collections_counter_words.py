# Counting words with Counter
from collections import Counter

text = """the quick brown fox jumps over the lazy dog the fox barks
and the dog sleeps while the quick fox runs"""
words = text.split()
counts = Counter(words)
print(counts.most_common(3))
print(counts["the"], counts["fox"], counts["cat"])
print(len(counts), counts.total())
for word, n in counts.most_common(5):
    print(f"{word:>6} {'*' * n}")
letters = Counter("mississippi")
print(letters)
print(letters.most_common())
print(sorted(letters.elements()))
print(Counter())
print(Counter(a=3, b=1, c=3))
