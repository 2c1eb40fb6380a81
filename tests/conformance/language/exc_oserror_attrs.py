# OSError's errno / strerror / filename attributes, its str(), and the subclass
# chosen from the errno when OSError itself is called (PEP 3151).
e = OSError(2, "No such file or directory")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, e.args)
print(str(e), repr(e))

e = OSError(2, "No such file or directory", "data.txt")
print(type(e).__name__, e.errno, e.filename, e.args)
print(str(e))

e = OSError(17, "File exists", "a", None, "b")
print(type(e).__name__, e.filename, e.filename2, e.args)
print(str(e))

for code in (1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 108, 110, 111, 114, 115, 5, 99):
    print(code, type(OSError(code, "msg")).__name__)

# Subclasses called directly keep their own type.
print(type(FileNotFoundError(13, "denied")).__name__)
print(type(OSError("just a message")).__name__, OSError("just a message").errno)
print(OSError().errno, OSError("a", "b", "c", "d", "e", "f").args)
e = OSError("one")
print(str(e), e.strerror, e.filename)

e = BlockingIOError(11, "Resource temporarily unavailable", 7)
print(e.characters_written, e.args, str(e))

e = FileNotFoundError(2, "No such file or directory")
e.filename = "x.py"
print(str(e))
e.errno = 99
print(e.errno, e.args)

try:
    raise OSError(2, "nope", "f.txt")
except FileNotFoundError as err:
    print("caught", repr(err), err.filename)

class MyOSError(OSError):
    pass

m = MyOSError(2, "custom")
print(type(m).__name__, m.errno, m.strerror, str(m))

try:
    BlockingIOError(11, "x").characters_written
except AttributeError as err:
    print("AttributeError:", err)

raise OSError(13, "Permission denied", "/etc/shadow")
