# send() to itself while running is also "generator already executing".
def gen():
    try:
        me.send(1)
    except ValueError as e:
        print("inside:", e)
    yield "ok"

me = gen()
print(next(me))
