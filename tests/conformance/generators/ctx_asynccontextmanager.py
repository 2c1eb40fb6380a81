# @asynccontextmanager with async with, driven by hand.
from contextlib import asynccontextmanager
import types

@types.coroutine
def pause(label):
    yield label

@asynccontextmanager
async def resource(name):
    await pause("acquire " + name)
    try:
        yield name.upper()
    finally:
        await pause("release " + name)
        print("released", name)

async def main():
    async with resource("db") as r:
        print("using", r)
    return "main done"

c = main()
while True:
    try:
        print("suspended:", c.send(None))
    except StopIteration as e:
        print(e.value)
        break
