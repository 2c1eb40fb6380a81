# sort is stable, and reverse=True keeps equal items in their original order.
cards = [(3, "h"), (1, "s"), (3, "s"), (2, "d"), (1, "h"), (2, "c"), (3, "c")]

def rank(card):
    return card[0]

a = list(cards)
a.sort(key=rank)
print(a)
b = list(cards)
b.sort(key=rank, reverse=True)
print(b)
c = list(cards)
c.sort(reverse=True)
print(c)
words = ["pear", "Fig", "apple", "kiwi", "Date", "plum"]
words.sort(key=len)
print(words)
def first_letter(w):
    return w[0]

words.sort(key=first_letter)
print(words)
many = list(range(100, 0, -1)) + list(range(50))
many.sort()
print(many[:5], many[-5:], len(many))
