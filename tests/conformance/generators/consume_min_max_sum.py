# Aggregating builtins consume the whole generator.
def gen():
    yield 3
    yield 1
    yield 2
    print("generator finished")

print(min(gen()))
print(max(gen()))
print(sum(gen(), 100))
print(sorted(gen()))
