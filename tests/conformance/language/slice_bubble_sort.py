# Bubble sort with an early exit when a pass makes no swap.
def bubble_sort(items):
    data = items.copy()
    n = len(data)
    swaps = 0
    passes = 0
    while True:
        swapped = False
        passes += 1
        for i in range(n - 1):
            if data[i] > data[i + 1]:
                data[i], data[i + 1] = data[i + 1], data[i]
                swaps += 1
                swapped = True
        n -= 1
        if not swapped:
            break
    print("  passes:", passes, "swaps:", swaps)
    return data

numbers = [64, 34, 25, 12, 22, 11, 90]
print(bubble_sort(numbers))
print("original unchanged:", numbers)
print(bubble_sort([1, 2, 3, 4]))
print(bubble_sort([5, 4, 3, 2, 1]))
print(bubble_sort(["pear", "Apple", "fig", "banana"]))
print(bubble_sort([3.5, -1, 2, 0.0, -7.25]))
print(bubble_sort([]))
words = ["b", "a"]
words.reverse()
print(words, bubble_sort([(2, "b"), (1, "z"), (2, "a")]))
