# A with block suspended in a generator exits at shutdown.
class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, t, v, tb):
        print("exit with", t.__name__)

def gen():
    with CM():
        yield

g = gen()
next(g)
print("end")
