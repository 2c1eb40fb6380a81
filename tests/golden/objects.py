# Objects a snapshot shows: instances, classes, closures, bound methods, big and
# long values, frames and code as values, and an exception nobody catches.
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def describe(self):
        return self.name + ' has ' + str(self.sides) + ' sides'

class Square(Shape):
    sides = 4

def make_adder(k):
    def add(x):
        return x + k
    return add

def frames():
    yield 1

sq = Square('sq')
method = sq.describe
append = [].append
add5 = make_adder(5)
big = 2 ** 200
text = 'long ' * 30
data = b'bytes'
frozen = frozenset([1])
span = range(0, 10, 2)
g = frames()
frame = g.gi_frame
code = make_adder.__code__
print(method(), add5(1), len(text))
raise KeyError('missing')
