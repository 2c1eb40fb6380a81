# A recursive generator (flatten) over a deeply nested list.
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x

nested = 1
for i in range(500):
    nested = [nested, i]
print(sum(flatten(nested)))
