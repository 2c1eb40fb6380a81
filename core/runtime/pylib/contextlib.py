# The contextlib module (CPython's Lib/contextlib.py): @contextmanager turns
# a one-yield generator into a context manager by driving it with next() on
# entry and next()/throw() on exit (@asynccontextmanager does the same with
# an async generator's __anext__/athrow); ExitStack and AsyncExitStack keep a
# stack of exit callbacks and unwind it as nested with statements would.
# redirect_stdout/redirect_stderr are absent: print() does not consult
# sys.stdout in yieldscope, so they could not redirect anything.

import sys


class AbstractContextManager:
    """Base class whose __enter__ returns self."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class AbstractAsyncContextManager:
    """Base class whose __aenter__ returns self."""

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """Mixin that lets a context manager be used as a function decorator."""

    def _recreate_cm(self):
        # One-shot managers (@contextmanager's) return a fresh copy here.
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)

        _copy_function_names(func, inner)
        return inner


class AsyncContextDecorator:
    """Mixin that lets an async context manager decorate coroutine functions."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)

        _copy_function_names(func, inner)
        return inner


def _copy_function_names(source, target):
    # A small functools.wraps: the names and doc of the wrapped callable.
    for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            setattr(target, attr, getattr(source, attr))
        except AttributeError:
            pass
    target.__wrapped__ = source


class _GeneratorContextManager(AbstractContextManager, ContextDecorator):
    """The context manager that @contextmanager returns for each call."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        # Kept until __enter__ so a decorator use can make a fresh generator.
        self.func = func
        self.args = args
        self.kwds = kwds
        # Instances document themselves with the generator function's docstring.
        doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            # Normal exit: the generator must finish on its next step.
            try:
                next(self.gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                self.gen.close()

        if value is None:
            # An instance is needed to recognise it when it comes back.
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except StopIteration as exc:
            # The generator returned: it swallowed the exception, unless the
            # StopIteration is the very one raised in the with block.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            # PEP 479 turned the StopIteration we threw in into this
            # RuntimeError: report the original instead.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            # throw() re-raising our exception means "not handled": __exit__
            # says so by returning False, not by raising it again.
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        # The generator caught the exception and yielded again.
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


def contextmanager(func):
    """@contextmanager: a generator that yields once becomes a context manager."""

    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)

    _copy_function_names(func, helper)
    return helper


class _AsyncGeneratorContextManager(AbstractAsyncContextManager, AsyncContextDecorator):
    """The async context manager that @asynccontextmanager returns per call."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        # The same protocol as _GeneratorContextManager.__exit__, awaited.
        if typ is None:
            try:
                await self.gen.__anext__()
            except StopAsyncIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                await self.gen.aclose()

        if value is None:
            value = typ()
        try:
            await self.gen.athrow(typ, value, traceback)
        except StopAsyncIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            # An async generator turns both StopIteration and
            # StopAsyncIteration into RuntimeError.
            if isinstance(value, (StopIteration, StopAsyncIteration)) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await self.gen.aclose()


def asynccontextmanager(func):
    """@asynccontextmanager: an async generator that yields once becomes an
    async context manager."""

    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)

    _copy_function_names(func, helper)
    return helper


class closing(AbstractContextManager):
    """Calls thing.close() on exit."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Awaits thing.aclose() on exit (for async generators)."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class suppress(AbstractContextManager):
    """Swallows the listed exception types (and their subclasses)."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class _RedirectStream(AbstractContextManager):
    """Swaps a sys stream for `new_target` inside the with block (re-entrant)."""

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        import sys
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        import sys
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Sends what print() and sys.stdout.write() produce to another file-like object."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Sends what is written to sys.stderr to another file-like object."""

    _stream = "stderr"


class nullcontext(AbstractContextManager):
    """Does nothing; `with nullcontext(x) as y` binds y to x."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


def _type_name(cls):
    return cls.__module__ + "." + cls.__qualname__


def _bound_exit(cm, exit_method):
    # The __exit__ looked up on the type, bound to its manager.
    def exit_wrapper(exc_type, exc, tb):
        return exit_method(cm, exc_type, exc, tb)

    exit_wrapper.__self__ = cm
    return exit_wrapper


class _BaseExitStack:
    """What ExitStack and AsyncExitStack share: the callback stack."""

    def __init__(self):
        # Pairs (is_sync, callback), unwound last to first.
        self._exit_callbacks = []

    def pop_all(self):
        """Moves every callback to a new stack and returns it."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Adds an __exit__-style callback, or a context manager's __exit__."""
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, _bound_exit(exit, exit_method)))
        return exit

    def enter_context(self, cm):
        """Enters `cm` and pushes its __exit__; returns what __enter__ returned."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError("'" + _type_name(cls) + "' object does not support the "
                            "context manager protocol") from None
        result = enter(cm)
        self._exit_callbacks.append((True, _bound_exit(cm, exit)))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Calls callback(*args, **kwds) on exit; it cannot suppress exceptions."""

        def exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)

        exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((True, exit_wrapper))
        return callback


def _relink_context(new_exc, old_exc, frame_exc):
    # An exception raised by one callback must look as if raised while the
    # previous one (old_exc) was being handled, as with nested with
    # statements: find where its __context__ chain reaches the exception that
    # was already being handled outside the stack, and splice old_exc in there.
    while True:
        context = new_exc.__context__
        if context is None or context is old_exc:
            return
        if context is frame_exc:
            break
        new_exc = context
    new_exc.__context__ = old_exc


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A dynamic stack of context managers and callbacks, unwound on exit."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException:
                new_details = sys.exc_info()
                _relink_context(new_details[1], exc_details[1], frame_exc)
                pending_raise = True
                exc_details = new_details
        if pending_raise:
            exc = exc_details[1]
            # `raise` would set __context__ again; keep the one built above.
            fixed_context = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = fixed_context
                raise
        return received_exc and suppressed

    def close(self):
        """Unwinds the stack now."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for async with: holds async and sync exit callbacks."""

    async def enter_async_context(self, cm):
        """Awaits cm.__aenter__() and pushes its __aexit__."""
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError("'" + _type_name(cls) + "' object does not support the "
                            "asynchronous context manager protocol") from None
        result = await enter(cm)
        self._exit_callbacks.append((False, _bound_exit(cm, exit)))
        return result

    def push_async_exit(self, exit):
        """Adds a coroutine function with __aexit__'s signature, or an async
        context manager's __aexit__."""
        try:
            exit_method = type(exit).__aexit__
        except AttributeError:
            self._exit_callbacks.append((False, exit))
        else:
            self._exit_callbacks.append((False, _bound_exit(exit, exit_method)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Awaits callback(*args, **kwds) on exit; it cannot suppress exceptions."""

        async def exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)

        exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((False, exit_wrapper))
        return callback

    async def aclose(self):
        """Unwinds the stack now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if is_sync:
                    cb_suppress = cb(*exc_details)
                else:
                    cb_suppress = await cb(*exc_details)
                if cb_suppress:
                    suppressed = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException:
                new_details = sys.exc_info()
                _relink_context(new_details[1], exc_details[1], frame_exc)
                pending_raise = True
                exc_details = new_details
        if pending_raise:
            exc = exc_details[1]
            fixed_context = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = fixed_context
                raise
        return received_exc and suppressed
