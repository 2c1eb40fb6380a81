# Generator expressions over generator expressions pull one item at a time.
def numbers():
    for i in range(4):
        print("produce", i)
        yield i

squares = (n * n for n in numbers())
evens = (s for s in squares if s % 2 == 0)
for e in evens:
    print("got", e)
