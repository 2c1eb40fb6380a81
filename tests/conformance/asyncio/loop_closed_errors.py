import asyncio

loop = asyncio.new_event_loop()
loop.call_soon(print, "never runs: loop closed with pending callback")
loop.close()

def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except RuntimeError as e:
        print(label, "RuntimeError:", e)

async def noop():
    return 1

attempt("call_soon", lambda: loop.call_soon(print, "x"))
attempt("call_later", lambda: loop.call_later(1, print, "x"))
attempt("call_at", lambda: loop.call_at(1, print, "x"))
attempt("run_forever", loop.run_forever)
c = noop()
attempt("run_until_complete", lambda: loop.run_until_complete(c))
c.close()
attempt("create_future", lambda: print("  future done?", loop.create_future().done()))
attempt("time", lambda: print("  time", loop.time()))
attempt("stop", loop.stop)
