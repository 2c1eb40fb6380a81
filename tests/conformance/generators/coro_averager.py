# A running average kept by a coroutine.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count

avg = averager()
next(avg)
for value in [10, 30, 5, 15]:
    print(avg.send(value))
