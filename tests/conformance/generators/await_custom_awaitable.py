# await on an object with __await__ returning an iterator, driven by hand.
class Ticket:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        got = yield ("ticket", self.n)
        return got * self.n

async def use():
    a = await Ticket(2)
    b = await Ticket(3)
    return a + b

c = use()
print(c.send(None))
print(c.send(10))
try:
    c.send(100)
except StopIteration as e:
    print("result", e.value)
