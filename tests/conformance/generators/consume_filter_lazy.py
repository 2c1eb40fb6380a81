# filter() asks for items one at a time.
def gen():
    for i in range(10):
        print("yield", i)
        yield i

f = filter(lambda x: x > 2, gen())
print(next(f))
print(next(f))
