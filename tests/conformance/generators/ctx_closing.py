# closing() calls close() on exit, also for generators.
from contextlib import closing

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator closed")

with closing(gen()) as g:
    print(next(g))
print("after with")

class Resource:
    def close(self):
        print("Resource.close")

try:
    with closing(Resource()):
        raise ValueError("in body")
except ValueError:
    print("ValueError propagated")
