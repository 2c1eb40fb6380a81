# aclosing() awaits aclose() of an async generator on exit.
from contextlib import aclosing

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("async generator closed")

async def main():
    async with aclosing(agen()) as ag:
        async for x in ag:
            print("got", x)
            break
    print("after async with")

try:
    main().send(None)
except StopIteration:
    print("done")
