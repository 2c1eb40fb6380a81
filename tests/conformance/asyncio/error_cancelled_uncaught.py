import asyncio

async def main():
    me = asyncio.current_task()
    asyncio.get_running_loop().call_later(1, me.cancel)
    try:
        await asyncio.sleep(5)
    finally:
        print("main cleanup at", asyncio.get_running_loop().time())

asyncio.run(main())
