# A generator cannot resume itself: "generator already executing".
def gen():
    yield next(me)

me = gen()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(list(me))
