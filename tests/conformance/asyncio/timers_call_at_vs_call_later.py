import asyncio

loop = asyncio.new_event_loop()

def show(tag):
    print(f"{tag} at {loop.time()}")

def first():
    show("first")
    # call_later is relative to now (2.0); call_at is absolute
    loop.call_later(1, show, "later+1")
    loop.call_at(1.0, show, "at 1 (past)")
    loop.call_at(2.5, show, "at 2.5")
    loop.call_later(-3, show, "later-3")

loop.call_at(2.0, first)
loop.call_at(10.0, loop.stop)
loop.run_forever()
loop.close()
