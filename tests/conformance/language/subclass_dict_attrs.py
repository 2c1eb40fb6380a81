# A dict subclass with attributes and overridden __setitem__ / __repr__
class Registry(dict):
    def __init__(self, name, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.name = name
        self.writes = 0

    def __setitem__(self, key, value):
        self.writes += 1
        super().__setitem__(key, value.upper())

    def __repr__(self):
        return f"Registry({self.name!r}, {dict.__repr__(self)})"

r = Registry("colors", red="ff0000")
r["green"] = "00ff00"
r["blue"] = "0000ff"
print(r)
print(r.name, r.writes, len(r), sorted(r))
print(r["green"], r.get("red"), "blue" in r)
print(isinstance(r, dict), type(r).__name__, r == {"red": "ff0000", "green": "00FF00", "blue": "0000FF"})
r.update(white="ffffff")
print(r.writes, r["white"])
print(r.__dict__)
print(list(r.items()))
del r["red"]
print(r.keys())
