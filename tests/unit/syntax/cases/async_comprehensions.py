async def f():
    r = [x async for x in aiter()]
    s = {await x for x in xs}
    t = (x async for x in a if await x)
