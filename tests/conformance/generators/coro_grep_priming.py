# The classic grep coroutine: prime with next(), then send lines.
def grep(pattern):
    print("Looking for", pattern)
    while True:
        line = yield
        if pattern in line:
            print("match:", line)

g = grep("python")
next(g)
g.send("I love python")
g.send("no snakes here")
g.send("python generators")
g.close()
