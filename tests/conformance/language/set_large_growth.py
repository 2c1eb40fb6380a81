# Growth through several resizes keeps CPython's order.
s = set()
for i in range(0, 300, 7):
    s.add(i)
print(len(s))
print(list(s)[:15])
for i in range(0, 300, 14):
    s.discard(i)
print(list(s)[:15])
t = set(range(1000))
print(list(t - set(range(5, 1000)))[:5])
u = set()
for i in range(50):
    u.add(i * 37 % 101)
print(u)
