import asyncio
import time

loop = asyncio.new_event_loop()
log = []

def note(tag):
    log.append(f"{tag} ran at {loop.time()}")

def slow():
    note("slow (start)")
    loop.call_soon(note, "soon from slow")
    time.sleep(2)                      # blocks the loop; timers become overdue
    loop.call_soon(note, "soon after blocking")
    note("slow (end)")

loop.call_at(1.0, note, "timer 1.0")
loop.call_at(0.5, slow)
loop.call_at(1.5, note, "timer 1.5")
loop.call_at(2.5, note, "timer 2.5")
loop.call_at(2.75, note, "timer 2.75")
loop.call_at(3.0, loop.stop)
loop.run_forever()
print("\n".join(log))
print("end", loop.time())
loop.close()
