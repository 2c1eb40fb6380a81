# A coroutine that uses throw() as a reset signal.
class Reset(Exception):
    pass

def accumulator():
    total = 0
    while True:
        try:
            value = yield total
        except Reset:
            print("reset")
            total = 0
            continue
        total += value

acc = accumulator()
next(acc)
print(acc.send(5), acc.send(7))
print(acc.throw(Reset))
print(acc.send(1))
