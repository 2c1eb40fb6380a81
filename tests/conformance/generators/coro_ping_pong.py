# Two coroutines driven alternately by a scheduler loop.
def player(name, n):
    for i in range(n):
        print(name, i)
        yield

def schedule(tasks):
    while tasks:
        task = tasks.pop(0)
        try:
            next(task)
        except StopIteration:
            print("task finished")
            continue
        tasks.append(task)

schedule([player("ping", 3), player("pong", 2)])
