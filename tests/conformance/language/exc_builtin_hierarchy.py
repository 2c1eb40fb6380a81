# Every built-in exception class (CPython 3.11's list, by name): its MRO, its
# bases and its module; EnvironmentError and IOError are OSError.
classes = [
    ArithmeticError, AssertionError, AttributeError, BaseException, BaseExceptionGroup,
    BlockingIOError, BrokenPipeError, BufferError, BytesWarning, ChildProcessError,
    ConnectionAbortedError, ConnectionError, ConnectionRefusedError, ConnectionResetError,
    DeprecationWarning, EOFError, EncodingWarning, EnvironmentError, Exception, ExceptionGroup,
    FileExistsError, FileNotFoundError, FloatingPointError, FutureWarning, GeneratorExit,
    IOError, ImportError, ImportWarning, IndentationError, IndexError, InterruptedError,
    IsADirectoryError, KeyError, KeyboardInterrupt, LookupError, MemoryError,
    ModuleNotFoundError, NameError, NotADirectoryError, NotImplementedError, OSError,
    OverflowError, PendingDeprecationWarning, PermissionError, ProcessLookupError,
    RecursionError, ReferenceError, ResourceWarning, RuntimeError, RuntimeWarning,
    StopAsyncIteration, StopIteration, SyntaxError, SyntaxWarning, SystemError, SystemExit,
    TabError, TimeoutError, TypeError, UnboundLocalError, UnicodeDecodeError,
    UnicodeEncodeError, UnicodeError, UnicodeTranslateError, UnicodeWarning, UserWarning,
    ValueError, Warning, ZeroDivisionError,
]
print(len(classes))
for t in classes:
    print(t.__name__, [c.__name__ for c in t.__mro__[1:]],
          [b.__name__ for b in t.__bases__], t.__module__)

print(EnvironmentError is OSError, IOError is OSError)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(BrokenPipeError, OSError))
print(isinstance(DeprecationWarning(), Warning), isinstance(ResourceWarning("r"), Exception))

for cls in (EOFError, BufferError, FloatingPointError, ReferenceError, SystemError,
            UnicodeError, UserWarning, SyntaxWarning, EncodingWarning, ConnectionError,
            FileExistsError, InterruptedError, ProcessLookupError):
    try:
        raise cls("boom", 1)
    except Exception as e:
        print(type(e).__name__, repr(e), str(e), e.args)
    try:
        raise cls
    except cls as e:
        print(repr(e), repr(str(e)))

try:
    raise ChildProcessError("x")
except OSError as e:
    print("caught as OSError:", type(e).__name__, e)

try:
    raise ConnectionResetError("peer")
except ConnectionError as e:
    print("caught as ConnectionError:", repr(e))

class MyWarning(UserWarning):
    pass

print([c.__name__ for c in MyWarning.__mro__])
try:
    raise MyWarning("careful")
except Warning as w:
    print("warning caught:", w)

raise BlockingIOError("would block")
