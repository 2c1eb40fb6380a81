# Removing consecutive duplicates from a stream.
def dedupe(items):
    previous = object()
    for item in items:
        if item != previous:
            yield item
            previous = item

print(list(dedupe([1, 1, 2, 2, 2, 3, 1, 1])))
print("".join(dedupe("aaabccdd")))
