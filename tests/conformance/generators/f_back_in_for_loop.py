# A generator driven by a for loop has the loop's frame as f_back.
def gen():
    for i in range(2):
        yield i, g.gi_frame.f_back.f_code.co_name

def consumer():
    return [item for item in g]

def consumer2():
    out = []
    for item in g:
        out.append(item)
    return out

g = gen()
print(consumer2())
g = gen()
print(consumer())
