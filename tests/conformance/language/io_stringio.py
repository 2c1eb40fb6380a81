# io.StringIO and io.BytesIO: writing, reading, lines, seeking.
import io

s = io.StringIO()
print(s.write("hello\n"), s.write("world\n"), s.tell())
print(repr(s.getvalue()))
print(repr(s.read()))
print(s.seek(0), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(list(s))
s.seek(0)
print([line.rstrip() for line in s], s.readlines())
s.seek(0)
print(s.readlines())
s.seek(2)
print(repr(s.read(3)), s.tell())
s.write("XY")
print(repr(s.getvalue()), s.tell())
s.seek(0, 2)
print(s.tell())
s.seek(20)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())

t = io.StringIO("initial\ntext")
print(t.tell(), repr(t.read(4)), repr(t.readline()), repr(t.readline()), repr(t.readline()))
t.write("more")
print(repr(t.getvalue()))
u = io.StringIO("abc")
u.write("X")
print(repr(u.getvalue()))

with io.StringIO() as w:
    w.writelines(["a", "b", "c\n"])
    print(repr(w.getvalue()), w.closed)
print(w.closed)
try:
    w.getvalue()
except ValueError as e:
    print(e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print(e)
try:
    io.StringIO().seek(-1)
except ValueError as e:
    print(e)
try:
    io.StringIO().seek(1, 1)
except OSError as e:
    print(e)

print(type(io.StringIO()), isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.IOBase))
x = io.StringIO()
print(x.readable(), x.writable(), x.seekable(), x.isatty())
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
try:
    x.fileno()
except io.UnsupportedOperation as e:
    print("unsupported", e)

b = io.BytesIO(b"abc")
print(b.read(1), b.tell())
b.seek(0, 2)
b.write(b"def")
print(b.getvalue(), type(b))
b.seek(0)
print(b.readline(), b.read())
n = io.StringIO(newline=None)
n.write("a\r\nb\rc\n")
print(repr(n.getvalue()))
big = io.StringIO()
for i in range(2000):
    big.write(str(i))
print(len(big.getvalue()))
