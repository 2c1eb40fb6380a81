# nullcontext also works with async with.
from contextlib import nullcontext

async def main():
    async with nullcontext("value") as v:
        print(v)

try:
    main().send(None)
except StopIteration:
    print("done")
