# raise stops the program with the given exception.
def parse_age(text):
    n = 0
    for ch in text:
        if ch < "0" or ch > "9":
            raise ValueError("not a number: " + repr(text))
        n = n * 10 + ord(ch) - ord("0")
    if n > 150:
        raise ValueError("age out of range")
    return n

print(parse_age("42"))
print(parse_age("7") + 1)
print(parse_age("150"))
for t in ("18", "65", "0"):
    print(t, "->", parse_age(t))
print(parse_age("4x2"))
print("not reached")
