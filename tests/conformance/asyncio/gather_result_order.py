import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} finished at {asyncio.get_running_loop().time()}")
    return name.upper()

async def main():
    results = await asyncio.gather(job("slow", 3), job("fast", 1), job("mid", 2), job("instant", 0))
    print("results in argument order:", results)

asyncio.run(main())
