# An iterator class and the equivalent generator behave the same in a loop.
class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

def countdown(n):
    while n > 0:
        yield n
        n -= 1

print(list(CountdownIter(4)), list(countdown(4)))
it = CountdownIter(2)
print(next(it), next(it), next(it, "end"))
