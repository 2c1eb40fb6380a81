# Equality ignores order; | and |= merge, the right side winning.
a = dict(one=1, two=2)
b = dict(two=2, one=1)
print(a == b, a != b, list(a) == list(b))
c = dict(one=1, two=2.0)
print(a == c)
defaults = dict(color="red", size=10, debug=False)
overrides = dict(size=12, debug=True)
print(defaults | overrides)
print(overrides | defaults)
settings = dict(defaults)
settings |= overrides
settings |= [("extra", None)]
print(settings)
print(defaults)
