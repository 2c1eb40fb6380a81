# asyncio.timeout() and asyncio.timeout_at() (CPython 3.11's asyncio.timeouts).
#
# Entering a Timeout schedules a loop callback at the deadline; if it fires
# while the block runs, it cancels the current task. On the way out, the
# Timeout takes back its own cancel request (Task.uncancel) and, unless some
# other cancellation was requested while the block ran, turns the
# CancelledError into TimeoutError (raised from it).
import asyncio.events as events
import asyncio.exceptions as exceptions
import asyncio.tasks as tasks

__all__ = ('Timeout', 'timeout', 'timeout_at')


class _State:
    # The lifecycle of a Timeout; stands in for the enum CPython uses.

    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return f'<_State.{self.name}: {self.value!r}>'


_State.CREATED = _State('CREATED', 'created')
_State.ENTERED = _State('ENTERED', 'active')
_State.EXPIRING = _State('EXPIRING', 'expiring')
_State.EXPIRED = _State('EXPIRED', 'expired')
_State.EXITED = _State('EXITED', 'finished')


class Timeout:
    """An async context manager cancelling its block at loop time `when`
    (None: never, until rescheduled)."""

    # What typing.final marks a class with.
    __final__ = True

    def __init__(self, when):
        self._state = _State.CREATED
        # The loop callback that fires the timeout, while one is scheduled.
        self._timeout_handler = None
        # The task running the block, found on entry.
        self._task = None
        self._when = when

    def when(self):
        """The deadline in loop time, or None."""
        return self._when

    def reschedule(self, when):
        """Moves the deadline (None disarms it); only inside the block."""
        if self._state is not _State.ENTERED:
            if self._state is _State.CREATED:
                raise RuntimeError('Timeout has not been entered')
            raise RuntimeError(f'Cannot change state of {self._state.value} Timeout')
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
            return
        loop = events.get_running_loop()
        # A deadline already past fires on the next loop iteration.
        if when <= loop.time():
            self._timeout_handler = loop.call_soon(self._on_timeout)
        else:
            self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        """True once the deadline has fired."""
        return self._state is _State.EXPIRING or self._state is _State.EXPIRED

    def __repr__(self):
        text = f'<Timeout [{self._state.value}]'
        if self._state is _State.ENTERED:
            when = None if self._when is None else round(self._when, 3)
            text += f' when={when}'
        return text + '>'

    async def __aenter__(self):
        if self._state is not _State.CREATED:
            raise RuntimeError('Timeout has already been entered')
        task = tasks.current_task()
        if task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._state = _State.ENTERED
        self._task = task
        # Cancel requests already pending on entry are not ours to convert.
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        assert self._state is _State.ENTERED or self._state is _State.EXPIRING
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state is _State.EXPIRING:
            self._state = _State.EXPIRED
            # Our cancel request is withdrawn; if no other one came while
            # the block ran and it did end in CancelledError, that error was
            # ours to convert.
            if self._task.uncancel() <= self._cancelling and exc_type is exceptions.CancelledError:
                raise TimeoutError from exc_val
        elif self._state is _State.ENTERED:
            self._state = _State.EXITED
        return None

    def _on_timeout(self):
        assert self._state is _State.ENTERED
        self._task.cancel()
        self._state = _State.EXPIRING
        self._timeout_handler = None


def timeout(delay):
    """A Timeout `delay` seconds from now (None: no deadline)."""
    loop = events.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """A Timeout at the absolute loop time `when` (None: no deadline)."""
    return Timeout(when)
