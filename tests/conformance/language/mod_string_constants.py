import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable), repr(string.printable[-10:]))
print(all([c in string.printable for c in string.ascii_letters + string.digits]))
word = "Hello, World! 42"
print(len([c for c in word if c in string.punctuation]))
print("".join([c for c in word if c in string.ascii_letters]))
print(string.printable.index("a"), string.hexdigits.upper())
