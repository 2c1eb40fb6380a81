# Timeout misuse: used outside a task, timeout() with no running loop, and a
# Timeout re-entered after it finished.
import asyncio

try:
    asyncio.timeout(1)
except RuntimeError as e:
    print("RuntimeError:", e)

t = asyncio.timeout_at(None)
print(repr(t), t.when(), t.expired())

async def main():
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0)
    print(repr(cm))
    print(asyncio.Timeout(3).when(), type(cm).__name__, type(cm).__module__)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    fresh = asyncio.timeout(1)
    try:
        fresh.reschedule(2)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with fresh:
        try:
            async with fresh:
                pass
        except RuntimeError as e:
            print("RuntimeError:", e, repr(fresh))

asyncio.run(main())

loop = asyncio.new_event_loop()
async def use(cm):
    async with cm:
        pass
cm = asyncio.Timeout(None)
coro = use(cm)
try:
    coro.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
loop.close()
