import asyncio

loop = asyncio.new_event_loop()
def show(tag):
    print(f"{tag}: now={loop.time()!r}")
    loop.call_soon(print, f"  soon after {tag}")

loop.call_at(1.0 + 2e-9, show, "1+2e-9")
loop.call_at(1.0 + 5e-10, show, "1+5e-10")
loop.call_at(1.0, show, "1.0")
loop.call_at(1.0 + 9e-10, show, "1+9e-10")
loop.call_at(5, loop.stop)
loop.run_forever()
loop.close()
