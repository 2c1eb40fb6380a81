class Sleep:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield ("sleep", self.tag)
        return got
async def agen(n):
    try:
        for i in range(n):
            r = await Sleep(i)
            yield (i, r)
    finally:
        print("agen finally")
class Ctx:
    async def __aenter__(self):
        print("aenter")
        await Sleep("enter")
        return "ctx-value"
    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return False
async def main():
    out = []
    async with Ctx() as v:
        print("inside", v)
        async for item in agen(3):
            out.append(item)
    ag = agen(5)
    print(await ag.__anext__())
    await ag.aclose()
    try:
        await ag.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    return out
def drive(coro):
    value = None
    while True:
        try:
            req = coro.send(value)
        except StopIteration as e:
            return e.value
        print("loop got", req)
        value = f"woke-{req[1]}"
print(drive(main()))
