import asyncio

loop = asyncio.new_event_loop()

async def worker(name, n):
    for i in range(n):
        print(f"{name} step {i} at {loop.time()}")
        if name == "stopper" and i == 1:
            loop.stop()
            print("stopper asked the loop to stop and keeps going")
        await asyncio.sleep(1)
    print(f"{name} finished at {loop.time()}")

t1 = loop.create_task(worker("stopper", 3))
t2 = loop.create_task(worker("other", 4))
loop.run_forever()
print("run_forever returned at", loop.time(), [t1.done(), t2.done()])
loop.run_until_complete(t1)
print("t1 complete at", loop.time(), "t2 done:", t2.done())
loop.run_until_complete(t2)
print("t2 complete at", loop.time())
loop.close()
