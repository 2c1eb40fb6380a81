# Views are live windows onto the dict.
prices = dict(tea=3, coffee=4)
keys = prices.keys()
values = prices.values()
items = prices.items()
print(len(keys), keys)
prices["juice"] = 5
print(len(keys), keys)
print(values)
print(items)
print("tea" in keys, "milk" in keys)
print(("tea", 3) in items, ("tea", 4) in items)
print(4 in values)
del prices["tea"]
print(list(keys), list(items))
