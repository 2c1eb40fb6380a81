import asyncio

async def leaf(x):
    await asyncio.sleep(x)
    print("leaf", x, "done at", asyncio.get_running_loop().time())
    return x

async def middle(x):
    t = asyncio.create_task(leaf(x))
    v = await t
    print("middle got", v)
    return v * 2

async def top():
    a = asyncio.create_task(middle(1))
    b = asyncio.create_task(middle(2))
    print("top waits on b first")
    vb = await b
    print("top got b", vb, "a done?", a.done())
    va = await a
    return va + vb

print("total", asyncio.run(top()))
