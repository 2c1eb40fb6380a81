# Loops and functions inside an except* block may use break, continue and
# return; the try body and the else clause may leave the loop as usual.
def find(items):
    try:
        raise ExceptionGroup("eg", [ValueError(x) for x in items])
    except* ValueError as eg:
        found = None
        for e in eg.exceptions:
            if e.args[0] < 0:
                continue
            if e.args[0] > 10:
                found = e.args[0]
                break
        def helper():
            return "helper returned"
        print(helper(), found)
    return found

print(find([1, -5, 20, 30]))
print(find([-1, -2]))

for i in range(5):
    try:
        if i == 3:
            break
        if i == 1:
            continue
        print("body", i)
    except* KeyError:
        pass
    else:
        print("else", i)

def early():
    for i in range(3):
        try:
            return "returned from try body"
        except* ValueError:
            pass
print(early())

while True:
    try:
        raise ExceptionGroup("w", [KeyError()])
    except* KeyError:
        while True:
            break
        print("inner loop ended")
    break
print("done")
