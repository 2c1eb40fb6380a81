import asyncio

# Timers due at the same instant, where some callbacks add more timers for
# that same (now past) instant and call_soon callbacks.
loop = asyncio.new_event_loop()
log = []

def cb(i):
    log.append(f"t{i}")
    if i % 2 == 0:
        loop.call_at(2, log.append, f"late{i}")
        loop.call_soon(log.append, f"soon{i}")

for i in range(6):
    loop.call_at(2, cb, i)
loop.call_at(3, loop.stop)
loop.run_forever()
print(" ".join(log))
loop.close()
