import asyncio

async def accumulator():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            print("accumulator got", repr(e), "at", asyncio.get_running_loop().time())
            total = 0
            continue
        await asyncio.sleep(x)
        total += x

async def main():
    acc = accumulator()
    print(await acc.asend(None))
    print(await acc.asend(1), asyncio.get_running_loop().time())
    print(await acc.asend(2), asyncio.get_running_loop().time())
    print(await acc.athrow(ValueError("reset")))
    print(await acc.asend(0.5), asyncio.get_running_loop().time())
    await acc.aclose()

asyncio.run(main())
