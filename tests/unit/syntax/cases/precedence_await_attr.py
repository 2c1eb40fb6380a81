async def f():
    return await x.y(z)[0]
