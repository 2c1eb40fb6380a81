# asyncio.Future (CPython's asyncio.futures, with the messages of its C
# accelerator, which is what CPython programs see).
#
# A Future is PENDING until set_result/set_exception (FINISHED) or cancel
# (CANCELLED); then its done callbacks are scheduled with call_soon, in the
# order they were added. `await future` runs __await__, which yields the future
# itself up the await chain to the Task that drives it.
import _asyncio_core
import asyncio.events as events
import asyncio.exceptions as exceptions

# Reports "future_done" / "callback_added" to the inspector, when it watches.
_notify = _asyncio_core.notify
_schedule_callbacks = _asyncio_core.schedule_callbacks

__all__ = ('Future', 'wrap_future', 'isfuture')

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for objects that play the Future protocol (not for classes)."""
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _report_unretrieved(fut):
    # Future.__del__ of a future whose exception nobody retrieved.
    fut._loop.call_exception_handler({
        'message': f'{fut.__class__.__name__} exception was never retrieved',
        'exception': fut._exception,
        'future': fut,
    })


def _format_callbacks(callbacks):
    n = len(callbacks)
    if n == 0:
        return ''
    if n == 1:
        text = events._format_callback(callbacks[0][0])
    elif n == 2:
        text = f'{events._format_callback(callbacks[0][0])}, {events._format_callback(callbacks[1][0])}'
    else:
        text = (f'{events._format_callback(callbacks[0][0])}, <{n - 2} more>, '
                f'{events._format_callback(callbacks[-1][0])}')
    return f'cb=[{text}]'


class Future:
    __module__ = '_asyncio'

    # The fields live in slots, as in the struct of CPython's C Future (which
    # also has a dict for attributes a program adds), and __init__ sets every
    # one:
    # _state ('PENDING', 'CANCELLED', 'FINISHED'), _result, _exception,
    # _loop, _source_traceback, _cancel_message, _cancelled_exc,
    # _log_traceback; the done callbacks as CPython's C Future keeps them,
    # the first in _callback0 and _context0 and any more in _more_callbacks,
    # a list of (callback, context) pairs, each unset while there is none
    # (most futures get one callback, and need no list or pair for it);
    # _asyncio_future_blocking, True while the future travels up an await
    # chain to the Task driving it (None would mean "not a future":
    # isfuture()). C++ (asyncio/future_ops.cpp) reads and writes them.
    __slots__ = ('_state', '_result', '_exception', '_loop', '_source_traceback', '_cancel_message',
                 '_cancelled_exc', '_log_traceback', '_callback0', '_context0', '_more_callbacks',
                 '_asyncio_future_blocking', '__dict__', '__weakref__')

    # __init__ (every field; the loop), __del__ (reports an exception nobody
    # retrieved, through _report_unretrieved below) and add_done_callback are
    # C++ (asyncio/future_methods.cpp), as CPython's C Future has them.
    __init__ = _asyncio_core.future_init
    __del__ = _asyncio_core.future_del
    add_done_callback = _asyncio_core.future_add_done_callback

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                r = repr(self._result)
                if len(r) > 30:
                    r = r[:13] + '...' + r[-14:]
                info.append(f'result={r}')
        if self._callbacks:
            info.append(_format_callbacks(self._callbacks))
        return info

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, ' '.join(self._repr_info()))

    # The accessors are C++ (asyncio/future_methods.cpp), as in CPython's C
    # Future: they read the fields above and leave no frame in a traceback.
    get_loop = _asyncio_core.future_get_loop
    done = _asyncio_core.future_done
    cancelled = _asyncio_core.future_cancelled
    result = _asyncio_core.future_result
    exception = _asyncio_core.future_exception

    def _make_cancelled_error(self):
        # The CancelledError to raise: the one that cancelled a task's
        # coroutine if there was one, else a new one carrying the message.
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return exceptions.CancelledError()
        return exceptions.CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        _notify('future_done', self)
        _schedule_callbacks(self)
        return True

    def _schedule_callbacks(self):
        # Each done callback goes to loop.call_soon with this future, in the
        # order they were added; the list is emptied. Native
        # (asyncio/future_ops.cpp), as in CPython's C Future.
        _schedule_callbacks(self)

    # The done callbacks as (callback, context) pairs, None while there are
    # none: a new list each time, as the C Future's getter makes; read-only.
    _callbacks = property(_asyncio_core.future_get_callbacks, _asyncio_core.future_set_callbacks,
                          _asyncio_core.future_set_callbacks)
    remove_done_callback = _asyncio_core.future_remove_done_callback

    def set_result(self, result):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        _notify('future_done', self)
        _schedule_callbacks(self)

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type) and issubclass(exception, BaseException):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        _notify('future_done', self)
        _schedule_callbacks(self)
        self._log_traceback = True

    # `await future` runs a native iterator (asyncio/future_iter.cpp), as
    # CPython's C FutureIter: it yields the future itself while it is pending
    # and leaves no frame in a traceback.
    __await__ = _asyncio_core.future_await
    __iter__ = __await__


# A C type lists no __slots__.
del Future.__slots__


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        return fut._loop
    return get_loop()


# _set_result_unless_cancelled(fut, result): completes fut with result unless
# it was cancelled meanwhile. The timer callback of every asyncio.sleep(), so
# native (asyncio/future_ops.cpp); it calls the methods of any class but
# asyncio.Future itself.
_set_result_unless_cancelled = _asyncio_core._set_result_unless_cancelled


def _copy_state(target, source):
    # Copies a finished future's outcome into another one.
    if source.cancelled():
        target.cancel()
        return
    exc = source.exception()
    if exc is not None:
        target.set_exception(exc)
    else:
        target.set_result(source.result())


def wrap_future(future, *, loop=None):
    if isfuture(future):
        return future
    raise TypeError(f'concurrent.futures.Future is expected, got {future!r}')
