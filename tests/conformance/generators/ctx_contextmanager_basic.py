# @contextmanager: code before the yield is __enter__, after it is __exit__.
from contextlib import contextmanager

@contextmanager
def tag(name):
    print("<" + name + ">")
    yield name.upper()
    print("</" + name + ">")

with tag("b") as t:
    print("body, bound to", t)
print("after")
