import asyncio

async def main():
    g = asyncio.gather()
    print("empty gather done immediately:", g.done(), g.result())
    print("awaited:", await asyncio.gather())
    print("with return_exceptions:", await asyncio.gather(return_exceptions=True))
    print("is a future:", asyncio.isfuture(g))

asyncio.run(main())
