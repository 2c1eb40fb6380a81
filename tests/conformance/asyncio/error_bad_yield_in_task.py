import asyncio
import types

@types.coroutine
def bad_yield(value):
    yield value

async def main(value):
    await bad_yield(value)
    print("not reached")

for value in (42, "str", [1]):
    try:
        asyncio.run(main(value))
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" in task ")[0] if " in task " in str(e) else str(e)[:30])
