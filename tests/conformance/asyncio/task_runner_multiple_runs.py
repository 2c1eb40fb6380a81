import asyncio

async def step(label, delay):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(delay)
    return f"{label} in {asyncio.current_task().get_name()} at {loop.time()}"

with asyncio.Runner() as runner:
    print(runner.run(step("first", 1)))
    print(runner.run(step("second", 2)))
    loop = runner.get_loop()
    print("same loop:", loop is runner.get_loop(), "running:", loop.is_running())
    print(runner.run(step("third", 0.5)))
print("closed after with:", loop.is_closed())
try:
    runner.run(step("late", 1))
except RuntimeError as e:
    print("RuntimeError:", e)
