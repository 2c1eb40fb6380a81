# Breaking out of a for loop leaves the generator suspended; it can be resumed later.
def gen():
    for i in range(6):
        print("producing", i)
        yield i

g = gen()
for x in g:
    if x == 2:
        break
print("after break")
print(next(g))
for x in g:
    print("rest", x)
