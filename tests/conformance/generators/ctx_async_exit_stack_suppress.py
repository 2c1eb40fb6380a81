# An async exit callback returning True suppresses the exception.
from contextlib import AsyncExitStack

async def swallow(t, v, tb):
    print("swallowing", t.__name__)
    return True

async def main():
    async with AsyncExitStack() as stack:
        stack.push_async_exit(swallow)
        raise IndexError("gone")
    print("continued after suppression")

try:
    main().send(None)
except StopIteration:
    print("done")
