import asyncio

async def gen(name):
    try:
        yield name
        yield name + "!"
    finally:
        print("finalizing", name)

loop = asyncio.new_event_loop()
# anext() is called outside the running loop: the generator's first-iteration
# hook fires right then (no hooks installed), so the loop never tracks it and
# shutdown_asyncgens() does not close it; it is finalized at interpreter exit.
keep = gen("kept")
print(loop.run_until_complete(anext(keep)))
print("calling shutdown_asyncgens")
loop.run_until_complete(loop.shutdown_asyncgens())
print("after shutdown_asyncgens")
later = gen("late")
print(loop.run_until_complete(anext(later)))
loop.run_until_complete(later.aclose())
loop.close()
