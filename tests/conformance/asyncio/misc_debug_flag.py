import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print("debug default:", loop.get_debug())
    return loop

loop = asyncio.run(main())
print("closed:", loop.is_closed())
loop2 = asyncio.new_event_loop()
loop2.set_debug(False)
print("set_debug(False):", loop2.get_debug())
loop2.close()
