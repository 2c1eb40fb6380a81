# asyncio.TaskGroup (CPython 3.11's asyncio.taskgroups).
#
# `async with TaskGroup() as tg:` collects the tasks made by tg.create_task and
# waits for all of them on exit. The first task to fail makes the group abort:
# the other tasks are cancelled, and so is the parent task (so that it leaves
# the body of the async with), a cancel request the group withdraws again in
# __aexit__. The failures come out together as one BaseExceptionGroup.
import asyncio.events as events
import asyncio.exceptions as exceptions
import asyncio.tasks as tasks

__all__ = ['TaskGroup']


class TaskGroup:
    """Runs tasks as a group: exits when all are done; a failure cancels
    the rest and is raised in an exception group."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        # Set when the group itself cancelled the parent task.
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        # The first SystemExit/KeyboardInterrupt seen; it beats everything.
        self._base_error = None
        # What __aexit__ waits on while tasks are still running.
        self._on_completed_fut = None

    def __repr__(self):
        parts = ['<TaskGroup']
        if self._tasks:
            parts.append(f'tasks={len(self._tasks)}')
        if self._errors:
            parts.append(f'errors={len(self._errors)}')
        if self._aborting:
            parts.append('cancelling')
        elif self._entered:
            parts.append('entered')
        return ' '.join(parts) + '>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has already been entered')
        if self._loop is None:
            self._loop = events.get_running_loop()
        self._parent_task = tasks.current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True

        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc

        # A CancelledError ending the body goes on out, unless it was only
        # the group's own cancellation of the parent.
        propagate_cancellation_error = exc if et is exceptions.CancelledError else None
        if self._parent_cancel_requested:
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None

        # The body failed or was cancelled: the children are cancelled too.
        if et is not None and not self._aborting:
            self._abort()

        # Wait for every child. The wait may itself be cancelled, more than
        # once, if the parent task is cancelled while we wait.
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except exceptions.CancelledError as ex:
                if not self._aborting:
                    # The parent was cancelled from outside while the
                    # children still ran: that cancellation goes on out.
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None

        assert not self._tasks

        if self._base_error is not None:
            raise self._base_error

        # The children's errors take priority over a cancellation.
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error

        if et is not None and et is not exceptions.CancelledError:
            self._errors.append(exc)

        if self._errors:
            # Drop our list of errors once the group holds them.
            try:
                group = BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors)
                raise group from None
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        """Starts coro as a task of the group."""
        if not self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has not been entered')
        if self._exiting and not self._tasks:
            raise RuntimeError(f'TaskGroup {self!r} is finished')
        if self._aborting:
            raise RuntimeError(f'TaskGroup {self!r} is shutting down')
        if context is None:
            task = self._loop.create_task(coro)
        else:
            task = self._loop.create_task(coro, context=context)
        tasks._set_task_name(task, name)
        task.add_done_callback(self._on_task_done)
        self._tasks.add(task)
        return task

    def _is_base_error(self, exc):
        # The exceptions a task does not keep to itself.
        assert isinstance(exc, BaseException)
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)

        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)

        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return

        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc

        if self._parent_task.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent '
                           f'task {self._parent_task} is already completed',
                'exception': exc,
                'task': task,
            })
            return

        if not self._aborting and not self._parent_cancel_requested:
            # First failure while the body still runs: stop the other
            # children and interrupt the body by cancelling the parent;
            # __aexit__ takes that cancel request back.
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()
