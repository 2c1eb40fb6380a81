# types.ModuleType(name, doc=None) makes an empty module with the five names
# every module starts with; its argument errors are module.__init__'s.
import types

for args in [(), (1,), ("m", 2), ("m", None, 3)]:
    try:
        m = types.ModuleType(*args)
        print(m, vars(m))
    except TypeError as e:
        print("TypeError:", e)
m = types.ModuleType(name="kw", doc="a doc")
print(m.__name__, m.__doc__, m.__spec__, type(m) is type(types))
m.f = lambda: "called"
print(m.f(), sorted(vars(m)))
try:
    m.missing
except AttributeError as e:
    print("AttributeError:", e)
