# The default loop and policy of a Unix CPython: what asyncio.run,
# new_event_loop() and get_event_loop() make.
import asyncio.events as events
import asyncio.selector_events as selector_events

__all__ = ('SelectorEventLoop', 'DefaultEventLoopPolicy')


class _UnixSelectorEventLoop(selector_events.BaseSelectorEventLoop):
    """Unix event loop."""


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _loop_factory = _UnixSelectorEventLoop


SelectorEventLoop = _UnixSelectorEventLoop
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
