# A future's done callbacks: the order they run in, remove_done_callback
# (counting every equal one, the first included), what _callbacks shows and
# that it is read-only, and repr() with one, two and many callbacks.
import asyncio


class Named:
    # Equal by name: remove_done_callback compares with ==, not identity.
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __call__(self, fut):
        self.log.append(self.name)

    def __eq__(self, other):
        return isinstance(other, Named) and other.name == self.name

    def __hash__(self):
        return hash(self.name)

    def __repr__(self):
        return f"Named({self.name})"


def names(fut):
    cbs = fut._callbacks
    return None if cbs is None else [cb.name for cb, ctx in cbs]


async def main():
    loop = asyncio.get_running_loop()
    log = []
    a, b, c = Named("a", log), Named("b", log), Named("c", log)

    f = loop.create_future()
    print("none yet:", f._callbacks, f.remove_done_callback(a))
    for cb in (a, b, a, c):
        f.add_done_callback(cb)
    print("four:", names(f), type(f._callbacks).__name__, f._callbacks is f._callbacks)
    print("remove a:", f.remove_done_callback(Named("a", [])), names(f))
    f.add_done_callback(a)
    print("a again goes last:", names(f))
    print("remove b, c:", f.remove_done_callback(b), f.remove_done_callback(c), names(f))
    print("remove a:", f.remove_done_callback(a), names(f))
    f.add_done_callback(c)
    f.add_done_callback(b)
    f.set_result(1)
    await asyncio.sleep(0)
    print("ran:", log, "after:", f._callbacks)

    g = loop.create_future()
    g.add_done_callback(a)
    try:
        g._callbacks = []
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        del g._callbacks
    except AttributeError as e:
        print("AttributeError:", e)
    print("repr one:", repr(g).split(" cb=")[1])
    g.add_done_callback(b)
    print("repr two:", repr(g).split(" cb=")[1])
    g.add_done_callback(c)
    g.add_done_callback(a)
    print("repr many:", repr(g).split(" cb=")[1])
    log.clear()
    g.cancel()
    await asyncio.sleep(0)
    print("cancel ran:", log)

    # A callback added to a finished future is scheduled at once.
    h = loop.create_future()
    h.set_result(None)
    h.add_done_callback(a)
    print("done:", h._callbacks)
    log.clear()
    await asyncio.sleep(0)
    print("ran:", log)

    # A task's own callbacks work the same (gather's, here).
    async def child(n):
        return n

    t = asyncio.ensure_future(child(5))
    t.add_done_callback(c)
    print("task callbacks:", len(t._callbacks))
    print("gathered:", await asyncio.gather(t), t._callbacks)


asyncio.run(main())
