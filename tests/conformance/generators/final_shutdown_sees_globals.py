# A generator closed at shutdown still sees the module's globals, even ones bound before it.
label = "still here"

def helper():
    return "helper works"

def gen():
    try:
        yield
    finally:
        print("finally sees", label, "and", helper())

g = gen()
next(g)
print("end")
