# A generator method sees self and can be used as __iter__.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1

c = Countdown(3)
print(list(c))
print(list(c))
print([x * 10 for x in Countdown(4)])
