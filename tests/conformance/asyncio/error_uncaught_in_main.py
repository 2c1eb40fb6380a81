import asyncio

async def helper():
    await asyncio.sleep(1)
    return {"a": 1}["b"]

async def main():
    print("main starts")
    try:
        await helper()
    finally:
        print("main finally at", asyncio.get_running_loop().time())

asyncio.run(main())
print("not reached")
