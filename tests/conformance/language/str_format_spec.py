# format specs through str.format: alignment, fill, numbers; a table like a teaching script
print("{:<8}|{:^8}|{:>8}|".format("left", "mid", "right"))
print("{:*<8}|{:-^9}|{:0>6}|".format("a", "b", 42))
print("{:d} {:5d} {:<5d}| {:05d} {:+d} {: d}".format(42, 42, 42, 42, 42, 42))
print("{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b}".format(255, 255, 8, 5, 255, 8, 5))
print("{:,} {:_} {:,.2f}".format(1234567, 1234567, 1234567.891))
print("{:.2f} {:8.3f} {:e} {:.3e} {:g} {:%} {:.1%}".format(3.14159, 2.71828, 12345.678, 0.000123, 1e-7, 0.25, 0.5))
print("{:.3}|{:10.3}|{:^10}|".format("abcdef", "abcdef", "生成器"))
print("{:c}{:c}{:c}".format(72, 105, 20013))
items = [("苹果", 3, 4.5), ("banana", 12, 0.25), ("橙子", 100, 12.0)]
print("{:<8}{:>6}{:>10}".format("item", "qty", "price"))
print("-" * 24)
total = 0.0
for name, qty, price in items:
    print("{:<8}{:>6d}{:>10.2f}".format(name, qty, price))
    total += qty * price
print("{:<8}{:>16.2f}".format("total", total))
for n in range(1, 4):
    print("{0:2d} {1:3d} {2:4d}".format(n, n * n, n * n * n))
