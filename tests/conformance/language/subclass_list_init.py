# A list subclass with its own __init__, methods and comparisons
class Scores(list):
    def __init__(self, owner, values=()):
        super().__init__(values)
        self.owner = owner

    def best(self, n=1):
        return sorted(self, reverse=True)[:n]

    def __repr__(self):
        return f"<{self.owner}: {list.__repr__(self)}>"

s = Scores("ann", [70, 95, 88])
s.append(60)
print(s, s.best(), s.best(2))
print(len(s), max(s), s.count(88), s[1:3])
s += [100]
print(s, s.owner)
print(s == [70, 95, 88, 60, 100], s < [80], list(s))
s[0] = 71
del s[1]
print(s)
print([x // 10 for x in s])

class Pair(list):
    def __init__(self, a, b):
        list.__init__(self, [a, b])

p = Pair(1, 2)
print(p, len(p), p[0] + p[1])
