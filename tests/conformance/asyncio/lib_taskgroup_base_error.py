# A KeyboardInterrupt in a TaskGroup child (or a SystemExit in its body) is not
# wrapped in a group: the group cancels the other child and re-raises it as is,
# and it leaves the event loop.
import asyncio

async def child(name, log):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled at {asyncio.get_running_loop().time()}")
        raise

async def interrupt():
    await asyncio.sleep(1)
    raise KeyboardInterrupt("stop")

log = []

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("a", log))
            tg.create_task(interrupt())
    finally:
        log.append("main's finally")

try:
    asyncio.run(main())
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
print("\n".join(log))

async def body_raises():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child("c", log))
        await asyncio.sleep(0.5)
        raise SystemExit(3)

log.clear()
try:
    asyncio.run(body_raises())
except SystemExit as e:
    print("SystemExit", e.args)
print("\n".join(log))
