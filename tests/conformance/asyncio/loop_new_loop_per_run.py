import asyncio

loops = []

async def main(tag):
    loop = asyncio.get_running_loop()
    loops.append(loop)
    await asyncio.sleep(1)
    print(tag, "time", loop.time())

asyncio.run(main("first"))
asyncio.run(main("second"))
print("different loops:", loops[0] is not loops[1])
print("both closed:", loops[0].is_closed(), loops[1].is_closed())
