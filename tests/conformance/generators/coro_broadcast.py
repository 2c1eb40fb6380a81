# A coroutine that broadcasts each item to several target coroutines.
def sink(name):
    while True:
        item = yield
        print(name, "got", item)

def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)

targets = [sink("A"), sink("B")]
for t in targets:
    next(t)
b = broadcast(targets)
next(b)
b.send(1)
b.send("two")
