# asyncio's synchronisation primitives (CPython 3.11's asyncio.locks): Lock,
# Event, Condition, Semaphore, BoundedSemaphore and Barrier.
#
# Every waiter is a plain future in a deque. Waking a waiter only completes its
# future; the waiting task runs later, from the loop, and takes what it waited
# for then. Whatever happens between the wake-up and that moment (another task
# grabbing the lock first, the waiter being cancelled) is handled by the waiter
# itself when it resumes. The order of every check and state change below
# follows CPython's, since it decides which task runs when.
import collections

import asyncio.exceptions as exceptions
import asyncio.mixins as mixins

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier')


def _with_extra(base_repr, extra):
    # '<asyncio.locks.Lock object at 0x...>' -> '<asyncio.locks.Lock object at 0x... [extra]>'
    return f'<{base_repr[1:-1]} [{extra}]>'


class _ContextManagerMixin:
    """`async with prim:` acquires on entry (binding nothing) and releases on exit."""

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A lock owned by no task in particular: acquire() waits while it is held;
    release() hands it to the longest waiting acquirer."""

    def __init__(self):
        # Made on the first wait; each entry is the future of one acquire().
        self._waiters = None
        self._locked = False

    def __repr__(self):
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra += f', waiters:{len(self._waiters)}'
        return _with_extra(super().__repr__(), extra)

    def locked(self):
        """True while the lock is held."""
        return self._locked

    async def acquire(self):
        """Waits until the lock is free, takes it and returns True."""
        if not self._locked:
            # Taking a free lock at once is only fair when nobody queued
            # before us (waiters already cancelled do not count).
            if self._waiters is None or all(w.cancelled() for w in self._waiters):
                self._locked = True
                return True

        if self._waiters is None:
            self._waiters = collections.deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            # Leave the queue before reacting to a cancellation, so that the
            # wake-up below cannot pick this very waiter again.
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except exceptions.CancelledError:
            # We may have been handed the lock just before being cancelled:
            # pass the turn on to the next waiter.
            if not self._locked:
                self._wake_up_first()
            raise

        self._locked = True
        return True

    def release(self):
        """Frees the lock and wakes the first waiter, if any."""
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        # Only the head of the queue is considered. If its future is already
        # done, that waiter is about to run anyway and will either take the
        # lock or, cancelled, wake the next one itself.
        if not self._waiters:
            return
        first = self._waiters[0]
        if not first.done():
            first.set_result(True)


class Event(mixins._LoopBoundMixin):
    """A flag tasks can wait for: set() wakes every waiter, clear() resets it."""

    def __init__(self):
        self._waiters = collections.deque()
        self._value = False

    def __repr__(self):
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra += f', waiters:{len(self._waiters)}'
        return _with_extra(super().__repr__(), extra)

    def is_set(self):
        """True when the flag is set."""
        return self._value

    def set(self):
        """Sets the flag and wakes all waiters, in the order they came."""
        if self._value:
            return
        self._value = True
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)

    def clear(self):
        """Resets the flag; later wait() calls block again."""
        self._value = False

    async def wait(self):
        """Returns True once the flag is set (at once if it already is)."""
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A condition variable over a Lock (a new one unless given): wait()
    releases the lock until notified, then takes it back."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        # The lock's own bound methods serve as the condition's.
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = collections.deque()

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra += f', waiters:{len(self._waiters)}'
        return _with_extra(super().__repr__(), extra)

    async def wait(self):
        """Releases the lock, waits for a notify, re-acquires the lock and
        returns True. The lock is held again on return, even when cancelled."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            # Keep trying to get the lock back however often we are
            # cancelled meanwhile; report the cancellation afterwards.
            was_cancelled = False
            while True:
                try:
                    await self.acquire()
                except exceptions.CancelledError:
                    was_cancelled = True
                else:
                    break
            if was_cancelled:
                raise exceptions.CancelledError

    async def wait_for(self, predicate):
        """Waits until predicate() is true and returns its last value."""
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wakes up to n waiters (the lock must be held; the woken tasks
        return from wait() only once they get the lock)."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        """Wakes every waiter."""
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A counter: acquire() takes one unit, waiting while there is none;
    release() gives one back. The initial value defaults to 1."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            extra += f', waiters:{len(self._waiters)}'
        return _with_extra(super().__repr__(), extra)

    def locked(self):
        """True when acquire() would have to wait."""
        if self._value == 0:
            return True
        # Units are free, but they belong to the queued tasks first.
        for w in (self._waiters or ()):
            if not w.cancelled():
                return True
        return False

    async def acquire(self):
        """Takes a unit, waiting for one if needed; returns True."""
        if not self.locked():
            self._value -= 1
            return True

        if self._waiters is None:
            self._waiters = collections.deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except exceptions.CancelledError:
            # A waiter woken (the unit was already counted out for it) and
            # then cancelled gives its unit back to the next in line.
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise

        # Units left over (several releases at once) go on down the queue.
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        """Gives a unit back and wakes the first waiter still waiting."""
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        # The unit is counted out for the woken waiter here, at wake-up.
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() refuses to go above the initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class _BarrierState:
    # The four states of a Barrier; stands in for the enum CPython uses.

    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return f'<_BarrierState.{self.name}: {self.value!r}>'


_BarrierState.FILLING = _BarrierState('FILLING', 'filling')
_BarrierState.DRAINING = _BarrierState('DRAINING', 'draining')
_BarrierState.RESETTING = _BarrierState('RESETTING', 'resetting')
_BarrierState.BROKEN = _BarrierState('BROKEN', 'broken')


class Barrier(mixins._LoopBoundMixin):
    """Holds tasks in wait() until `parties` of them are there, then lets
    them all go; each gets a distinct index 0..parties-1."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        # Every state change is announced with notify_all on this condition.
        self._cond = Condition()
        self._parties = parties
        self._state = _BarrierState.FILLING
        # Tasks inside wait(): arrived and not yet left.
        self._count = 0

    def __repr__(self):
        extra = self._state.value
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return _with_extra(super().__repr__(), extra)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Waits for the barrier to fill up; returns this task's index."""
        async with self._cond:
            # A barrier still letting the previous round out (or resetting)
            # makes newcomers wait for that to end.
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    await self._release()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                self._exit()

    async def _block(self):
        await self._cond.wait_for(
            lambda: self._state is not _BarrierState.DRAINING
            and self._state is not _BarrierState.RESETTING)
        if self._state is _BarrierState.BROKEN:
            raise exceptions.BrokenBarrierError('Barrier aborted')

    async def _release(self):
        # The last party has come: let everybody out.
        self._state = _BarrierState.DRAINING
        self._cond.notify_all()

    async def _wait(self):
        await self._cond.wait_for(lambda: self._state is not _BarrierState.FILLING)
        if self._state is _BarrierState.BROKEN or self._state is _BarrierState.RESETTING:
            raise exceptions.BrokenBarrierError('Abort or reset of barrier')

    def _exit(self):
        # The last task out ends a drain or a reset.
        if self._count == 0:
            if self._state is _BarrierState.RESETTING or self._state is _BarrierState.DRAINING:
                self._state = _BarrierState.FILLING
            self._cond.notify_all()

    async def reset(self):
        """Back to the empty state; tasks waiting get BrokenBarrierError."""
        async with self._cond:
            if self._count > 0:
                if self._state is not _BarrierState.RESETTING:
                    self._state = _BarrierState.RESETTING
            else:
                self._state = _BarrierState.FILLING
            self._cond.notify_all()

    async def abort(self):
        """Breaks the barrier: waiting and future wait() calls raise
        BrokenBarrierError."""
        async with self._cond:
            self._state = _BarrierState.BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        """How many tasks it takes to pass the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """How many tasks are waiting while it fills."""
        if self._state is _BarrierState.FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """True once abort() was called."""
        return self._state is _BarrierState.BROKEN
