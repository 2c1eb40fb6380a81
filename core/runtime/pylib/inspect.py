# The inspect module (CPython's Lib/inspect.py), the part about generators and
# coroutines: the type predicates, the co_flags tests and the state of a
# generator or coroutine as read from gi_running / gi_suspended / gi_frame.

import sys
import types

# co_flags bits (Include/cpython/code.h).
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

GEN_CREATED = "GEN_CREATED"
GEN_RUNNING = "GEN_RUNNING"
GEN_SUSPENDED = "GEN_SUSPENDED"
GEN_CLOSED = "GEN_CLOSED"

CORO_CREATED = "CORO_CREATED"
CORO_RUNNING = "CORO_RUNNING"
CORO_SUSPENDED = "CORO_SUSPENDED"
CORO_CLOSED = "CORO_CLOSED"


def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def iscode(object):
    return isinstance(object, types.CodeType)


def isframe(object):
    return isinstance(object, types.FrameType)


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    t = getattr(types, "AsyncGeneratorType", None)
    return t is not None and isinstance(object, t)


def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object)


def _is_function_like(f):
    # A duck-typed function (CPython's _signature_is_functionlike): callable,
    # not a class, with a real code object and the other function attributes.
    if not callable(f) or isclass(f):
        return False
    code = getattr(f, "__code__", None)
    defaults = getattr(f, "__defaults__", None)
    return (iscode(code) and isinstance(getattr(f, "__name__", None), str)
            and (defaults is None or isinstance(defaults, tuple)))


def _unwrap_partial(f):
    # functools.partial objects are tested through the function they wrap.
    # If functools was never imported, no partial object can exist.
    modules = getattr(sys, "modules", None)
    functools = modules.get("functools") if modules is not None else None
    partial = getattr(functools, "partial", None)
    if partial is None:
        return f
    while isinstance(f, partial):
        f = f.func
    return f


def _has_code_flag(f, flag):
    # Bound methods are tested through the function they wrap.
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    if not (isfunction(f) or _is_function_like(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(object):
    return _has_code_flag(object, CO_GENERATOR)


def iscoroutinefunction(object):
    return _has_code_flag(object, CO_COROUTINE)


def isasyncgenfunction(object):
    return _has_code_flag(object, CO_ASYNC_GENERATOR)


def _has_await_method(cls):
    # collections.abc.Awaitable's test: the first class of the MRO that
    # mentions __await__ does not set it to None (attribute lookup on the
    # class finds exactly that one).
    return getattr(cls, "__await__", None) is not None


def isawaitable(object):
    if iscoroutine(object):
        return True
    if isgenerator(object) and object.gi_code.co_flags & CO_ITERABLE_COROUTINE:
        return True
    return _has_await_method(type(object))


def getgeneratorstate(generator):
    """GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    # A finished generator has dropped its frame; a new one still has it.
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getcoroutinestate(coroutine):
    """CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getgeneratorlocals(generator):
    """The generator's local variables, as a dict ({} once it has finished)."""
    if not isgenerator(generator):
        raise TypeError(repr(generator) + " is not a Python generator")
    frame = getattr(generator, "gi_frame", None)
    if frame is None:
        return {}
    return frame.f_locals


def getcoroutinelocals(coroutine):
    """The coroutine's local variables, as a dict ({} once it has finished)."""
    frame = getattr(coroutine, "cr_frame", None)
    if frame is None:
        return {}
    return frame.f_locals


def currentframe():
    """The caller's frame, or None when sys._getframe does not exist."""
    getframe = getattr(sys, "_getframe", None)
    if getframe is None:
        return None
    return getframe(1)
