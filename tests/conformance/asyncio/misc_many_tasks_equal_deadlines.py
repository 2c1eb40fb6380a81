import asyncio

async def job(i, order):
    await asyncio.sleep(1 + (i % 4))   # many ties on four deadlines
    order.append(i)

async def main():
    order = []
    await asyncio.gather(*(job(i, order) for i in range(200)))
    for k in range(4):
        part = order[k * 50:(k + 1) * 50]
        print(k + 1, part[:12], sum(p * (n + 1) for n, p in enumerate(part)))

asyncio.run(main())
