# The converted error ends the program with its message.
def gen():
    raise StopIteration
    yield

next(gen())
