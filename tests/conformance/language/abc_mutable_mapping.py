# A MutableMapping from five methods: the mixins supply the rest
from collections.abc import MutableMapping, Mapping

class LowerDict(MutableMapping):
    """Keys are stored lower-cased."""
    def __init__(self, *args, **kwargs):
        self._data = {}
        for source in args:
            self.update(source)
        self.update(kwargs)
    def __getitem__(self, key):
        return self._data[key.lower()]
    def __setitem__(self, key, value):
        self._data[key.lower()] = value
    def __delitem__(self, key):
        del self._data[key.lower()]
    def __iter__(self):
        return iter(self._data)
    def __len__(self):
        return len(self._data)

d = LowerDict({"Alpha": 1}, BETA=2)
d["Gamma"] = 3
print(d["ALPHA"], d.get("beta"), d.get("delta", "none"))
print("gamma" in d, "GAMMA" in d, "zeta" in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("alpha"), d.pop("nope", "default"), len(d))
print(d.setdefault("eps", 5), d.setdefault("eps", 6))
print(d.popitem(), len(d))
print(d == {"gamma": 3, "eps": 5}, isinstance(d, Mapping))
d.clear()
print(len(d), list(d))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
