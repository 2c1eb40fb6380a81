# popitem removes the most recently added pair, so a dict can act as a stack.
tasks = dict()
for name in ["wake", "wash", "dress", "eat"]:
    tasks[name] = len(name)
while tasks:
    name, n = tasks.popitem()
    print("undo", name, n)
    if name == "dress":
        tasks["shoes"] = 5
print(tasks)
d = dict(a=1, b=2, c=3)
del d["b"]
d["z"] = 26
print(d.popitem(), d.popitem(), d)
