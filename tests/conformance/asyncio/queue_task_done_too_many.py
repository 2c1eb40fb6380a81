import asyncio

async def main():
    q = asyncio.Queue()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    q.put_nowait(1)
    q.get_nowait()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError again:", e)
    q.put_nowait(2)
    q.task_done()  # allowed: counts unfinished puts, not gets
    print("empty:", q.empty(), "qsize:", q.qsize())

asyncio.run(main())
