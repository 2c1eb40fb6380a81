# A round-robin scheduler collecting each task's return value.
def task(name, steps):
    for i in range(steps):
        yield name + ":" + str(i)
    return name.upper()

def run(tasks):
    results = []
    queue = list(tasks)
    while queue:
        t = queue.pop(0)
        try:
            print(next(t))
            queue.append(t)
        except StopIteration as e:
            results.append(e.value)
    return results

print(run([task("a", 2), task("b", 3), task("c", 1)]))
