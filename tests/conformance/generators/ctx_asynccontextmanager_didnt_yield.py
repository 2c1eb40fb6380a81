# The async versions of "generator didn't yield" and "generator didn't stop".
from contextlib import asynccontextmanager

@asynccontextmanager
async def no_yield():
    if False:
        yield

@asynccontextmanager
async def two_yields():
    yield 1
    yield 2

async def main():
    for cm in (no_yield, two_yields):
        try:
            async with cm():
                print("body of", cm.__name__)
        except RuntimeError as e:
            print("RuntimeError:", e)

try:
    main().send(None)
except StopIteration:
    print("done")
