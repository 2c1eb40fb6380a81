# cached_property: computed on first access, then stored on the instance
from functools import cached_property

class Dataset:
    def __init__(self, values):
        self.values = values

    @cached_property
    def total(self):
        print("  computing total")
        return sum(self.values)

    @property
    def mean(self):
        return self.total / len(self.values)

d = Dataset([1, 2, 3, 4])
print(d.total)
print(d.total, d.mean)
print("total" in d.__dict__)
d.total = 100
print(d.total, d.mean)
del d.total
print(d.total)
print(type(Dataset.__dict__["total"]).__name__)
