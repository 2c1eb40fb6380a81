# The same pipeline written with generator expressions.
lines = ["3", "x", "10", "", "7"]
stripped = (l.strip() for l in lines)
numeric = (l for l in stripped if l.isdigit())
numbers = (int(l) for l in numeric)
print(max(numbers))
print(list(numbers))
