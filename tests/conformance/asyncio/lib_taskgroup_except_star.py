# except* splits a TaskGroup's errors by type.
import asyncio

async def boom(exc, delay):
    await asyncio.sleep(delay)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(ValueError("v1"), 1))
            tg.create_task(boom(TypeError("t"), 1))
            tg.create_task(boom(ValueError("v2"), 1))
    except* ValueError as eg:
        print("values:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("types:", [str(e) for e in eg.exceptions])
    print("done at", asyncio.get_running_loop().time())

asyncio.run(main())
