# An exception raised by a callback replaces the one in flight, chained as with nested withs.
from contextlib import ExitStack

def raiser(exc):
    def cb(t, v, tb):
        print("callback sees", repr(v))
        raise exc
    return cb

try:
    with ExitStack() as stack:
        stack.push(raiser(IndexError("from outer cb")))
        stack.push(raiser(KeyError("from inner cb")))
        raise ValueError("from body")
except Exception as e:
    print("final:", repr(e))
    print("context:", repr(e.__context__))
    print("context of context:", repr(e.__context__.__context__))
