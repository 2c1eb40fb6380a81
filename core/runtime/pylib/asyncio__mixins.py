# The loop-binding mixin of asyncio's synchronisation primitives (CPython's
# asyncio.mixins). A Lock, Queue, ... made outside any loop belongs to no loop
# until it first has to wait; from then on it refuses every other loop.
import asyncio.events as events


class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        running = events._get_running_loop()
        # There is one thread, so no lock is needed around the first binding.
        if self._loop is None:
            self._loop = running
        if running is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return running
