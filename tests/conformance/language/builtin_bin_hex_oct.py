# Integer to binary, octal and hexadecimal text.
for n in [0, 5, 255, -42, 2 ** 40]:
    print(n, bin(n), oct(n), len(hex(n)), format(n, "X"))
print(hex(255) == "0xff", hex(-42) == "-0x2a", hex(0) == "0x0", hex(2 ** 64 - 1) == "0xffffffffffffffff")
print(bin(True), oct(8), oct(-8), bin(-1))
def bits(n):
    return len(bin(n)) - 2
print(bits(1), bits(255), bits(256))
ones = 0
for ch in bin(37):
    if ch == "1":
        ones += 1
print(ones)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
bin("7")
