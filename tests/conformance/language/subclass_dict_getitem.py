# Overriding __getitem__/__setitem__/__contains__ on a dict subclass
class CaseInsensitive(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())

headers = CaseInsensitive()
headers["Content-Type"] = "text/html"
headers["X-Count"] = 3
print(headers["content-type"], headers["CONTENT-TYPE"], headers["x-count"])
print("Content-Type" in headers, "accept" in headers)
print(headers, len(headers))
try:
    headers["Accept"]
except KeyError as e:
    print("KeyError:", e)

class Logged(dict):
    def __delitem__(self, key):
        print("deleting", key)
        super().__delitem__(key)

d = Logged(a=1, b=2)
del d["a"]
print(d, d.pop("b"), d)
