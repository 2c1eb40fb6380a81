async def f():
    return await a ** 2
