# Coroutines driven by hand: an awaitable class, types.coroutine, an async generator.
import types

class Later:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        got = yield ('waiting for', self.value)
        return got + self.value

@types.coroutine
def tick():
    yield 'tick'

async def job(name):
    await tick()
    result = await Later(5)
    return name + ':' + str(result)

async def numbers():
    for i in range(2):
        yield i

c = job('j')
print(c.send(None))
print(c.send(None))
try:
    c.send(10)
except StopIteration as e:
    print('returned', e.value)
ag = numbers()
step = ag.asend(None)
try:
    step.send(None)
except StopIteration as e:
    print('first item', e.value)
