# A push pipeline: a source sends into a filter coroutine that sends into a sink.
def sink(out):
    while True:
        out.append((yield))

def only_even(target):
    while True:
        value = yield
        if value % 2 == 0:
            target.send(value)

collected = []
s = sink(collected)
next(s)
f = only_even(s)
next(f)
for i in range(7):
    f.send(i)
print(collected)
