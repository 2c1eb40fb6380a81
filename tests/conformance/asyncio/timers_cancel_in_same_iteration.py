import asyncio

loop = asyncio.new_event_loop()
handles = {}

def killer():
    print("killer runs at", loop.time())
    handles["victim"].cancel()
    handles["later"].cancel()

handles["k"] = loop.call_at(1.0, killer)
handles["victim"] = loop.call_at(1.0, print, "victim ran")
handles["later"] = loop.call_at(2.0, print, "later ran")
loop.call_at(1.0, print, "bystander ran")
handles["soon"] = loop.call_soon(lambda: handles["soon2"].cancel())
handles["soon2"] = loop.call_soon(print, "soon2 ran")
loop.call_at(3.0, loop.stop)
loop.run_forever()
print("end at", loop.time())
loop.close()
