async def f():
    await g()
    return await h(1)
