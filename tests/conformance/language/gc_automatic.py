# Without gc.collect(), cycles are still collected once enough objects were
# made; with automatic collection off they pile up until collect().
import gc

freed = 0


class Node:
    def __del__(self):
        global freed
        freed += 1


for i in range(5000):
    n = Node()
    n.me = n
print("collected automatically:", freed > 0)

gc.disable()
gc.collect()
before = freed
for i in range(3000):
    n = Node()
    n.me = n
del n
print("nothing while disabled:", freed == before)
gc.collect()
print("all at collect():", freed - before)
gc.enable()

gc.set_threshold(0)
gc.collect()
before = freed
for i in range(3000):
    n = Node()
    n.me = n
del n
print("threshold 0 turns it off:", freed == before)
gc.collect()
print("collected:", freed - before)
