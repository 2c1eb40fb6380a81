# zip with three generators: which ones get asked when the shortest ends.
def gen(name, n):
    for i in range(n):
        yield name + str(i)
    print(name, "done")

print(list(zip(gen("a", 2), gen("b", 1), gen("c", 5))))
