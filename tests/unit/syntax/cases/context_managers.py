from contextlib import contextmanager

@contextmanager
def cm():
    print('enter')
    try:
        yield 1
    finally:
        print('exit')

with cm() as v, cm():
    print(v)
