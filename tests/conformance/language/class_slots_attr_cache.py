# One attribute site read and written many times while what stands behind the
# name changes: a slot, an unset slot, a class made to shadow the slot with a
# property, an instance of another class, __class__ changed under it.


class Cell:
    __slots__ = ('value',)


class Other:
    __slots__ = ('value',)


class Roomy:
    def __init__(self):
        self.value = 'dict'


def read(obj):
    try:
        return obj.value
    except AttributeError as e:
        return f'AttributeError: {e}'


def write(obj, v):
    try:
        obj.value = v
        return 'ok'
    except AttributeError as e:
        return f'AttributeError: {e}'


cells = [Cell() for _ in range(3)]
for i, c in enumerate(cells):
    if i != 1:
        write(c, i * 10)
print([read(c) for c in cells])
total = 0
for n in range(2000):
    c = cells[n % 3]
    if n % 3 != 1:
        write(c, read(c) + 1)
        total += c.value
print(total, [read(c) for c in cells])

mixed = [Cell(), Other(), Roomy(), cells[0]]
write(mixed[0], 'cell')
write(mixed[1], 'other')
for _ in range(3):
    print([read(o) for o in mixed])

# __class__ changes under a cached site: same slots, so the slot is kept.
c = cells[2]
c.__class__ = Other
print(type(c).__name__, read(c), write(c, 'as other'), read(c))
c.__class__ = Cell

# A subclass's property takes over the name at a site that cached the slot.
class Shadowed(Cell):
    __slots__ = ()

    @property
    def value(self):
        return 'property'


s = Shadowed()
print(read(s), write(s, 1))
Cell.value.__set__(s, 5)
print(Cell.value.__get__(s), read(s))

# Deleting a slot at a site that read it before.
del cells[0].value
print(read(cells[0]), write(cells[0], 7), read(cells[0]))

# The class gains a property named like the slot: reads and writes follow.
saved = Cell.value
Cell.value = property(lambda self: 'class property', lambda self, v: print('setter got', v))
print(read(cells[0]), write(cells[0], 8))
Cell.value = saved
print(read(cells[0]), write(cells[0], 9), read(cells[0]))
