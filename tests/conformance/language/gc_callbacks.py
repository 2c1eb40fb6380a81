# gc.callbacks are called before and after every collection with the phase
# and an info dict; DEBUG_SAVEALL keeps the garbage in gc.garbage instead of
# freeing it.
import gc

gc.disable()
events = []


def record(phase, info):
    events.append((phase, info["generation"], sorted(info)))


gc.callbacks.append(record)
gc.collect()
gc.collect(0)
gc.collect(1)
print(events[0])
print([(phase, generation) for phase, generation, _ in events])
gc.callbacks.remove(record)


def counting(phase, info):
    if phase == "stop":
        print("stop: collected something:", info["collected"] > 0, "uncollectable:", info["uncollectable"])


class Node:
    pass


gc.callbacks.append(counting)
n = Node()
n.me = n
del n
gc.collect()
gc.callbacks.clear()


def failing(phase, info):
    raise RuntimeError("callback failed")


gc.callbacks.append(failing)
print("collect still works:", gc.collect() >= 0)
gc.callbacks.clear()

gc.set_debug(gc.DEBUG_SAVEALL)
a = Node()
b = Node()
a.name, b.name = "a", "b"
a.peer, b.peer = b, a
del a, b
gc.collect()
saved = [o for o in gc.garbage if isinstance(o, Node)]
print("saved:", sorted(o.name for o in saved), saved[0].peer is saved[1] or saved[1].peer is saved[0])
gc.set_debug(0)
gc.garbage.clear()
del saved
gc.collect()
print("garbage:", gc.garbage)
