# A delegate generator's StopIteration-to-RuntimeError also propagates through yield from.
def inner():
    yield 1
    raise StopIteration("inner")

def outer():
    try:
        yield from inner()
    except RuntimeError as e:
        print("outer caught:", e)
        yield "recovered"

print(list(outer()))
