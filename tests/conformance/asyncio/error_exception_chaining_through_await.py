import asyncio

async def low():
    await asyncio.sleep(0.1)
    raise KeyError("low")

async def mid():
    try:
        await low()
    except KeyError as e:
        raise RuntimeError("mid failed") from e

async def top():
    t = asyncio.create_task(mid())
    try:
        await t
    except RuntimeError as e:
        print(repr(e), "cause:", repr(e.__cause__), "context is cause:", e.__context__ is e.__cause__)
        print("same object from task:", t.exception() is e)
        raise ValueError("top") from None

asyncio.run(top())
