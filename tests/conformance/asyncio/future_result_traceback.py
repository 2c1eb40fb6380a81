# result() re-raises the exception a task ended with: the traceback goes from
# the caller of result() straight on to where the exception was raised (the
# accessor is C in CPython and leaves no frame of its own).
import asyncio
import traceback


async def boom():
    raise ValueError("x")


async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    try:
        t.result()
    except ValueError as e:
        # Each frame's function and line (file names depend on how it is run).
        for frame in traceback.extract_tb(e.__traceback__):
            print(frame.name, frame.lineno, frame.line)
    print("exception() returns it:", repr(t.exception()))


asyncio.run(main())
