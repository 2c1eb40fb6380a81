# Average of a list: fine until the list is empty.
def average(values):
    total = 0
    for v in values:
        total += v
    return total / len(values)

print(average([2, 4, 9]))
print(average([1.5, 2.5]))
print(7 // 2, 7 % 3, 7.0 / 2)
scores = []
print("about to average", len(scores), "scores")
print(average(scores))
print("not reached")
