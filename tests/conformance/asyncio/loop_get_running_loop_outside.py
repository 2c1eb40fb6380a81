import asyncio

for fn in (asyncio.get_running_loop, asyncio.current_task):
    try:
        fn()
    except RuntimeError as e:
        print(fn.__name__, "->", e)

async def main():
    loop = asyncio.get_running_loop()
    print("inside: same loop for get_event_loop:", asyncio.get_event_loop() is loop)
    return loop

loop = asyncio.run(main())
print("after run: closed", loop.is_closed())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("again ->", e)
