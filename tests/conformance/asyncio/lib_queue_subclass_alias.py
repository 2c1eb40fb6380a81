# Queue subclasses overriding the storage hooks, Queue[T] aliases, and the
# modules' __all__.
import asyncio
import asyncio.locks
import asyncio.queues
import asyncio.taskgroups
import asyncio.timeouts

class RoundRobin(asyncio.Queue):
    """Gives items from alternating ends."""
    def _init(self, maxsize):
        self._queue = []
        self._flip = False
    def _put(self, item):
        self._queue.append(item)
    def _get(self):
        self._flip = not self._flip
        return self._queue.pop(0 if self._flip else -1)

async def consumer(q, log):
    while True:
        item = await q.get()
        log.append(item)
        q.task_done()

async def main():
    q = RoundRobin(3)
    log = []
    c = asyncio.create_task(consumer(q, log))
    for i in range(4):
        await q.put(i)
    q.put_nowait(4)
    await q.join()
    print(log, str(q))
    for i in range(3):
        q.put_nowait(i * 10)
    print("full:", q.full(), str(q))
    await q.join()
    print(log)
    c.cancel()
    print(asyncio.Queue[int], asyncio.PriorityQueue[tuple], asyncio.Queue[int]().maxsize)
    print(asyncio.locks.__all__)
    print(asyncio.queues.__all__)
    print(asyncio.timeouts.__all__, asyncio.taskgroups.__all__)
    print([c.__name__ for c in asyncio.Lock.__mro__], [c.__name__ for c in asyncio.BoundedSemaphore.__mro__])
    print(asyncio.Queue.__module__, asyncio.LifoQueue.__mro__[1].__module__, asyncio.QueueFull.__module__)

asyncio.run(main())
