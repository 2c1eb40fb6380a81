# A generator iterated in a for loop over a temporary is closed when the loop is left.
def gen():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator closed")

for x in gen():
    if x == 1:
        break
print("after loop")
