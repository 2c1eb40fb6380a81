# The types module (CPython's Lib/types.py, reduced to what yieldscope runs):
# names for interpreter types, each read off a small sample object, plus
# SimpleNamespace and types.coroutine, which marks a generator function's
# code with CO_ITERABLE_COROUTINE so that its generators can be awaited.

import sys


def _function():
    pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)


def _generator():
    yield 1


GeneratorType = type(_generator())
# A generator that has not started still owns its frame.
FrameType = type(_generator().gi_frame)


async def _coroutine():
    pass


_sample = _coroutine()
CoroutineType = type(_sample)
# Closing a coroutine that never ran marks it finished, so dropping it does
# not warn "coroutine ... was never awaited".
_sample.close()
del _sample


class _Sample:
    def _method(self):
        pass


MethodType = type(_Sample()._method)
MappingProxyType = type(_Sample.__dict__)
GenericAlias = type(list[int])
UnionType = type(int | str)


try:
    raise TypeError
except TypeError as _error:
    TracebackType = type(_error.__traceback__)


async def _async_generator():
    yield


AsyncGeneratorType = type(_async_generator())


# The namespaces whose repr is being built (Py_ReprEnter's list).
_repr_active = []


class SimpleNamespace:
    """A plain attribute holder: SimpleNamespace(a=1).a == 1."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        # The exact type prints as "namespace"; subclasses use their own name.
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        # A namespace that contains itself prints as name(...) the second time.
        for active in _repr_active:
            if active is self:
                return name + "(...)"
        _repr_active.append(self)
        try:
            parts = [key + "=" + repr(value) for key, value in self.__dict__.items()]
        finally:
            _repr_active.pop()
        return name + "(" + ", ".join(parts) + ")"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


_CO_GENERATOR = 0x20
_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100


class _GeneratorWrapper:
    """What a types.coroutine-decorated non-generator function returns when
    the function itself returns a generator: an object that is both an
    iterator and awaitable, forwarding everything to that generator."""

    def __init__(self, gen):
        self._wrapped = gen
        self._is_generator = type(gen) is GeneratorType
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, value):
        return self._wrapped.send(value)

    def throw(self, typ, *rest):
        return self._wrapped.throw(typ, *rest)

    def close(self):
        return self._wrapped.close()

    def __next__(self):
        return next(self._wrapped)

    def __iter__(self):
        if self._is_generator:
            return self._wrapped
        return self

    __await__ = __iter__

    @property
    def gi_code(self):
        return self._wrapped.gi_code

    @property
    def gi_frame(self):
        return self._wrapped.gi_frame

    @property
    def gi_running(self):
        return self._wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self._wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom


def coroutine(func):
    """Make a generator function usable with await (the pre-async-def way)."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")

    if type(func) is FunctionType and type(getattr(func, "__code__", None)) is CodeType:
        code = func.__code__
        if code.co_flags & (_CO_COROUTINE | _CO_ITERABLE_COROUTINE):
            # Already a coroutine function or already marked.
            return func
        if code.co_flags & _CO_GENERATOR:
            # Mark the code in place: the function stays the same object.
            func.__code__ = code.replace(co_flags=code.co_flags | _CO_ITERABLE_COROUTINE)
            return func

    # Any other callable: check what it returns at each call.
    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if type(result) is CoroutineType:
            return result
        if type(result) is GeneratorType:
            if result.gi_code.co_flags & _CO_ITERABLE_COROUTINE:
                return result
            return _GeneratorWrapper(result)
        return result

    for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except AttributeError:
            pass
    wrapped.__wrapped__ = func
    return wrapped


def resolve_bases(bases):
    """The bases with each __mro_entries__ replaced by what it returns."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class as the class statement would."""
    resolved_bases = resolve_bases(bases)
    kwds = dict(kwds) if kwds else {}
    meta = kwds.pop("metaclass", type(resolved_bases[0]) if resolved_bases else type)
    ns = meta.__prepare__(name, resolved_bases, **kwds) if hasattr(meta, "__prepare__") else {}
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved_bases, ns, **kwds)
