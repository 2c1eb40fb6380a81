import asyncio

async def body():
    print("body runs (should not)")
    try:
        await asyncio.sleep(1)
    finally:
        print("finally (should not)")

async def main():
    t = asyncio.create_task(body())
    print("cancel:", t.cancel())
    print("done right after cancel:", t.done(), "cancelling:", t.cancelling())
    await asyncio.sleep(0)
    print("after a step: done", t.done(), "cancelled", t.cancelled())
    try:
        await t
    except asyncio.CancelledError:
        print("await raised CancelledError")
    print("cancel again:", t.cancel())

asyncio.run(main())
