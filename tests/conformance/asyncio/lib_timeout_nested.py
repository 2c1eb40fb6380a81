# Nested timeouts: only the one that expired converts the cancellation.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    # inner expires first
    try:
        async with asyncio.timeout(5) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(10)
            except TimeoutError:
                print("inner timeout at", loop.time(), inner.expired(), outer.expired())
            await asyncio.sleep(10)
    except TimeoutError:
        print("outer timeout at", loop.time(), outer.expired())
    # outer expires first
    try:
        async with asyncio.timeout(1) as outer:
            try:
                async with asyncio.timeout(5) as inner:
                    await asyncio.sleep(10)
            except TimeoutError:
                print("inner should not see it")
            except asyncio.CancelledError:
                print("inner block sees CancelledError", inner.expired(), outer.expired())
                raise
    except TimeoutError:
        print("outer caught at", loop.time(), outer.expired())
    print("cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
