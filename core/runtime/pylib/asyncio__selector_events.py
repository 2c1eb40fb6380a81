# The selector event loop. yieldscope has no file descriptors to watch: the
# selector's wait is the virtual clock's jump (asyncio/loop_core.cpp).
import asyncio.base_events as base_events

__all__ = ('BaseSelectorEventLoop',)


class BaseSelectorEventLoop(base_events.BaseEventLoop):

    def __init__(self, selector=None):
        super().__init__()
