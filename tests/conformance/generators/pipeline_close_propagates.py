# Closing the last stage of a pull pipeline closes only that stage; the others close when dropped.
def numbers():
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("numbers closed")

def squares(source):
    try:
        for n in source:
            yield n * n
    finally:
        print("squares closed")

s = squares(numbers())
print(next(s), next(s), next(s))
s.close()
print("end")
