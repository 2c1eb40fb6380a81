# 'yield' inside a generator expression is a SyntaxError: nothing of the program runs.
print("never printed")

def f():
    return ((yield x) for x in range(3))
