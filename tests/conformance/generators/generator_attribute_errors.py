# gi_* attributes are read-only; unknown attributes fail.
def gen():
    yield

g = gen()
for attr in ["gi_frame", "gi_running", "gi_code"]:
    try:
        setattr(g, attr, None)
    except AttributeError as e:
        print("AttributeError:", attr)
try:
    g.next()
except AttributeError as e:
    print("AttributeError:", e)
