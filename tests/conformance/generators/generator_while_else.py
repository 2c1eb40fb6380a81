# Control flow inside generators: loops with else, try/except around yields.
def gen(items):
    for x in items:
        if x < 0:
            yield "negative"
            break
        yield x
    else:
        yield "no negatives"

print(list(gen([1, 2, 3])))
print(list(gen([1, -2, 3])))
