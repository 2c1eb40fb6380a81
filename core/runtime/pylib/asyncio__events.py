# Event loop handles, the loop policy and the running loop (CPython's
# asyncio.events). Handle and TimerHandle are native (asyncio/handle.cpp): the
# loop core schedules and runs them without going through Python.
import _asyncio_core

__all__ = ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'AbstractServer',
           'Handle', 'TimerHandle', 'get_event_loop_policy', 'set_event_loop_policy',
           'get_event_loop', 'set_event_loop', 'new_event_loop', 'get_child_watcher',
           'set_child_watcher', '_set_running_loop', 'get_running_loop', '_get_running_loop')

Handle = _asyncio_core.Handle
TimerHandle = _asyncio_core.TimerHandle


def _format_callback(func, args=()):
    # "f(1, 'a')", as asyncio's format_helpers writes a callback.
    if hasattr(func, 'func') and hasattr(func, 'args') and hasattr(func, 'keywords'):
        inner = _format_callback(func.func, func.args)
        return inner
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None) or repr(func)
    parts = []
    for a in args:
        r = repr(a)
        if len(r) > 30:
            r = r[:13] + '...' + r[-14:]
        parts.append(r)
    return name + '(' + ', '.join(parts) + ')'


class AbstractServer:
    """Abstract server returned by create_server()."""


class AbstractEventLoop:
    """Abstract event loop."""

    def run_forever(self):
        raise NotImplementedError

    def run_until_complete(self, future):
        raise NotImplementedError

    def stop(self):
        raise NotImplementedError

    def is_running(self):
        raise NotImplementedError

    def is_closed(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    async def shutdown_asyncgens(self):
        raise NotImplementedError

    async def shutdown_default_executor(self):
        raise NotImplementedError

    def call_soon(self, callback, *args, context=None):
        raise NotImplementedError

    def call_later(self, delay, callback, *args, context=None):
        raise NotImplementedError

    def call_at(self, when, callback, *args, context=None):
        raise NotImplementedError

    def time(self):
        raise NotImplementedError

    def create_future(self):
        raise NotImplementedError

    def create_task(self, coro, *, name=None, context=None):
        raise NotImplementedError

    def call_soon_threadsafe(self, callback, *args, context=None):
        raise NotImplementedError

    def set_exception_handler(self, handler):
        raise NotImplementedError

    def get_exception_handler(self):
        raise NotImplementedError

    def default_exception_handler(self, context):
        raise NotImplementedError

    def call_exception_handler(self, context):
        raise NotImplementedError

    def get_debug(self):
        raise NotImplementedError

    def set_debug(self, enabled):
        raise NotImplementedError


class AbstractEventLoopPolicy:
    """Abstract policy for accessing the event loop."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


class _Local:
    _loop = None
    _set_called = False


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One current loop (there is one thread); made on first demand."""

    _loop_factory = None

    def __init__(self):
        self._local = _Local()

    def get_event_loop(self):
        if self._local._loop is None and not self._local._set_called:
            self.set_event_loop(self.new_event_loop())
        if self._local._loop is None:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        return self._local._loop

    def set_event_loop(self, loop):
        self._local._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        self._local._loop = loop

    def new_event_loop(self):
        return self._loop_factory()


_event_loop_policy = None
_running_loop = None


def _init_event_loop_policy():
    global _event_loop_policy
    if _event_loop_policy is None:
        import asyncio.unix_events
        _event_loop_policy = asyncio.unix_events.DefaultEventLoopPolicy()


def get_event_loop_policy():
    """The current event loop policy."""
    if _event_loop_policy is None:
        _init_event_loop_policy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    """Sets the policy; None restores the default one."""
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'")
    _event_loop_policy = policy


# get_running_loop() (RuntimeError when no loop runs) and _get_running_loop()
# (None then) are C++ (asyncio/asyncio_module.cpp), as in CPython's _asyncio:
# they read _running_loop above and leave no frame in a traceback.
get_running_loop = _asyncio_core.get_running_loop
_get_running_loop = _asyncio_core._get_running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_event_loop():
    """The running loop, else the policy's current loop."""
    if _running_loop is not None:
        return _running_loop
    return get_event_loop_policy().get_event_loop()


_get_event_loop = get_event_loop


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


def get_child_watcher():
    raise NotImplementedError('child watchers are not available')


def set_child_watcher(watcher):
    raise NotImplementedError('child watchers are not available')
