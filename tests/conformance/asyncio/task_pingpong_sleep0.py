import asyncio

async def player(name, rounds, log):
    for i in range(rounds):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)

async def main():
    log = []
    await asyncio.gather(player("a", 4, log), player("b", 2, log), player("c", 3, log))
    print(" ".join(log))
    print("time", asyncio.get_running_loop().time())

asyncio.run(main())
