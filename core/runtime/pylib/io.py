"""In-memory text and byte streams (the API of CPython's io.StringIO and io.BytesIO).

yieldscope has no file system: io offers the in-memory streams, which print(file=...),
contextlib.redirect_stdout and traceback.print_exc(file=...) accept like any file.
"""

__all__ = ["StringIO", "BytesIO", "IOBase", "RawIOBase", "BufferedIOBase",
           "TextIOBase", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    __module__ = "io"


class IOBase:
    __module__ = "_io"
    __qualname__ = "_IOBase"

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _check_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return getattr(self, "_closed", False)

    def flush(self):
        self._check_closed()

    def isatty(self):
        self._check_closed()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    __qualname__ = "_RawIOBase"


class BufferedIOBase(IOBase):
    __qualname__ = "_BufferedIOBase"


class TextIOBase(IOBase):
    __qualname__ = "_TextIOBase"


class _MemoryStream:
    """What StringIO and BytesIO share: a buffer kept as chunks while the
    writes append, and a position."""

    def _setup(self, initial):
        self._chunks = [initial] if initial else []
        self._size = len(initial)
        self._pos = 0
        self._closed = False

    def _value(self):
        if len(self._chunks) > 1:
            self._chunks = [self._empty.join(self._chunks)]
        return self._chunks[0] if self._chunks else self._empty

    def _put(self, s):
        n = len(s)
        if self._pos == self._size:
            if n:
                self._chunks.append(s)
                self._size += n
        else:
            value = self._value()
            if self._pos > self._size:
                value = value + self._pad * (self._pos - self._size)
            value = value[:self._pos] + s + value[self._pos + n:]
            self._chunks = [value]
            self._size = len(value)
        self._pos += n
        return n

    def getvalue(self):
        self._check_closed()
        return self._value()

    def read(self, size=-1):
        self._check_closed()
        value = self._value()
        if size is None or size < 0:
            end = len(value)
        else:
            end = min(len(value), self._pos + size)
        start = min(self._pos, len(value))
        self._pos = max(self._pos, end)
        return value[start:end]

    def readline(self, size=-1):
        self._check_closed()
        value = self._value()
        start = min(self._pos, len(value))
        end = value.find(self._newline, start)
        end = len(value) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return value[start:end]

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._size
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        if size < self._size:
            self._chunks = [self._value()[:size]]
            self._size = size
        return size

    def close(self):
        self._closed = True
        self._chunks = []


class StringIO(_MemoryStream, TextIOBase):
    """A text stream kept in memory."""

    __module__ = "_io"
    __qualname__ = "StringIO"
    _empty = ""
    _pad = "\0"
    _newline = "\n"

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._translate = newline is None
        self._write_newline = newline if newline else "\n"
        if self._translate:
            initial_value = initial_value.replace("\r\n", "\n").replace("\r", "\n")
        elif newline not in ("", "\n"):
            initial_value = initial_value.replace("\n", newline)
        self._setup(initial_value)

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        if self._translate:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif self._write_newline != "\n":
            s = s.replace("\n", self._write_newline)
        self._put(s)
        return n

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    def __repr__(self):
        return "<_io.StringIO object at 0x%x>" % id(self)


class BytesIO(_MemoryStream, BufferedIOBase):
    """A binary stream kept in memory."""

    __module__ = "_io"
    __qualname__ = "BytesIO"
    _empty = b""
    _pad = b"\0"
    _newline = b"\n"

    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        self._setup(bytes(initial_bytes))

    def write(self, b):
        self._check_closed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return self._put(bytes(b))

    def getbuffer(self):
        return self.getvalue()

    def read1(self, size=-1):
        return self.read(size)

    def __repr__(self):
        return "<_io.BytesIO object at 0x%x>" % id(self)
