# min and max with key= and default=.
words = ["kiwi", "fig", "banana", "apple", "plum"]
print(min(words), max(words))
print(min(words, key=len), max(words, key=len))
print(max(3, 9, 2), min(3, 9, 2), max([1, 5], [1, 7]))
print(min([], default="empty"), max([], default=None))
def last_letter(w):
    return w[-1]
print(max(words, key=last_letter), min(words, key=last_letter))
print(max([2, 8, 8, 1]), max([(1, "b"), (1, "a")]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
print(min(dict(b=2, a=1, c=0)))
min(1, "x")
