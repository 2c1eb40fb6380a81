# isinstance against types.GeneratorType distinguishes generators from other iterators.
import types

def gen():
    yield 1

for obj in [gen(), iter([1]), (x for x in []), range(3)]:
    print(type(obj).__name__, isinstance(obj, types.GeneratorType))
