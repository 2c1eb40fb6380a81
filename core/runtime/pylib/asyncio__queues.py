# asyncio's queues (CPython 3.11's asyncio.queues): Queue (FIFO),
# PriorityQueue (smallest first, through heapq) and LifoQueue.
#
# A full queue parks put() callers as futures in _putters, an empty one parks
# get() callers in _getters. Adding an item wakes the first live getter,
# removing one wakes the first live putter; the woken task re-checks the queue
# when it runs, since another task may have got there first.
import collections
import heapq

import asyncio.locks as locks
import asyncio.mixins as mixins

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')


# types.GenericAlias, which Queue[int] makes.
_GenericAlias = type(list[int])


class QueueEmpty(Exception):
    """Raised by get_nowait() on an empty queue."""


class QueueFull(Exception):
    """Raised by put_nowait() on a full queue."""


class Queue(mixins._LoopBoundMixin):
    """A FIFO queue for producer and consumer tasks. With maxsize > 0, put()
    waits while maxsize items are queued; maxsize <= 0 means no limit."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = collections.deque()
        self._putters = collections.deque()
        # Items put and not yet reported done with task_done(); join() waits
        # on _finished, which is set whenever this count is zero.
        self._unfinished_tasks = 0
        self._finished = locks.Event()
        self._finished.set()
        self._init(maxsize)

    # The storage hooks subclasses override.

    def _init(self, maxsize):
        self._queue = collections.deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        # Pops waiters until one is still waiting and wakes that one; the
        # ones already done (cancelled) are simply dropped.
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    __class_getitem__ = classmethod(_GenericAlias)

    def _format(self):
        text = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            text += f' _queue={list(self._queue)!r}'
        if self._getters:
            text += f' _getters[{len(self._getters)}]'
        if self._putters:
            text += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            text += f' tasks={self._unfinished_tasks}'
        return text

    def qsize(self):
        """How many items are queued."""
        return len(self._queue)

    @property
    def maxsize(self):
        """The capacity given at creation (<= 0: unbounded)."""
        return self._maxsize

    def empty(self):
        """True when no item is queued."""
        return not self._queue

    def full(self):
        """True when maxsize items are queued (never for an unbounded queue)."""
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        """Adds an item, first waiting for room if the queue is full."""
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()
                # A get may already have popped this putter from the deque.
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass
                # Woken for a free slot we will not use: pass it on.
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        """Adds an item at once; QueueFull if there is no room."""
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        """Removes and returns an item, first waiting for one if empty."""
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()
                # A put may already have popped this getter from the deque.
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                # Woken for an item we will not take: pass it on.
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        """Removes and returns an item at once; QueueEmpty if there is none."""
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        """Reports one item taken by get() as processed; join() returns when
        every item put so far was reported."""
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        """Waits until every item put was processed (see task_done)."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """A Queue giving its smallest entry first, e.g. (priority, data) tuples."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item, heappush=heapq.heappush):
        heappush(self._queue, item)

    def _get(self, heappop=heapq.heappop):
        return heappop(self._queue)


class LifoQueue(Queue):
    """A Queue giving its most recently added entry first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
