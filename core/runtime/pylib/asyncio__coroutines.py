# Recognising coroutines and coroutine functions (CPython's asyncio.coroutines).
# Generators count as coroutines here, as they do in CPython: a Task can drive
# a plain generator that yields None.
import collections.abc
import inspect
import types

__all__ = ('iscoroutinefunction', 'iscoroutine')

# Set on functions to mark them as coroutine functions (legacy decorators).
_is_coroutine = object()

_COROUTINE_TYPES = (types.CoroutineType, types.GeneratorType, collections.abc.Coroutine)


def iscoroutinefunction(func):
    """True for an async def function, or one marked with _is_coroutine."""
    return inspect.iscoroutinefunction(func) or getattr(func, '_is_coroutine', None) is _is_coroutine


def iscoroutine(obj):
    """True for a coroutine object (or a generator)."""
    return isinstance(obj, _COROUTINE_TYPES)


def _format_coroutine(coro):
    # "main() running at main.py:3" / "main() done, defined at main.py:1"
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) \
        or f'<{type(coro).__name__} without __name__>'
    name = f'{name}()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
    running = getattr(coro, 'cr_running', None) or getattr(coro, 'gi_running', False)
    if code is None:
        return name
    filename = code.co_filename
    if frame is not None:
        state = 'running' if running else 'running'
        return f'{name} {state} at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'
