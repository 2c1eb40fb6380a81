# A virtual-clock event loop for the peers that run CPython's own asyncio (Pyodide):
# CPython's BaseEventLoop with a selector whose wait never blocks but moves the clock
# to the earliest timer, as /work/shared/corpus/ref.py does for CPython. Only the
# loop's clock is virtual here (time.time() is not touched), which the bench programs
# do not use.
import asyncio
import asyncio.events


class _VirtualSelector:
    def __init__(self, loop):
        self._loop = loop

    def select(self, timeout=None):
        loop = self._loop
        if timeout is None:
            raise RuntimeError("virtual loop: deadlock (nothing ready, no timers)")
        if timeout > 0 and loop._scheduled:
            when = loop._scheduled[0]._when
            if when > loop._now:
                loop._now = when
        return []

    def close(self):
        pass


class VirtualEventLoop(asyncio.BaseEventLoop):
    def __init__(self):
        super().__init__()
        self._now = 0.0
        self._clock_resolution = 1e-9
        self._selector = _VirtualSelector(self)

    def time(self):
        return self._now

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        pass

    def close(self):
        super().close()


def _new_loop():
    return VirtualEventLoop()


def run(main, *, debug=None, loop_factory=None):
    # Pyodide keeps its browser-style loop marked as running; step out of it.
    outer = asyncio.events._get_running_loop()
    asyncio.events._set_running_loop(None)
    try:
        with asyncio.Runner(debug=debug, loop_factory=loop_factory or _new_loop) as runner:
            return runner.run(main)
    finally:
        asyncio.events._set_running_loop(outer)


asyncio.run = run
