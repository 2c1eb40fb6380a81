# A yield from chain 900 deep works; 1500 deep hits the recursion limit.
def chain(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from chain(n - 1)
    return r + 1

def run(n):
    g = chain(n)
    try:
        print(next(g))
        next(g)
    except StopIteration as e:
        print("depth", e.value)
    except RecursionError as e:
        print("RecursionError:", e)

run(900)
run(1500)
