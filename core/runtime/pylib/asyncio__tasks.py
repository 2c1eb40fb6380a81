# Tasks and the coroutine-level library (CPython's asyncio.tasks): Task,
# sleep, gather, wait, wait_for, shield, as_completed, ensure_future.
#
# A Task drives a coroutine: its __step sends None (or throws an exception)
# into the coroutine. When the coroutine yields a future (Future.__await__
# yields itself up the whole await chain), the task adds __wakeup as that
# future's done callback and sleeps; a bare `yield` (sleep(0)) just schedules
# the next __step. When the coroutine returns, the task's own result is set.
import functools
import inspect
import itertools
import types

import _asyncio_core
import asyncio.coroutines as coroutines
import asyncio.events as events
import asyncio.exceptions as exceptions
import asyncio.futures as futures

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future',
           'run_coroutine_threadsafe', 'current_task', 'all_tasks', '_register_task',
           '_unregister_task', '_enter_task', '_leave_task')

# Names "Task-1", "Task-2"... count every task made in the session.
_task_name_counter = itertools.count(1).__next__


class Task(futures.Future):
    """A coroutine wrapped in a Future."""

    __module__ = '_asyncio'

    # The fields __init__ sets (asyncio/task_init.cpp), in slots as in
    # CPython's C Task.
    __slots__ = ('_coro', '_name', '_context', '_fut_waiter', '_must_cancel', '_num_cancels_requested',
                 '_log_destroy_pending')

    # __init__(coro, *, loop=None, name=None, context=None) is C++
    # (asyncio/task_init.cpp), as in CPython's C Task: Future's part (the loop,
    # else the current one; no callbacks), TypeError unless coro is a
    # coroutine, the name ("Task-N" from _task_name_counter, else str(name)),
    # the fields, then the task is registered with the loop, reported
    # ("task_created") and its first __step goes to loop.call_soon.
    __init__ = _asyncio_core.task_init

    # C++ (asyncio/task_init.cpp), as CPython's TaskObj_finalize: a task
    # destroyed while pending is reported by _report_destroyed_pending below
    # (unless its __init__ failed before it took a loop), then Future's.
    __del__ = _asyncio_core.task_del

    def _repr_info(self):
        info = super()._repr_info()
        if self._must_cancel:
            info[0] = 'cancelling'
        info.insert(1, f'name={self.get_name()!r}')
        info.insert(2, f'coro=<{coroutines._format_coroutine(self._coro)}>')
        if self._fut_waiter is not None:
            info.insert(3, f'wait_for={self._fut_waiter!r}')
        return info

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        frame = getattr(self._coro, 'cr_frame', None) or getattr(self._coro, 'gi_frame', None)
        return [] if frame is None else [frame]

    def cancel(self, msg=None):
        """Asks the task to cancel itself: CancelledError is thrown into its
        coroutine at the next step (or the future it waits for is cancelled)."""
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    # The step and the wake-up are native (asyncio/task_step.cpp), as in
    # CPython's C Task: `self.__step` and `self.__wakeup` are bound to this
    # task, and the page shows them as native frames. __step sends None into
    # the coroutine (or throws an exception in) between _enter_task and
    # _leave_task; __wakeup steps again once the awaited future is done. They
    # call back into the methods below for all but the common cases.
    __step = property(_asyncio_core.task_step_method)
    __wakeup = property(_asyncio_core.task_wakeup_method)

    def __step_exception(self, exc):
        # Before a step of a task that is done or asked to cancel: what to
        # throw into the coroutine (None: send None).
        if self.done():
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        return exc

    def __step_returned(self, value):
        # The coroutine returned `value`: the task's result, unless a cancel
        # came meanwhile.
        if self._must_cancel:
            self._must_cancel = False
            super().cancel(msg=self._cancel_message)
        else:
            super().set_result(value)
        self._loop._core.unregister_task(self)

    def __step_raised(self, error):
        # The coroutine raised `error`: the task is cancelled by a
        # CancelledError, else it holds the exception. (The step raises
        # KeyboardInterrupt and SystemExit on, out of the loop.)
        if isinstance(error, exceptions.CancelledError):
            self._cancelled_exc = error
            super().cancel()
        else:
            super().set_exception(error)
        self._loop._core.unregister_task(self)

    def __handle_yield(self, result):
        # What the coroutine yielded decides when the next step runs. The
        # native step settles a bare yield and a blocking future of this loop
        # itself, and calls this for everything else.
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if futures._get_loop(result) is not self._loop:
                error = RuntimeError(f'Task {self!r} got Future {result!r} attached to a different loop')
                self._loop.call_soon(self.__step, error, context=self._context)
            elif blocking:
                if result is self:
                    error = RuntimeError(f'Task cannot await on itself: {self!r}')
                    self._loop.call_soon(self.__step, error, context=self._context)
                else:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self.__wakeup, context=self._context)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
            else:
                error = RuntimeError(f'yield was used instead of yield from in task {self!r} with {result!r}')
                self._loop.call_soon(self.__step, error, context=self._context)
        elif result is None:
            self._loop.call_soon(self.__step, context=self._context)
        elif inspect.isgenerator(result):
            error = RuntimeError(f'yield was used instead of yield from for generator in task {self!r} with {result!r}')
            self._loop.call_soon(self.__step, error, context=self._context)
        else:
            error = RuntimeError(f'Task got bad yield: {result!r}')
            self._loop.call_soon(self.__step, error, context=self._context)


del Task.__slots__


def _report_destroyed_pending(task):
    # Task.__del__ of a task still pending.
    task._loop.call_exception_handler({
        'task': task,
        'message': 'Task was destroyed but it is pending!',
    })


def create_task(coro, *, name=None, context=None):
    """Schedules coro on the running loop as a Task."""
    loop = events.get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    _set_task_name(task, name)
    return task


def _set_task_name(task, name):
    if name is not None:
        try:
            set_name = task.set_name
        except AttributeError:
            pass
        else:
            set_name(name)


def current_task(loop=None):
    """The task running on `loop` (default: the running loop), or None."""
    if loop is None:
        loop = events.get_running_loop()
    return loop._core.get_current_task()


def all_tasks(loop=None):
    """The tasks of `loop` (default: the running loop) not yet done."""
    if loop is None:
        loop = events.get_running_loop()
    # The loop core keeps its tasks in creation order (CPython: a weak set).
    return {t for t in loop._core.tasks() if not t.done()}


def _register_task(task):
    task._loop._core.register_task(task)


def _unregister_task(task):
    task._loop._core.unregister_task(task)


# Task.__step switches the loop's running task with these two, which CPython
# takes from its C module even for the pure-Python Task: no frame of their own.
from _asyncio_core import _enter_task, _leave_task


# ------------------------------------------------------------------ sleep

@types.coroutine
def __sleep0():
    # A bare yield: the Task schedules its next step with call_soon.
    yield


async def sleep(delay, result=None):
    """Suspends for `delay` seconds of loop time; sleep(0) just yields once."""
    if delay <= 0:
        await __sleep0()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


# ------------------------------------------------------------------ ensure_future

def ensure_future(coro_or_future, *, loop=None):
    """A future as is; a coroutine or awaitable wrapped in a Task."""
    return _ensure_future(coro_or_future, loop=loop)


def _ensure_future(coro_or_future, *, loop=None):
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    wrapped = False
    if not coroutines.iscoroutine(coro_or_future):
        if inspect.isawaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
            wrapped = True
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = events._get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not wrapped:
            coro_or_future.close()
        raise


@types.coroutine
def _wrap_awaitable(awaitable):
    return (yield from awaitable.__await__())


# ------------------------------------------------------------------ wait

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures in fs; returns the sets (done, pending)."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = events.get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    remaining = len(fs)

    def _on_completion(f):
        nonlocal remaining
        remaining -= 1
        if (remaining <= 0 or return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def wait_for(fut, timeout):
    """Waits for one awaitable with a timeout; on timeout it is cancelled
    and TimeoutError raised."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = functools.partial(_release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except exceptions.CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    cb = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


def as_completed(fs, *, timeout=None):
    """Yields awaitables that give the results in completion order."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    from asyncio.queues import Queue
    done = Queue()
    loop = events._get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


# ------------------------------------------------------------------ gather, shield

class _GatheringFuture(futures.Future):
    """gather()'s outer future: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled_any = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled_any = True
        if cancelled_any:
            self._cancel_requested = True
        return cancelled_any


def gather(*coros_or_futures, return_exceptions=False):
    """A future of the list of results, in argument order."""
    if not coros_or_futures:
        loop = events._get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            results = []
            for child in children:
                if child.cancelled():
                    res = exceptions.CancelledError('' if child._cancel_message is None else child._cancel_message)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    loop = None
    outer = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = _ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    """A future that follows arg but whose cancellation leaves arg running."""
    inner = _ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def run_coroutine_threadsafe(coro, loop):
    raise NotImplementedError('threads are not available in yieldscope')
