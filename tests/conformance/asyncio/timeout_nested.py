import asyncio

async def scenario(outer_d, inner_d, work):
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(outer_d) as outer:
            try:
                async with asyncio.timeout(inner_d) as inner:
                    await asyncio.sleep(work)
            except TimeoutError:
                print(f"  inner timeout caught at +{loop.time() - start}")
            await asyncio.sleep(work)
            print(f"  outer body done at +{loop.time() - start}")
    except TimeoutError:
        print(f"  outer timeout at +{loop.time() - start}")
    print(f"  expired: outer={outer.expired()} inner={inner.expired()}")

async def main():
    for outer_d, inner_d, work in [(5, 1, 2), (1, 5, 2), (10, 5, 2), (3, 3, 4)]:
        print(f"outer={outer_d} inner={inner_d} work={work}")
        await scenario(outer_d, inner_d, work)

asyncio.run(main())
