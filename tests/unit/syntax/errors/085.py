async def f():
x
