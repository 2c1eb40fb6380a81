# Only generators convert StopIteration; a __next__ method raising it just ends iteration.
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("from class")

print(list(It()))
def gen():
    yield from It()
    yield "after"

print(list(gen()))
