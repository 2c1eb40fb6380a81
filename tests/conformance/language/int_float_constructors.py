# int(x, base), int() and float() of objects with __int__, __index__, __float__; Unicode digits.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: int('ff', 16)); t(lambda: int('0x1f', 0)); t(lambda: int('0b101', 0)); t(lambda: int(' 12 ', 10)); t(lambda: int('z', 36))
t(lambda: int('12', base=8)); t(lambda: int(12, 10)); t(lambda: int('9', 8)); t(lambda: int('1_000')); t(lambda: int(3.9)); t(lambda: int(-3.9))
class I:
    def __int__(self): return 7
class X:
    def __index__(self): return 8
t(lambda: int(I())); t(lambda: int(X())); t(lambda: int('')); t(lambda: int('0o17', 0)); t(lambda: int('017', 0)); t(lambda: int(b'42'))
class F:
    def __float__(self): return 2.5
t(lambda: float(F())); t(lambda: float('inf')); t(lambda: float('-nan')); t(lambda: float(' 1e3 ')); t(lambda: float(X())); t(lambda: float('1_0.5'))
t(lambda: int('10', 1)); t(lambda: int(float('inf'))); t(lambda: int('١٢'))
