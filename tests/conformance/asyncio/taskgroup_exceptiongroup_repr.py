import asyncio

async def fail(exc, d):
    await asyncio.sleep(d)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(KeyError("k"), 1))
            tg.create_task(fail(TypeError("t"), 1))
            tg.create_task(fail(ValueError("never"), 2))
    except ExceptionGroup as eg:
        print(type(eg).__name__, "|", eg.message, "|", len(eg.exceptions))
        print(repr(eg.exceptions))
        print(str(eg))
        match, rest = eg.split(KeyError)
        print("split:", repr(match.exceptions), repr(rest.exceptions))

asyncio.run(main())
