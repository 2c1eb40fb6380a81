# __await__ must return an iterator; awaiting a non-awaitable is a TypeError.
class Bad:
    def __await__(self):
        return 42

async def use(x):
    await x

for obj in [Bad(), 5]:
    c = use(obj)
    try:
        c.send(None)
    except TypeError as e:
        print("TypeError:", e)
