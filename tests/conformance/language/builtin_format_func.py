# format(value, spec) uses the format mini-language.
print(format(3.14159, ".2f"), format(42, "05d"), format(42, "x"), format(255, "#b"))
print(format("hi", ">5") + "|", format("hi", "^6") + "|", format(1234567, ","))
print(format(0.25, "%"), format(12.5, "e"), format(7), format("plain"))
rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("melons", 1, 3.0)]
for name, qty, price in rows:
    print(format(name, "<8") + format(qty, ">4") + format(qty * price, ">8.2f"))
try:
    format(1, 5)
except TypeError as e:
    print("TypeError:", e)
