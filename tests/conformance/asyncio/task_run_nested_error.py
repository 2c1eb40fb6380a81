import asyncio

async def inner():
    return "inner"

async def main():
    c = inner()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("can still await it:", await c)
    try:
        asyncio.Runner().run(inner())
    except RuntimeError as e:
        print("Runner.run RuntimeError:", e)

asyncio.run(main())
