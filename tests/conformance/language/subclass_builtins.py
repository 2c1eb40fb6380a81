# Classes derived from int, float, str, set and frozenset.
class Meters(int):
    unit = "m"

    def __repr__(self):
        return f"{int(self)}{self.unit}"

    def __add__(self, other):
        return Meters(super().__add__(other))


m = Meters(5)
print(m, repr(m), m + 3, type(m + 3).__name__, m * 2, type(m * 2).__name__, m == 5, hash(m) == hash(5))
print(isinstance(m, int), int(m), m.unit, -m, abs(Meters(-2)), m > 4, {m: "five"}[5], [1, 2, 3, 4, 5, 6][m])
m.note = "attr"
print(m.note, m.__dict__, Meters("12"), Meters(), bin(Meters(3)), f"{m:>5}")


class Flags(int):
    def __new__(cls, value, label):
        obj = super().__new__(cls, value)
        obj.label = label
        return obj


f = Flags(3, "rw")
print(f, f.label, f | 4, f & 1, f.bit_length() if hasattr(f, "bit_length") else "?")


class Money(float):
    def __str__(self):
        return f"${self:.2f}"


price = Money(3.5)
print(price, str(price), repr(price), price * 2, type(price * 2).__name__, round(price), price.is_integer())


class Name(str):
    def shout(self):
        return self.upper() + "!"

    def __len__(self):
        return 100


n = Name("ada")
print(n, n.shout(), len(n), n + "x", type(n + "x").__name__, n[0], "d" in n, n == "ada", {"ada": 1}[n])
print(n.title(), list(n), n.startswith("a"), f"<{n}>", "%s" % n, str(n), type(str(n)).__name__)


class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())


u = Upper("hello")
print(u, type(u).__name__, u.lower(), isinstance(u, str), Upper("a") + Upper("b"))


class Tags(set):
    def add(self, item):
        super().add(item.lower())


t = Tags(["A"])
t.add("B")
t.add("b")
print(sorted(t), len(t), "b" in t, type(t).__name__, isinstance(t, set), t == {"a", "b"})
t.extra = 1
print(t.extra, sorted(t | {"c"}), type(t | {"c"}).__name__)


class Frozen(frozenset):
    def total(self):
        return sum(self)


fz = Frozen([1, 2, 3])
print(fz.total(), len(fz), 2 in fz, type(fz).__name__, hash(fz) == hash(frozenset([1, 2, 3])))


class Temp(float):
    def __new__(cls, celsius):
        return super().__new__(cls, celsius)

    @property
    def fahrenheit(self):
        return self * 9 / 5 + 32


print(Temp(100).fahrenheit, Temp(0) < Temp(1))


class Label(str):
    def __repr__(self):
        return f"Label({str.__repr__(self)})"

    def __str__(self):
        return "label:" + str.__str__(self)


lab = Label("x")
print(lab, repr(lab), [lab], f"{lab}", str(lab), lab.upper())
print(int.__add__(2, 3), str.__len__("abc"), float.__mul__(1.5, 2), int.__neg__(4), int.__radd__(1, 2))
print((5).bit_length(), (255).bit_count(), (7).real, (7).imag, (7).numerator, (7).denominator, (-3).conjugate())
print((1024).to_bytes(2, "big"), int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\xff", "little", signed=True))
print((2.5).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio(), (3.0).hex(), float.fromhex("0x1.8p+1"), (1.5).real)
print(Meters.from_bytes(b"\x02", "big"), type(Meters.from_bytes(b"\x02", "big")).__name__, True.real, (5).as_integer_ratio())
