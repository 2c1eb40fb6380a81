# get_running_loop() is C in CPython: its RuntimeError's traceback has only
# the caller's frame.
import asyncio
import sys
import traceback

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    frames = traceback.extract_tb(sys.exc_info()[2])
    print(e, [f.name for f in frames])


async def inner():
    return asyncio.get_running_loop()


def call_outside():
    coro = inner()
    try:
        coro.send(None)
    except RuntimeError as e:
        print(e, [f.name for f in traceback.extract_tb(e.__traceback__)])


call_outside()
