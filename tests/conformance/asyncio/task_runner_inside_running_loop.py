import asyncio

async def main():
    try:
        with asyncio.Runner() as runner:
            print("entered a Runner inside a running loop")
            inner_loop = runner.get_loop()
    except RuntimeError as e:
        print("on exit -> RuntimeError:", e)
    print("inner loop closed anyway:", inner_loop.is_closed())
    print("outer loop still running:", asyncio.get_running_loop().is_running())

asyncio.run(main())
