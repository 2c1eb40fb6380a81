# Default values are evaluated once, when def runs.
def greet(name, greeting="Hello", punctuation="!"):
    return greeting + ", " + name + punctuation

print(greet("Ada"))
print(greet("Ada", "Hi"))
print(greet("Ada", "Hi", "?"))

def power(base, exp=2):
    return base ** exp

print(power(5), power(5, 3), power(2, 0.5))

# The classic trap: a mutable default is shared between calls.
def add_item(item, bucket=[]):
    bucket.append(item)
    return bucket

print(add_item(1))
print(add_item(2))
print(add_item(3, []))
print(add_item(4))

# The usual fix: None as the default.
def add_item_fixed(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(add_item_fixed(1))
print(add_item_fixed(2))

limit = 10
def clamp(value, high=limit):
    return min(value, high)

limit = 1000
print(clamp(50), clamp(50, 20), limit)
