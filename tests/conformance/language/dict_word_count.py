# Count words in a text with a dict and report them in several orders.
words = ["the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog", "the", "fox", "barks"]
counts = dict()
for word in words:
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(len(counts), "distinct words")
for word, n in counts.items():
    if n > 1:
        print(word, n)

def by_count(pair):
    return pair[1]

ranked = sorted(counts.items(), key=by_count, reverse=True)
print(ranked[:3])
print(sorted(counts))
print(max(counts, key=counts.get))
