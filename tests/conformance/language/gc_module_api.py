# The gc module's switches, thresholds and introspection, with the results
# that do not depend on how many objects the interpreter itself made.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(100, 5, 2)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
gc.set_debug(0)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)

count = gc.get_count()
print(type(count).__name__, len(count), all(isinstance(c, int) for c in count))
stats = gc.get_stats()
print(len(stats), [sorted(s) for s in stats])
print(gc.garbage, gc.callbacks)


# is_tracked: atoms never, containers always, dicts only while they hold a
# container (CPython untracks dicts of atoms).
class C:
    pass


print(gc.is_tracked(0), gc.is_tracked(1.5), gc.is_tracked("s"), gc.is_tracked(b"b"), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked(C()), gc.is_tracked(C), gc.is_tracked(lambda: 0))
print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}), gc.is_tracked({1: "x"}))

# get_referents: what a container refers to.
# (CPython visits a list's or tuple's items last to first, a dict's values
# before their keys, and leaves out keys when all of them are str.)
lst = ["x", 2.5]
print(gc.get_referents(lst))
print(gc.get_referents(("a", "b", lst)))
d = {"k": lst}
refs = gc.get_referents(d)
print(len(refs), refs[0] is lst)
print(gc.get_referents({1: "one", 2: "two"}))
print(gc.get_referents(1, "s"))

# get_referrers finds the containers that refer to an object.
target = C()
holder = [target]
print(any(r is holder for r in gc.get_referrers(target)))

# get_objects lists tracked objects only.
objs = gc.get_objects()
print(any(o is holder for o in objs), any(o is target for o in objs))

# is_finalized becomes true once the collector ran the finalizer.
keep = []


class WithDel:
    def __del__(self):
        keep.append(self)


w = WithDel()
w.me = w
print(gc.is_finalized(w))
del w
gc.collect()
print(gc.is_finalized(keep[0]))

# freeze moves everything to the permanent generation; unfreeze back.
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())

# The argument checks.
for call in (
    lambda: gc.collect(3),
    lambda: gc.collect(-1),
    lambda: gc.collect("0"),
    lambda: gc.collect(1, 2),
    lambda: gc.collect(gen=1),
    lambda: gc.get_objects(3),
    lambda: gc.get_objects(-2),
    lambda: gc.set_threshold(),
    lambda: gc.set_threshold(1, 2, 3, 4),
    lambda: gc.set_threshold("a"),
    lambda: gc.set_threshold(2 ** 40),
    lambda: gc.is_tracked(),
    lambda: gc.enable(1),
    lambda: gc.get_referents(x=1),
    lambda: gc.get_referrers(x=1),
    lambda: gc.freeze(1),
):
    try:
        call()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(gc.collect(generation=0) >= 0, gc.collect(0) >= 0, gc.collect(1) >= 0, gc.get_objects(generation=None) != [])
