# code.replace() makes a changed copy; assigning __code__ changes what later calls run.
def gen():
    yield "gen body"

def other():
    yield "other body"

c = gen.__code__
marked = c.replace(co_flags=c.co_flags | 0x100)
print(marked is c, marked.co_flags - c.co_flags, marked.co_name, c.co_flags & 0x100)
renamed = c.replace(co_name="renamed")
print(renamed.co_name, c.co_name)
old = gen()
gen.__code__ = other.__code__
print(next(old), next(gen()), gen.__name__)
try:
    gen.__code__ = 3
except TypeError as e:
    print("TypeError:", e)

def make():
    x = 1
    def inner():
        return x
    return inner

try:
    gen.__code__ = make().__code__
except ValueError as e:
    print("ValueError:", e)
try:
    c.replace(1)
except TypeError as e:
    print("TypeError:", e)
try:
    c.replace(bogus=1)
except TypeError as e:
    print("TypeError:", e)
