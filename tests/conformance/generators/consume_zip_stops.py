# zip stops at the shortest input: it pulls one extra item from earlier iterators.
def gen(name, n):
    for i in range(n):
        print(name, "yields", i)
        yield i
    print(name, "exhausted")

print(list(zip(gen("a", 3), gen("b", 2))))
print(list(zip(gen("c", 2), gen("d", 3))))
