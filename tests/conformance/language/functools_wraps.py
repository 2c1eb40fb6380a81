# functools.wraps keeps a decorated function's name and docstring
import functools

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        result = func(*args, **kwargs)
        print(f"{func.__name__} returned {result}")
        return result
    return wrapper

def bare(func):
    def wrapper(*args):
        return func(*args)
    return wrapper

@logged
def add(a, b):
    """Add two numbers."""
    return a + b

@bare
def sub(a, b):
    """Subtract."""
    return a - b

print(add(2, 3))
print(add.__name__, add.__qualname__)
print(sub.__name__, sub.__qualname__)
print(add.__wrapped__(10, 20))
def tagged(f):
    f.tag = "important"
    return f
@logged
@tagged
def mul(a, b):
    return a * b
print(mul.tag, mul(3, 4))
