# Each send resumes the generator; the value of the next yield is what send returns.
def echo():
    reply = None
    while True:
        got = yield reply
        reply = "echo: " + str(got)

g = echo()
next(g)
for word in ["a", "bb", "ccc"]:
    print(g.send(word))
