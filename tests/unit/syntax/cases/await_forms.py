async def f():
    await x
    y = await z.w()
    r = (await a) + await b
    return [await c for c in d]
