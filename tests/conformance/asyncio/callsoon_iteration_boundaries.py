import asyncio

# Each "round" is one iteration of the loop: callbacks scheduled while a
# round runs only run in the next round.
loop = asyncio.new_event_loop()
rounds = []

def make(tag, depth):
    def cb():
        rounds.append((depth, tag))
        if depth < 3:
            loop.call_soon(make(tag + "x", depth + 1))
            if tag == "p":
                loop.call_soon(make("q", depth + 1))
    return cb

loop.call_soon(make("p", 0))
loop.call_soon(make("r", 0))
loop.call_later(0.5, loop.stop)
loop.run_forever()
for depth, tag in rounds:
    print(depth, tag)
loop.close()
