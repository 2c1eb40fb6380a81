# bytes(...) from a count, an iterable of ints, bytes, and a str with an encoding
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes((0, 255)), bytes(range(5)))
print(bytes("生成器", "utf-8"), bytes("abc", encoding="ascii"), bytes(b"raw"))
print(bytes([]), len(bytes(10)), bytes(source=[104, 105]))
def attempt(make):
    try:
        print(make())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

def negative():
    return bytes(-1)

def out_of_range():
    return bytes([1, 256])

def not_ints():
    return bytes(["a"])

def float_source():
    return bytes(1.5)

def wrong_encoding_use():
    return bytes(3, "utf-8")

for make in [negative, out_of_range, not_ints, float_source, wrong_encoding_use]:
    attempt(make)
bytes("text")
