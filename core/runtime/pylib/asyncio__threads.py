# asyncio.to_thread. yieldscope has no threads: the function runs at once,
# blocking the loop, which is what a real thread looks like on a virtual clock
# when nothing else is pending.
import functools

import asyncio.events as events

__all__ = ('to_thread',)


async def to_thread(func, /, *args, **kwargs):
    """Runs func(*args, **kwargs) and returns its result."""
    loop = events.get_running_loop()
    call = functools.partial(func, *args, **kwargs)
    return await loop.run_in_executor(None, call)
