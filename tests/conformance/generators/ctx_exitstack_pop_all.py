# pop_all moves the callbacks to a new stack, so leaving the with runs none of them.
from contextlib import ExitStack

def cleanup(name):
    print("cleanup", name)

with ExitStack() as stack:
    stack.callback(cleanup, "x")
    stack.callback(cleanup, "y")
    moved = stack.pop_all()
    print("leaving with")
print("left; now closing the moved stack")
moved.close()
moved.close()
