# callback() returns its argument, so it can be used as a decorator.
from contextlib import ExitStack

with ExitStack() as stack:
    @stack.callback
    def goodbye():
        print("goodbye from callback")
    print("callback registered:", goodbye.__name__)
print("end")
